/**
 * Anchoring a selection into a version's stored text: pure functions, no SQL.
 * Offsets are UTF-16 code units into the stored text, which is NFC with `\n`
 * newlines; quotes coming from outside are normalised to NFC before they are
 * compared, so an NFD selection ("u" + U+0308) matches stored "ü".
 */
import { CONTEXT_CHARS, MAX_EXCERPT_CHARS, type PageSpan } from '../../../../shared/domain/excerpt';
import type { TextBlock, TextPage } from '../../../../shared/domain/source';

export interface Range {
  start: number;
  end: number;
}

export interface Context {
  prefix: string;
  suffix: string;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogate(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** The offset `count` code points before `offset` (never inside a pair). */
function backCodePoints(text: string, offset: number, count: number): number {
  let i = offset;
  for (let n = 0; n < count && i > 0; n++) {
    i--;
    if (i > 0 && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

function forwardCodePoints(text: string, offset: number, count: number): number {
  let i = offset;
  for (let n = 0; n < count && i < text.length; n++) {
    i += isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

/** The W3C TextQuoteSelector context: CONTEXT_CHARS code points on each side (fewer at the text's ends). */
export function contextOf(text: string, start: number, end: number, chars = CONTEXT_CHARS): Context {
  return {
    prefix: text.slice(backCodePoints(text, start, chars), start),
    suffix: text.slice(end, forwardCodePoints(text, end, chars)),
  };
}

/** True when the context around `range` in `text` is exactly the stored one (same length too). */
export function contextMatches(text: string, range: Range, stored: Context): boolean {
  const here = contextOf(text, range.start, range.end);
  return here.prefix === stored.prefix && here.suffix === stored.suffix;
}

/**
 * Drops white space at both ends of a selection: readers select a paragraph
 * with its line break, and a quote that starts or ends in white space only
 * makes matching harder. The caller gets the stored range back.
 */
export function trimRange(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Why a selection cannot become an excerpt, or null when it can. */
export function rangeProblem(text: string, range: Range): string | null {
  const { start, end } = range;
  if (end > text.length) return `The selection ends at ${end}, after the end of the text (${text.length}).`;
  if (start >= end) return 'The selection is empty.';
  if (!text.slice(start, end).trim()) return 'The selection contains only white space.';
  if (end - start > MAX_EXCERPT_CHARS) return `An excerpt can span at most ${MAX_EXCERPT_CHARS} characters.`;
  if (splitsSurrogate(text, start) || splitsSurrogate(text, end)) return 'The selection splits a character in two.';
  return null;
}

/** Every offset where `needle` occurs (overlapping ones too), up to `limit`. */
export function occurrences(text: string, needle: string, limit = Infinity): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at !== -1 && found.length < limit; at = text.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

export type QuoteLookup = { ok: true; range: Range } | { ok: false; reason: 'notFound' | 'ambiguous'; count: number };

/**
 * Finds a quote given as text (a selection the client only knows as words, or
 * an imported TextQuoteSelector) in the stored text. Normalised to NFC first.
 * Several occurrences are told apart by prefix and suffix; if that still
 * leaves more than one (or none), the answer says so rather than guessing.
 */
export function locateQuote(text: string, quote: string, context: Partial<Context> = {}): QuoteLookup {
  const exact = quote.normalize('NFC');
  const found = occurrences(text, exact);
  if (found.length === 0) return { ok: false, reason: 'notFound', count: 0 };
  if (found.length === 1) return { ok: true, range: { start: found[0]!, end: found[0]! + exact.length } };
  const prefix = context.prefix?.normalize('NFC') ?? '';
  const suffix = context.suffix?.normalize('NFC') ?? '';
  const fitting = found.filter(
    (at) =>
      at >= prefix.length && text.startsWith(prefix, at - prefix.length) && text.startsWith(suffix, at + exact.length),
  );
  if (fitting.length === 1 && (prefix || suffix)) {
    return { ok: true, range: { start: fitting[0]!, end: fitting[0]! + exact.length } };
  }
  return { ok: false, reason: 'ambiguous', count: fitting.length || found.length };
}

/**
 * Pages a range lies in. Separators between pages belong to no page, so the
 * first page is the first one ending after `start` and the last is the last one
 * starting before `end`.
 */
export function pageSpanOf(pages: readonly TextPage[] | null, range: Range): PageSpan | null {
  if (!pages?.length) return null;
  const first = pages.find((p) => p.end > range.start && p.start < range.end);
  const last = [...pages].reverse().find((p) => p.start < range.end && p.end > range.start);
  if (!first || !last) return null;
  return { first: { page: first.page, label: first.label }, last: { page: last.page, label: last.label } };
}

/** Index of the first block the range overlaps (a paragraph locator), or null when it lies between blocks. */
export function blockIndexOf(blocks: readonly TextBlock[], range: Range): number | null {
  let lo = 0;
  let hi = blocks.length;
  // Blocks are sorted and disjoint: binary search for the first block ending after start.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.end <= range.start) lo = mid + 1;
    else hi = mid;
  }
  const block = blocks[lo];
  return block && block.start < range.end ? lo : null;
}

/**
 * Converts between UTF-16 offsets (JavaScript, our storage) and code point
 * offsets (W3C TextPositionSelector). Texts without characters outside the
 * Basic Multilingual Plane — nearly all — convert for free; otherwise the
 * positions of surrogate pairs are searched.
 */
export class CodePoints {
  /** UTF-16 index of each surrogate pair's first half, ascending. */
  private readonly pairs: number[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i + 1 < text.length; i++) {
      if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) this.pairs.push(i++);
    }
  }

  /** Code point offset of a UTF-16 offset. */
  toCodePoint(offset: number): number {
    // Pairs that end before `offset` each counted two units for one code point.
    return offset - countBelow(this.pairs, (a) => a + 1 < offset);
  }

  /** UTF-16 offset of a code point offset; null past the end of the text. */
  fromCodePoint(codePoint: number): number | null {
    // The j-th pair starts at code point pairs[j] - j; pairs starting before `codePoint` add one unit each.
    const offset = codePoint + countBelow(this.pairs, (a, j) => a - j < codePoint);
    return offset <= this.text.length ? offset : null;
  }
}

/** How many leading elements satisfy a predicate that holds for a prefix of the array. */
function countBelow(sorted: readonly number[], holds: (value: number, index: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(sorted[mid]!, mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Folded text for the excerpt search: lower case, no diacritics, ß → ss, NFC in, ASCII-ish out. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}
