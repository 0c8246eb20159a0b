import type { TextBlock, TextPage } from '../../../../../shared/domain/source';

/** What the reader renders, in order: page headings (PDF), single blocks, and runs of list items. */
export type Unit =
  | { kind: 'page'; key: string; page: TextPage }
  | { kind: 'block'; key: string; block: TextBlock }
  | { kind: 'list'; key: string; items: TextBlock[] };

/** A run of units rendered (and skipped by the browser while off screen) together. */
export interface Chunk {
  key: string;
  units: Unit[];
  /** The text range its blocks cover, to route find matches to it. */
  start: number;
  end: number;
  /** How many blocks (paragraphs, list items …) it renders. */
  blocks: number;
}

/**
 * About this many blocks per chunk: small enough that the first screen renders at
 * once, large enough that a 5 MB text is a few hundred chunks, not tens of thousands.
 */
export const BLOCKS_PER_CHUNK = 60;
/**
 * And at most about this many characters: news articles are paragraphs of a few
 * thousand characters, and 60 of them made one chunk of 150 KB, all of which the
 * browser lays out (and React renders) before the first screen shows.
 */
export const CHARS_PER_CHUNK = 12_000;

const pageUnit = (page: TextPage): Unit => ({ kind: 'page', key: `p${page.page}`, page });

function toUnits(text: string, blocks: readonly TextBlock[], pages: readonly TextPage[] | null): Unit[] {
  // A text without block structure still reads, as one paragraph.
  const body: readonly TextBlock[] =
    blocks.length || !text.trim() ? blocks : [{ kind: 'paragraph', start: 0, end: text.length }];
  const units: Unit[] = [];
  let nextPage = 0;
  let list: TextBlock[] | null = null;
  for (const block of body) {
    let pageBreak = false;
    // Every page that starts before this block gets its heading first, empty pages included.
    while (pages && nextPage < pages.length && pages[nextPage]!.start <= block.start) {
      units.push(pageUnit(pages[nextPage++]!));
      pageBreak = true;
    }
    if (block.kind === 'listItem') {
      if (list && !pageBreak) list.push(block);
      else {
        list = [block];
        units.push({ kind: 'list', key: `l${block.start}`, items: list });
      }
      continue;
    }
    list = null;
    units.push({ kind: 'block', key: `b${block.start}`, block });
  }
  while (pages && nextPage < pages.length) units.push(pageUnit(pages[nextPage++]!));
  return units;
}

function unitRange(unit: Unit): [number, number] {
  if (unit.kind === 'page') return [unit.page.start, unit.page.start];
  if (unit.kind === 'block') return [unit.block.start, unit.block.end];
  return [unit.items[0]!.start, unit.items[unit.items.length - 1]!.end];
}

const blockCount = (unit: Unit) => (unit.kind === 'list' ? unit.items.length : unit.kind === 'block' ? 1 : 0);

export function buildChunks(text: string, blocks: readonly TextBlock[], pages: readonly TextPage[] | null): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | null = null;
  let count = 0;
  for (const unit of toUnits(text, blocks, pages)) {
    const [start, end] = unitRange(unit);
    if (!current || count >= BLOCKS_PER_CHUNK || (count > 0 && end - current.start > CHARS_PER_CHUNK)) {
      current = { key: `c${chunks.length}`, units: [], start, end, blocks: 0 };
      chunks.push(current);
      count = 0;
    }
    current.units.push(unit);
    current.end = Math.max(current.end, end);
    count += blockCount(unit);
    current.blocks = count;
  }
  return chunks;
}

/**
 * A tall screen's worth of text (a 2,000 px window holds about 5,000 characters of
 * running text): the first pass renders chunks until they hold this much, or a
 * chunk's worth of blocks, rather than several chunks of which the window shows one.
 */
export const FIRST_SCREEN_CHARS = 8_000;

/** How many chunks the first pass renders (at least one). */
export function firstScreenChunks(chunks: readonly Chunk[]): number {
  let i = 0;
  let chars = 0;
  let blocks = 0;
  while (i < chunks.length && chars < FIRST_SCREEN_CHARS && blocks < BLOCKS_PER_CHUNK) {
    chars += chunks[i]!.end - chunks[i]!.start;
    blocks += chunks[i]!.blocks;
    i++;
  }
  return Math.max(1, i);
}

/** The chunk holding a text offset (chunks are in text order). */
export function chunkIndexAt(chunks: readonly Chunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
