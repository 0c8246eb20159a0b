/**
 * Approximate matching for re-anchoring: edit distances (Levenshtein: one
 * inserted, deleted or replaced UTF-16 unit costs 1) and a search for the
 * places in a new text that look most like a quote with its context. Pure
 * functions; the decision what to do with a score lives in reanchor.ts.
 */
import { occurrences, type Range } from './anchor';

/** Longest quote the fuzzy search handles; longer ones are matched exactly or become orphans (see reanchor.ts). */
export const MAX_FUZZY_QUOTE = 4000;

export interface Alignment extends Range {
  distance: number;
}

/**
 * Best alignment of the whole `pattern` against any substring of
 * `text[from, to)` (semi-global edit distance), or null when every alignment
 * costs more than `maxDistance`. Ties go to the end nearest `expectedEnd`,
 * then to the length nearest the pattern's. Memory O(to - from).
 */
export function alignInText(
  pattern: string,
  text: string,
  from: number,
  to: number,
  expectedEnd: number,
  maxDistance = Infinity,
): Alignment | null {
  const m = pattern.length;
  const w = to - from;
  if (m === 0 || w <= 0) return null;
  let prev = new Int32Array(w + 1); // row 0: the match may start anywhere for free
  let cur = new Int32Array(w + 1);
  for (let i = 1; i <= m; i++) {
    const pc = pattern.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= w; j++) {
      const diag = prev[j - 1]! + (pc === text.charCodeAt(from + j - 1) ? 0 : 1);
      const v = Math.min(diag, prev[j]! + 1, cur[j - 1]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > maxDistance) return null; // no cell can get cheaper further down
    [prev, cur] = [cur, prev];
  }
  let best = -1;
  for (let j = 1; j <= w; j++) {
    const v = prev[j]!;
    if (
      best < 0 ||
      v < prev[best]! ||
      (v === prev[best]! && Math.abs(from + j - expectedEnd) < Math.abs(from + best - expectedEnd))
    ) {
      best = j;
    }
  }
  const distance = prev[best]!;
  if (distance > maxDistance) return null;
  const end = from + best;
  const span = anchoredSpan(pattern, text, end, from, distance);
  return { start: end - span, end, distance };
}

/**
 * Length of text ending at `end` (and not before `floor`) that aligns with the
 * whole pattern at cost `distance`, preferring the length nearest the pattern's.
 */
