/** Characters of a quote a list row renders (the row clamps it to three lines anyway). */
export const ROW_QUOTE_CHARS = 280;

/** A quote cut for a row at a word boundary, with an ellipsis when something was cut. */
export function clipQuote(quote: string, max = ROW_QUOTE_CHARS): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
