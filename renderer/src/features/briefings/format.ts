/** A count with the language's digit grouping (30.000 / 30,000). */
export function formatCount(n: number, language: string): string {
  return new Intl.NumberFormat(language).format(n);
}
