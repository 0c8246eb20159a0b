import type { ExcerptColour } from '../../../../../shared/domain/excerpt';
import type { Match } from './find';
import { chunkIndexAt, type Chunk } from './layout';

/** An excerpt's range as the reader paints it (only anchored and moved excerpts of the shown version have one). */
export interface Highlight {
  id: string;
  start: number;
  end: number;
  colour: ExcerptColour;
  status: 'anchored' | 'moved';
}

/** A range to flash once ("show in source"); `nonce` tells two requests for the same words apart. */
export interface Flash {
  start: number;
  end: number;
  nonce: number;
}

/**
 * One run of text with the same decoration: the highlights covering it (outermost
 * first, so the last is the one on top), the find match it belongs to (global
 * number, or -1) and whether it flashes.
 */
export interface Segment {
  start: number;
  end: number;
  highlights: readonly Highlight[];
  match: number;
  flash: boolean;
}

const NO_HIGHLIGHTS: readonly Highlight[] = [];

/** Highlights in reading order: by start, the longer first where two start together (it lies underneath). */
export function sortHighlights(highlights: readonly Highlight[]): Highlight[] {
  return [...highlights].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1));
}

/** The first index in sorted `items` whose end lies after `offset`. */
function firstEndingAfter(items: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Cuts [start, end) at every boundary of a highlight, a find match or the flash, so
 * overlapping highlights need no nesting: each segment simply lists what covers it.
 * `highlights` are sorted (sortHighlights); `matches` are sorted and do not overlap,
 * `firstIndex` is the global number of matches[0].
 */
export function segmentRange(
  start: number,
  end: number,
  highlights: readonly Highlight[],
  matches: readonly Match[],
  firstIndex: number,
  flash: Flash | null,
): Segment[] {
  if (end <= start) return [];
  const cuts = new Set<number>([start, end]);
  const inside: Highlight[] = [];
  for (const h of highlights) {
    if (h.start >= end) break;
    if (h.end <= start) continue;
    inside.push(h);
    if (h.start > start) cuts.add(h.start);
    if (h.end < end) cuts.add(h.end);
  }
  const firstMatch = firstEndingAfter(matches, start);
  for (let i = firstMatch; i < matches.length && matches[i]!.start < end; i++) {
    const m = matches[i]!;
    if (m.start > start) cuts.add(m.start);
    if (m.end < end) cuts.add(m.end);
  }
  const flashHere = flash && flash.start < end && flash.end > start ? flash : null;
  if (flashHere) {
    if (flashHere.start > start) cuts.add(flashHere.start);
    if (flashHere.end < end) cuts.add(flashHere.end);
  }
  if (cuts.size === 2 && !inside.length && !flashHere && firstMatch >= matches.length) {
    return [{ start, end, highlights: NO_HIGHLIGHTS, match: -1, flash: false }];
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  let m = firstMatch;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    // Every start and end is a cut, so a range covers [a, b) exactly when it starts at or before a and ends at or after b.
    const covering = inside.filter((h) => h.start <= a && h.end >= b);
    while (m < matches.length && matches[m]!.end <= a) m++;
    const match = m < matches.length && matches[m]!.start <= a ? firstIndex + m : -1;
    out.push({
      start: a,
      end: b,
      highlights: covering.length ? covering : NO_HIGHLIGHTS,
      match,
      flash: flashHere !== null && flashHere.start <= a && flashHere.end >= b,
    });
  }
  return out;
}

const sameHighlight = (a: Highlight, b: Highlight) =>
  a.id === b.id && a.start === b.start && a.end === b.end && a.colour === b.colour && a.status === b.status;

function sameList(a: readonly Highlight[], b: readonly Highlight[]): boolean {
  return a.length === b.length && a.every((h, i) => sameHighlight(h, b[i]!));
}

/**
 * Hands each chunk the (sorted) highlights that touch it; one excerpt across several
 * chunks goes to each. A chunk whose list did not change keeps its previous array,
 * so adding one excerpt re-renders only the chunk it is in (ChunkView is memoised).
 */
export function distributeHighlights(
  chunks: readonly Chunk[],
  highlights: readonly Highlight[],
  previous: readonly (readonly Highlight[])[] | null,
): (readonly Highlight[])[] {
  const lists: Highlight[][] = chunks.map(() => []);
  if (chunks.length) {
    for (const h of highlights) {
      const first = chunkIndexAt(chunks, h.start);
      const last = chunkIndexAt(chunks, Math.max(h.start, h.end - 1));
      for (let c = first; c <= last; c++) lists[c]!.push(h);
    }
  }
  return lists.map((list, i) => {
    const before = previous && previous.length === lists.length ? previous[i] : undefined;
    if (before && sameList(before, list)) return before;
    return list.length ? list : NO_HIGHLIGHTS;
  });
}

/** Which of the highlights under a click to select: the top one, or the next one down when one is selected already. */
export function pickHighlight(ids: readonly string[], selectedId: string | null): string | null {
  if (!ids.length) return null;
  const at = selectedId === null ? -1 : ids.indexOf(selectedId);
  if (at < 0) return ids[ids.length - 1]!;
  return ids[(at - 1 + ids.length) % ids.length]!;
}
