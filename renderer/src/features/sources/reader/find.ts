import type { TextBlock } from '../../../../../shared/domain/source';

/**
 * Find-in-source that ignores case and diacritics and reads ß as ss, so "pjongjang"
 * finds "Pjöngjang" and "strasse" finds "Straße". The text is folded once into a
 * search string plus a map from each folded character back to its offset in the
 * original, so matches highlight the original characters.
 */
export interface FoldedText {
  folded: string;
  /** map[i] = offset in the original text of folded character i. */
  map: Uint32Array;
  length: number;
}

export interface Match {
  start: number;
  end: number;
}

export interface FindResult {
  matches: Match[];
  /** More matches exist than were collected. */
  capped: boolean;
}

export const MAX_MATCHES = 5000;
export const NO_MATCHES: FindResult = { matches: [], capped: false };

const foldCache = new Map<string, string>();

/** One non-ASCII character folded: lower case, compatibility-decomposed, marks dropped, ß → ss. */
function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = ch
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/ß/g, 'ss')
      .replace(/\s/g, ' ');
    foldCache.set(ch, folded);
  }
  return folded;
}

/** Queries fold the same way (whitespace runs count as one space in neither). */
export function foldQuery(query: string): string {
  return foldText(query).folded;
}

/** ASCII folds by table: upper case to lower, every whitespace character to a space. */
const ASCII_FOLD = Uint16Array.from({ length: 128 }, (_, c) =>
  c >= 65 && c <= 90 ? c + 32 : c === 9 || c === 10 || c === 11 || c === 12 || c === 13 ? 32 : c,
);

/**
 * Folds into a UTF-16 buffer decoded once at the end: no string building per
 * character, so a 5 MB text folds in a fraction of a second.
 */
export function foldText(text: string): FoldedText {
  const n = text.length;
  // Folding rarely grows a text (ß → ss, ligatures); room for that, grown if ever needed.
  let out = new Uint16Array(n + (n >> 4) + 16);
  let map = new Uint32Array(out.length);
  let length = 0;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      out[length] = ASCII_FOLD[c]!;
      map[length++] = i++;
      continue;
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    const folded = foldChar(width === 1 ? String.fromCharCode(c) : text.slice(i, i + 2));
    if (length + folded.length + n - i > out.length) {
      const size = out.length * 2 + folded.length;
      const biggerOut = new Uint16Array(size);
      biggerOut.set(out);
      out = biggerOut;
      const biggerMap = new Uint32Array(size);
      biggerMap.set(map);
      map = biggerMap;
    }
    for (let k = 0; k < folded.length; k++) {
      out[length] = folded.charCodeAt(k);
      map[length++] = i;
    }
    i += width;
  }
  return { folded: new TextDecoder('utf-16le').decode(out.subarray(0, length)), map, length };
}

/** Where a folded range [fs, fe) lies in the original text. */
function originalRange(f: FoldedText, fs: number, fe: number, textLength: number): Match {
  const start = f.map[fs]!;
  const last = f.map[fe - 1]!;
  const next = fe < f.length ? f.map[fe]! : textLength;
  // A match that ends inside a character's expansion (one s of ß) covers that whole character.
  return { start, end: next > last ? next : last + 1 };
}

/**
 * All matches of the query that lie inside a block (text between blocks, such as
 * Markdown markers, is not shown, so a match there could not be highlighted).
 */
export function findMatches(
  f: FoldedText,
  textLength: number,
  query: string,
  blocks: readonly TextBlock[],
): FindResult {
  const needle = foldQuery(query);
  if (!needle.trim()) return NO_MATCHES;
  const matches: Match[] = [];
  let b = 0;
  let lastEnd = 0;
  let at = f.folded.indexOf(needle);
  while (at !== -1) {
    const m = originalRange(f, at, at + needle.length, textLength);
    // "s" finds both halves of the "ss" that ß folds to: one match for the one character.
    if (m.start < lastEnd) {
      at = f.folded.indexOf(needle, at + needle.length);
      continue;
    }
    lastEnd = m.end;
    while (b < blocks.length && blocks[b]!.end < m.end) b++;
    const block = blocks[b];
    if (!blocks.length || (block && block.start <= m.start)) {
      if (matches.length === MAX_MATCHES) return { matches, capped: true };
      matches.push(m);
    }
    at = f.folded.indexOf(needle, at + needle.length);
  }
  return { matches, capped: false };
}
