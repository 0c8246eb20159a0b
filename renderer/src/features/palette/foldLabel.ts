/**
 * The search core's German folding (electron/core/domains/search/fold.ts) for the
 * palette's own matching of command names, which never reach the core: lower case,
 * accents off, ß → ss, ae/oe/ue → a/o/u. "Fall schliessen" finds „Fall schließen“,
 * "oeffnen" finds „öffnen“.
 */
export function foldLabel(text: string): string {
  return text
    .replace(/[ßẞ]/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/([aou])e/g, '$1');
}

/** Whether every word of the query occurs in the label (folded, anywhere in it). */
export function matchesWords(label: string, query: string): boolean {
  const words = foldLabel(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (!words.length) return true;
  const hay = foldLabel(label);
  return words.every((w) => hay.includes(w));
}

/**
 * What the palette asks the core for while typing: the last word as a prefix, so
 * "Aussenmin" already finds „Außenminister“. A query with FTS syntax of its own
 * (quotes, *, parentheses, operators) runs as typed.
 */
export function paletteQuery(typed: string): string {
  const q = typed.trim();
  if (!q) return '';
  if (/["*()]|\b(AND|OR|NOT|NEAR)\b/.test(q)) return q;
  const last = q.split(/\s+/).pop() ?? '';
  return last.length >= 2 ? `${q}*` : q;
}
