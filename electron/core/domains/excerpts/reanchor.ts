/**
 * Re-anchoring with honesty: where does an excerpt stand in a new version of
 * its source? Pure function over two texts. The rules, in order:
 *
 *  (a) Position. The offsets, carried through the one region that changed
 *      between the versions (common beginning and end of the two texts), still
 *      show the quote → anchored: those characters were not touched. Without
 *      that (both ends changed, or no old text), the stored offsets themselves
 *      must show the quote with exactly the same 32-character context on both
 *      sides — and, when the old text is known, that quote-with-context must
 *      have been unique there, or the offsets might now show its twin.
 *  (b) Exact quote elsewhere. The quote with its full context occurs exactly
 *      once → anchored. Or the quote occurs exactly once, was unique in the old
 *      text too, and at least one side of its context is unchanged (a side cut
 *      short by the old text's start or end counts if its characters are still
 *      there) → anchored.
 *      Uniqueness in the old text matters: if the passage had a twin and the
 *      analyst's copy was edited, the surviving twin is unique now but it is a
 *      different passage. A unique quote with entirely new surroundings goes
 *      on to (c), so it can at most be proposed, never silently re-attached.
 *  (c) Fuzzy. The best approximate place is proposed as `moved` ("moved —
 *      please confirm") only when it clears the thresholds below and is
 *      clearly ahead of the best different place — and never when the old
 *      text already held the quote with the same context twice (then an
 *      intact twin would outscore the analyst's edited copy).
 *  (d) Otherwise `orphan`: the quote is kept, there is no range.
 *
 * Only (a) and (b) ever return `anchored`, and only with a range whose text
 * is exactly the quote.
 */
import { contextMatches, contextOf, occurrences, splitsSurrogate, trimRange, type Range } from './anchor';
import { CONTEXT_CHARS } from '../../../../shared/domain/excerpt';
import { GramIndex, MAX_FUZZY_QUOTE, fuzzyCandidates, type Selector } from './similarity';

/**
 * Thresholds for a fuzzy proposal (rule c), on similarities 1 − edits/length:
 *
 * - QUOTE_MIN_SIMILARITY 0.75: at least three quarters of the quote's
 *   characters are unchanged. A corrected typo, or a changed word or number
 *   in a sentence of some length, passes; a rewritten sentence does not.
 *   Below that the words say something else, and an excerpt is evidence for
 *   what the words said, so proposing them as "the same excerpt" would
 *   mislead even with a confirm step.
 * - MIN_SIMILARITY 0.75: the same bar over prefix + quote + suffix (32 code
 *   points each side). A long quote carries itself; a short quote ("sechs
 *   Offiziere") only gets proposed where its surroundings also still agree,
 *   since short strings recur by chance.
 * - MIN_MARGIN 0.05: the best place must beat the best *different* place by at
 *   least 0.05 — for a sentence-long quote with context, about five edited
 *   characters. Closer than that, the evidence cannot tell the places apart
 *   (typically a duplicated passage) and a proposal would be a coin toss.
 */
export const QUOTE_MIN_SIMILARITY = 0.75;
export const MIN_SIMILARITY = 0.75;
export const MIN_MARGIN = 0.05;

/** What is known of the excerpt: its confirmed selector and, when known, its offsets in `oldText`. */
export interface Basis extends Selector {
  start?: number | null | undefined;
  end?: number | null | undefined;
}

export type Reanchored =
  | {
      status: 'anchored';
      start: number;
      end: number;
      method: 'position' | 'positionMapped' | 'uniqueQuote' | 'quoteContext';
    }
  | { status: 'moved'; start: number; end: number; method: 'fuzzy'; similarity: number }
  | {
      status: 'orphan';
      method: 'none';
      reason: 'notFound' | 'belowThreshold' | 'ambiguous' | 'tooLong';
      /** The best score seen, when there was a candidate at all (for the report, never for a range). */
      bestSimilarity?: number;
    };

/**
 * The one region where two texts differ: everything before `common` is equal,
 * and everything after `oldEnd` (old) / `newEnd` (new) is equal. Computed once
 * per pair of versions and shared by all their excerpts.
 */
export class TextChange {
  private region: { common: number; oldEnd: number; newEnd: number } | null = null;

  constructor(
    readonly oldText: string,
    readonly newText: string,
  ) {}

  private get(): { common: number; oldEnd: number; newEnd: number } {
    if (this.region) return this.region;
    const a = this.oldText;
    const b = this.newText;
    const max = Math.min(a.length, b.length);
    let p = 0;
    while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
    let s = 0;
    while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
    this.region = { common: p, oldEnd: a.length - s, newEnd: b.length - s };
    return this.region;
  }

  /** The range in the new text, when it lies wholly in the unchanged beginning or end; else null. */
  map(range: Range): Range | null {
    const { common, oldEnd } = this.get();
    if (range.end <= common) return range;
    if (range.start >= oldEnd) {
      const shift = this.newText.length - this.oldText.length;
      return { start: range.start + shift, end: range.end + shift };
    }
    return null;
  }
}

export interface TextPair {
  newText: string;
  /** The text the basis was taken from (its version's stored text), when there is one. */
  oldText?: string | null | undefined;
  /** Shared per pair of texts; created on demand. */
  change?: TextChange | undefined;
  /** Shared by every excerpt re-anchored into `newText`; built on first fuzzy search. */
  grams?: GramIndex | undefined;
}

