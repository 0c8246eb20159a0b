/**
 * The sentence around a range of stored text, for a mention's context and for
 * "Keep as excerpt". A full stop ends a sentence only when white space and a
 * capital (or an opening quote) follow and the word before it is neither a
 * number ("14. Oktober") nor a common abbreviation ("z. B.", "Dr."); a line break
 * always ends one. Long sentences are cut to a window around the range.
 */

const ABBREVIATIONS = new Set([
  'z', 'b', 'bzw', 'ca', 'dr', 'prof', 'nr', 'st', 'str', 'vgl', 'u', 'a', 'usw', 'etc', 'mr', 'mrs', 'ms', 'jr',
  'vs', 'no', 'inc', 'co', 'jan', 'feb', 'aug', 'sept', 'okt', 'oct', 'nov', 'dez', 'dec', 'abs', 'art', 'mio', 'mrd',
]); // prettier-ignore
const MAX_CHARS = 400;

/** Whether a sentence ends right after the punctuation at `i`. */
function endsAt(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch === '\n') return true;
  if (!'.!?…'.includes(ch)) return false;
  const after = text.slice(i + 1, i + 4);
  if (!/^["'“”„‚‘’»«)\]]*\s+["'“„‚‘»«(]*\p{Lu}/u.test(after + text.slice(i + 4, i + 8))) return false;
  if (ch !== '.') return true;
  const word = /([\p{L}\p{N}]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  if (/^\p{N}+$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && start - s < MAX_CHARS && !endsAt(text, s - 1)) s--;
  let e = end;
  while (e < text.length && e - end < MAX_CHARS && !endsAt(text, e)) e++;
  if (e < text.length && text[e] !== '\n') e++; // keep the full stop
  // Trim white space, and closing quotes carried over from the previous sentence.
  while (s < start && /[\s"'“”»)\]]/u.test(text[s]!)) s++;
  while (e > end && /\s/u.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
