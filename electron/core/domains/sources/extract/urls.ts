/** A web address (http or https), normalised; anything else (javascript:, data:, vbscript:, junk) is dropped. */
export function httpUrl(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  if (!v || v.length > 4000) return undefined;
  try {
    const url = new URL(v);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