/**
 * How often the quote stands with this context in `text`, as 0, 1 or 2 ("more
 * than once"). Counted on the whole window (prefix + quote + suffix), which
 * may also find a copy whose context runs on past a text edge — so the count
 * can only err towards "more than once", the side that refuses.
 */
function windowCount(text: string, sel: Selector): number {
  return occurrences(text, sel.prefix + sel.quote + sel.suffix, 2).length;
}

/** A stored side shorter than this many UTF-16 units says too little to count on its own (rule b). */
const MIN_EDGE_CONTEXT = 8;

/**
 * Rule (b)'s corroboration: the prefix or the suffix is unchanged. A stored side
 * that was cut short by the start or end of the old text (fewer than 32 code
 * points) also counts when those same characters still stand there, as long as
 * they are not trivially few: the passage was at the edge and text grew around it.
 */
function oneSideMatches(text: string, range: Range, sel: Selector): boolean {
  const here = contextOf(text, range.start, range.end);
  if (here.prefix === sel.prefix || here.suffix === sel.suffix) return true;
  const cutShort = (side: string) => side.length >= MIN_EDGE_CONTEXT && Array.from(side).length < CONTEXT_CHARS;
  return (
    (cutShort(sel.prefix) && here.prefix.endsWith(sel.prefix)) ||
    (cutShort(sel.suffix) && here.suffix.startsWith(sel.suffix))
  );
}

/** Rules (a) and (b): only ranges whose text is exactly the quote. */
function exactPlace(basis: Basis, pair: TextPair): Reanchored | null {
  const { newText } = pair;
  const oldText = pair.oldText ?? null;
  const { quote } = basis;
  const stored = basis.start != null && basis.end != null ? { start: basis.start, end: basis.end } : null;
  const consistent = oldText !== null && stored !== null && oldText.slice(stored.start, stored.end) === quote;

  if (consistent) {
    const change = pair.change ?? new TextChange(oldText, newText);
    const mapped = change.map(stored);
    if (mapped && newText.slice(mapped.start, mapped.end) === quote) {
      return { status: 'anchored', ...mapped, method: mapped.start === stored.start ? 'position' : 'positionMapped' };
    }
  }
  const uniqueInOld = oldText === null || windowCount(oldText, basis) === 1;
  if (stored && newText.slice(stored.start, stored.end) === quote && contextMatches(newText, stored, basis)) {
    if (uniqueInOld) return { status: 'anchored', ...stored, method: 'position' };
  }

  const windows = occurrences(newText, basis.prefix + quote + basis.suffix, 2);
  if (windows.length === 1 && uniqueInOld) {
    const range = { start: windows[0]! + basis.prefix.length, end: windows[0]! + basis.prefix.length + quote.length };
    if (contextMatches(newText, range, basis)) return { status: 'anchored', ...range, method: 'quoteContext' };
  }
  const found = occurrences(newText, quote, 2);
  if (found.length === 1) {
    const range = { start: found[0]!, end: found[0]! + quote.length };
    const uniqueBefore = oldText === null || occurrences(oldText, quote, 2).length === 1;
    if (uniqueBefore && oneSideMatches(newText, range, basis))
      return { status: 'anchored', ...range, method: 'uniqueQuote' };
  }
  return null;
}

/** Where the excerpt described by `basis` stands in `pair.newText`; see the rules at the top of this file. */
export function reanchor(basis: Basis, pair: TextPair): Reanchored {
  if (!basis.quote) return { status: 'orphan', method: 'none', reason: 'notFound' };
  const exact = exactPlace(basis, pair);
  if (exact) return exact;
  if (basis.quote.length > MAX_FUZZY_QUOTE) return { status: 'orphan', method: 'none', reason: 'tooLong' };
  // The old text had this very quote-with-context more than once: whichever copy survives or changed, the
  // evidence cannot say which one the analyst meant, so nothing is proposed.
  if (pair.oldText != null && windowCount(pair.oldText, basis) > 1) {
    return { status: 'orphan', method: 'none', reason: 'ambiguous' };
  }

  const [best, second] = fuzzyCandidates(basis, pair.newText, pair.grams ?? new GramIndex(pair.newText));
  if (!best) return { status: 'orphan', method: 'none', reason: 'notFound' };
  const bestSimilarity = best.similarity;
  if (best.quoteSimilarity < QUOTE_MIN_SIMILARITY || best.similarity < MIN_SIMILARITY) {
    return { status: 'orphan', method: 'none', reason: 'belowThreshold', bestSimilarity };
  }
  if (second && best.similarity - second.similarity < MIN_MARGIN) {
    return { status: 'orphan', method: 'none', reason: 'ambiguous', bestSimilarity };
  }
  const range = trimRange(pair.newText, best);
  // Alignment counts UTF-16 units; never cut a character in two.
  if (splitsSurrogate(pair.newText, range.start)) range.start--;
  if (splitsSurrogate(pair.newText, range.end)) range.end++;
  if (range.end <= range.start) return { status: 'orphan', method: 'none', reason: 'notFound', bestSimilarity };
  return { status: 'moved', ...range, method: 'fuzzy', similarity: Math.floor(best.similarity * 1000) / 1000 };
}