function anchoredSpan(pattern: string, text: string, end: number, floor: number, distance: number): number {
  const m = pattern.length;
  const w = end - floor;
  let prev = new Int32Array(w + 1);
  let cur = new Int32Array(w + 1);
  for (let j = 0; j <= w; j++) prev[j] = j; // anchored at `end`: skipping text there costs
  for (let i = 1; i <= m; i++) {
    const pc = pattern.charCodeAt(m - i);
    cur[0] = i;
    for (let j = 1; j <= w; j++) {
      const diag = prev[j - 1]! + (pc === text.charCodeAt(end - j) ? 0 : 1);
      cur[j] = Math.min(diag, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let best = -1;
  for (let j = 1; j <= w; j++) {
    if (prev[j] === distance && (best < 0 || Math.abs(j - m) < Math.abs(best - m))) best = j;
  }
  return best < 0 ? Math.min(m, w) : best;
}

/**
 * Edit distance between `pattern` and the text directly before (`dir` -1) or
 * after (`dir` 1) offset `at`, where the text may be longer or shorter than the
 * pattern: how well a stored prefix or suffix still fits next to a match.
 * Insertions in the context cost what they are, not a shifted comparison.
 */
export function contextDistance(pattern: string, text: string, at: number, dir: -1 | 1): number {
  const m = pattern.length;
  if (m === 0) return 0;
  const reach = m + Math.ceil(m / 2);
  const w = dir < 0 ? Math.min(at, reach) : Math.min(text.length - at, reach);
  let prev = new Int32Array(w + 1);
  let cur = new Int32Array(w + 1);
  for (let j = 0; j <= w; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    // Walk away from `at`: the nearest context characters count first.
    const pc = dir < 0 ? pattern.charCodeAt(m - i) : pattern.charCodeAt(i - 1);
    cur[0] = i;
    for (let j = 1; j <= w; j++) {
      const tc = dir < 0 ? text.charCodeAt(at - j) : text.charCodeAt(at + j - 1);
      cur[j] = Math.min(prev[j - 1]! + (pc === tc ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let best = m;
  for (let j = 0; j <= w; j++) best = Math.min(best, prev[j]!);
  return best; // the pattern's far end may run past the text's edge: those characters count as deleted
}

/** Plain Levenshtein distance of two strings. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ac = a.charCodeAt(i - 1);
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (ac === b.charCodeAt(j - 1) ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

export interface Scored extends Range {
  /** 1 − distance / length over the quote alone. */
  quoteSimilarity: number;
  /** 1 − (distances of prefix, quote and suffix) / (their lengths): the number the thresholds apply to. */
  similarity: number;
}

export interface Selector {
  quote: string;
  prefix: string;
  suffix: string;
}

/** Scores a proposed range against the selector. */
export function scoreAt(sel: Selector, text: string, range: Range, quoteDistance?: number): Scored {
  const found = text.slice(range.start, range.end);
  const qLen = Math.max(sel.quote.length, found.length);
  const dQ = quoteDistance ?? levenshtein(sel.quote, found);
  const dP = contextDistance(sel.prefix, text, range.start, -1);
  const dS = contextDistance(sel.suffix, text, range.end, 1);
  const quoteSimilarity = Math.max(0, 1 - dQ / qLen);
  const total = sel.prefix.length + qLen + sel.suffix.length;
  const similarity = Math.max(0, 1 - (dP + dQ + dS) / total);
  return { ...range, quoteSimilarity, similarity };
}

/** Length of the pieces GramIndex indexes; seeds of selectors of 48 characters or more have this length. */
const GRAM = 8;

/**
 * Where each 8-character piece of a text occurs, for the seed lookups of the
 * fuzzy search. Re-anchoring a long source with many edited excerpts would
 * otherwise scan the whole new text dozens of times per excerpt (a 1 MB text
 * with 300 edited excerpts took 25 s; with the index under 2 s of CPU).
 * Built on first use, shared by all excerpts re-anchored into the same text;
 * a hash table with chains, about 8 bytes per character.
 */
export class GramIndex {
  private head: Int32Array | null = null;
  private next: Int32Array | null = null;
  private mask = 0;

  constructor(readonly text: string) {}

  private static hash(text: string, at: number): number {
    let h = 0;
    for (let i = 0; i < GRAM; i++) h = (Math.imul(h, 31) + text.charCodeAt(at + i)) | 0;
    return h;
  }

  private build(): void {
    const n = Math.max(0, this.text.length - GRAM + 1);
    let size = 1024;
    while (size < n) size *= 2;
    this.mask = size - 1;
    const head = new Int32Array(size).fill(-1);
    const next = new Int32Array(n);
    // Inserted from the end so every chain lists its positions in ascending order.
    for (let i = n - 1; i >= 0; i--) {
      const b = GramIndex.hash(this.text, i) & this.mask;
      next[i] = head[b]!;
      head[b] = i;
    }
    this.head = head;
    this.next = next;
  }

  /** Offsets of `gram` (GRAM characters), ascending, at most `limit`. */
  find(gram: string, limit: number): number[] {
    if (!this.head) this.build();
    const found: number[] = [];
    for (
      let i = this.head![GramIndex.hash(gram, 0) & this.mask]!;
      i !== -1 && found.length < limit;
      i = this.next![i]!
    ) {
      if (this.text.startsWith(gram, i)) found.push(i);
    }
    return found;
  }
}

const MAX_SEEDS = 48;
const MAX_SEED_HITS = 64;
const MAX_CANDIDATES = 10;

function seedLength(len: number): number {
  if (len >= 48) return 8;
  if (len >= 24) return 6;
  if (len >= 12) return 4;
  return Math.max(2, Math.floor(len / 3));
}

/**
 * Where in `text` the selector (prefix + quote + suffix) may now stand: short
 * exact pieces ("seeds") of it are looked up, each hit votes for a diagonal
 * (where the whole would start), and nearby votes are pooled. Pieces that
 * occur very often say nothing and are skipped. Exact occurrences of the quote
 * are always candidates, so a duplicated passage is never overlooked when the
 * runner-up is judged.
 */
function candidateStarts(sel: Selector, text: string, tolerance: number, grams: GramIndex | undefined): number[] {
  const whole = sel.prefix + sel.quote + sel.suffix;
  const k = seedLength(whole.length);
  const positions = Math.max(0, whole.length - k + 1);
  const count = Math.min(MAX_SEEDS, positions);
  const votes: { diagonal: number; seed: number }[] = [];
  for (let s = 0; s < count; s++) {
    const at = count === 1 ? 0 : Math.round((s * (positions - 1)) / (count - 1));
    const seed = whole.slice(at, at + k);
    const hits = grams && k === GRAM ? grams.find(seed, MAX_SEED_HITS + 1) : occurrences(text, seed, MAX_SEED_HITS + 1);
    if (hits.length > MAX_SEED_HITS) continue;
    for (const h of hits) votes.push({ diagonal: h - at + sel.prefix.length, seed: s });
  }
  votes.sort((a, b) => a.diagonal - b.diagonal);
  const groups: { starts: number[]; seeds: Set<number> }[] = [];
  for (const v of votes) {
    const g = groups[groups.length - 1];
    if (g && v.diagonal - g.starts[0]! <= tolerance) {
      g.starts.push(v.diagonal);
      g.seeds.add(v.seed);
    } else groups.push({ starts: [v.diagonal], seeds: new Set([v.seed]) });
  }
  groups.sort((a, b) => b.seeds.size - a.seeds.size);
  const starts = groups.slice(0, MAX_CANDIDATES).map((g) => g.starts[g.starts.length >> 1]!);
  for (const at of occurrences(text, sel.quote, MAX_SEED_HITS)) starts.push(at);
  return starts;
}

/**
 * The best-scoring distinct places for the selector in `text`, best first.
 * Overlapping places are merged, keeping the better one, so the second entry
 * is a genuinely different place: the runner-up the margin rule compares to.
 */
export function fuzzyCandidates(sel: Selector, text: string, grams?: GramIndex): Scored[] {
  const q = sel.quote.length;
  if (q === 0 || q > MAX_FUZZY_QUOTE || text.length === 0) return [];
  const slack = Math.max(16, Math.ceil(q * 0.35));
  const cutoff = Math.max(8, Math.ceil(q * 0.5));
  const scored: Scored[] = [];
  for (const expected of candidateStarts(sel, text, slack, grams?.text === text ? grams : undefined)) {
    const from = Math.max(0, expected - slack);
    const to = Math.min(text.length, expected + q + slack);
    const hit = alignInText(sel.quote, text, from, to, expected + q, cutoff);
    if (!hit || hit.end <= hit.start) continue;
    scored.push(scoreAt(sel, text, hit, hit.distance));
  }
  scored.sort((a, b) => b.similarity - a.similarity || a.start - b.start);
  const distinct: Scored[] = [];
  for (const s of scored) {
    if (!distinct.some((d) => s.start < d.end && d.start < s.end)) distinct.push(s);
  }
  return distinct;
}
