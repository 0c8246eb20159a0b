import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Highlight } from '../../renderer/src/features/sources/reader/segments';
import {
  distributeHighlights,
  pickHighlight,
  segmentRange,
  sortHighlights,
} from '../../renderer/src/features/sources/reader/segments';
import {
  BLOCKS_PER_CHUNK,
  CHARS_PER_CHUNK,
  FIRST_SCREEN_CHARS,
  buildChunks,
  firstScreenChunks,
} from '../../renderer/src/features/sources/reader/layout';

const hl = (id: string, start: number, end: number, extra: Partial<Highlight> = {}): Highlight => ({
  id,
  start,
  end,
  colour: 'yellow',
  status: 'anchored',
  ...extra,
});

const ids = (s: { highlights: readonly Highlight[] }) => s.highlights.map((h) => h.id).join('+') || '-';

describe('segmentRange', () => {
  it('leaves undecorated text in one piece', () => {
    expect(segmentRange(3, 10, [], [], 0, null)).toEqual([
      { start: 3, end: 10, highlights: [], match: -1, flash: false },
    ]);
  });

  it('cuts overlapping highlights at every boundary, outermost first', () => {
    const segs = segmentRange(0, 15, sortHighlights([hl('b', 5, 12), hl('a', 2, 8)]), [], 0, null);
    expect(segs.map((s) => `${s.start}-${s.end}:${ids(s)}`)).toEqual([
      '0-2:-',
      '2-5:a',
      '5-8:a+b',
      '8-12:b',
      '12-15:-',
    ]);
  });

  it('puts the inner of two highlights that start together on top', () => {
    const segs = segmentRange(0, 10, sortHighlights([hl('inner', 0, 4), hl('outer', 0, 9)]), [], 0, null);
    expect(segs.map(ids)).toEqual(['outer+inner', 'outer', '-']);
  });

  it('keeps a find match whole across a highlight boundary (same number on both pieces)', () => {
    const segs = segmentRange(0, 20, [hl('a', 0, 6)], [{ start: 4, end: 9 }], 7, null);
    expect(segs.map((s) => [s.start, s.end, s.match, ids(s)])).toEqual([
      [0, 4, -1, 'a'],
      [4, 6, 7, 'a'],
      [6, 9, 7, '-'],
      [9, 20, -1, '-'],
    ]);
  });

  it('clips highlights that reach beyond the block and marks the flash', () => {
    const segs = segmentRange(10, 20, [hl('a', 0, 12), hl('b', 18, 40)], [], 0, { start: 11, end: 19, nonce: 1 });
    expect(segs.map((s) => [s.start, s.end, ids(s), s.flash])).toEqual([
      [10, 11, 'a', false],
      [11, 12, 'a', true],
      [12, 18, '-', true],
      [18, 19, 'b', true],
      [19, 20, 'b', false],
    ]);
  });

  it('always tiles [start, end) exactly, and each piece lists exactly the highlights covering it', () => {
    const range = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 30 }));
    fc.assert(
      fc.property(
        fc.array(range, { maxLength: 12 }),
        fc.array(range, { maxLength: 6 }),
        fc.nat(40),
        fc.integer({ min: 1, max: 40 }),
        (hs, ms, from, len) => {
          const highlights = sortHighlights(hs.map(([s, l], i) => hl(`h${i}`, s, s + l)));
          // Find matches never overlap: keep a sorted, disjoint subset.
          const matches: { start: number; end: number }[] = [];
          for (const [s, l] of [...ms].sort((a, b) => a[0] - b[0])) {
            if (!matches.length || s >= matches[matches.length - 1]!.end) matches.push({ start: s, end: s + l });
          }
          const segs = segmentRange(from, from + len, highlights, matches, 0, null);
          let pos = from;
          for (const seg of segs) {
            expect(seg.start).toBe(pos);
            expect(seg.end).toBeGreaterThan(seg.start);
            pos = seg.end;
            const expected = highlights.filter((h) => h.start < seg.end && h.end > seg.start).map((h) => h.id);
            expect(seg.highlights.map((h) => h.id)).toEqual(expected);
            // Covering means covering the whole piece, never part of it.
            for (const h of seg.highlights) expect(h.start <= seg.start && h.end >= seg.end).toBe(true);
            const m = matches.findIndex((x) => x.start < seg.end && x.end > seg.start);
            expect(seg.match).toBe(m);
          }
          expect(pos).toBe(from + len);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('distributeHighlights', () => {
  const text = Array.from({ length: 150 }, (_, i) => `Absatz ${i}.`).join('\n');
  const blocks = [];
  let at = 0;
  for (const line of text.split('\n')) {
    blocks.push({ kind: 'paragraph' as const, start: at, end: at + line.length });
    at += line.length + 1;
  }
  const chunks = buildChunks(text, blocks, null);

  it('gives an excerpt across chunks to each of them, and keeps unchanged chunks’ arrays', () => {
    expect(chunks.length).toBe(3);
    const across = hl('x', chunks[0]!.end - 3, chunks[2]!.start + 2);
    const inFirst = hl('y', 0, 5);
    const first = distributeHighlights(chunks, sortHighlights([inFirst, across]), null);
    expect(first.map((l) => l.map((h) => h.id))).toEqual([['y', 'x'], ['x'], ['x']]);

    // A new excerpt in the last chunk: the first two keep their arrays (their ChunkViews need not render again).
    const added = hl('z', chunks[2]!.start + 5, chunks[2]!.start + 9);
    const second = distributeHighlights(chunks, sortHighlights([inFirst, across, added]), first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
    expect(second[2]!.map((h) => h.id)).toEqual(['x', 'z']);

    // A colour change is a change.
    const recoloured = distributeHighlights(
      chunks,
      sortHighlights([{ ...inFirst, colour: 'blue' }, across, added]),
      second,
    );
    expect(recoloured[0]).not.toBe(second[0]);
    expect(recoloured[1]).toBe(second[1]);
  });
});

describe('buildChunks', () => {
  const paragraphs = (count: number, length: number) => {
    const text = Array.from({ length: count }, (_, i) => `${i}`.padEnd(length, 'ä')).join('\n');
    const blocks = Array.from({ length: count }, (_, i) => ({
      kind: 'paragraph' as const,
      start: i * (length + 1),
      end: i * (length + 1) + length,
    }));
    return { text, blocks };
  };

  it('closes a chunk of long paragraphs (news articles) at about CHARS_PER_CHUNK, not only after 60 blocks', () => {
    const { text, blocks } = paragraphs(200, 2_500);
    const chunks = buildChunks(text, blocks, null);
    // 2,500 characters each: four fit into 12,000 (with the separators), the fifth opens the next chunk.
    expect(chunks.map((c) => c.units.length)).toEqual(Array.from({ length: 50 }, () => 4));
    for (const c of chunks) expect(c.end - c.start).toBeLessThanOrEqual(CHARS_PER_CHUNK);
    expect(chunks.every((c) => c.blocks === 4)).toBe(true);
    // Nothing lost, nothing twice, in order.
    expect(chunks.flatMap((c) => c.units.map((u) => (u.kind === 'block' ? u.block.start : -1)))).toEqual(
      blocks.map((b) => b.start),
    );
  });

  it('keeps 60 short paragraphs together, and gives a single paragraph longer than the cap a chunk of its own', () => {
    const short = paragraphs(130, 40);
    expect(buildChunks(short.text, short.blocks, null).map((c) => c.units.length)).toEqual([BLOCKS_PER_CHUNK, 60, 10]);
    const huge = paragraphs(3, CHARS_PER_CHUNK * 2);
    expect(buildChunks(huge.text, huge.blocks, null).map((c) => c.units.length)).toEqual([1, 1, 1]);
  });

  it('renders a screen of text in the first pass: one full chunk, or as many small ones as make a screen', () => {
    const news = paragraphs(200, 2_500);
    expect(firstScreenChunks(buildChunks(news.text, news.blocks, null))).toBe(1);
    // A heading alone in its chunk (the paragraph after it is longer than a chunk) is not a screen.
    const text = `Titel\n\n${'x'.repeat(CHARS_PER_CHUNK + 10)}\n\n${'y'.repeat(300)}`;
    const blocks = [
      { kind: 'heading' as const, level: 1, start: 0, end: 5 },
      { kind: 'paragraph' as const, start: 7, end: 7 + CHARS_PER_CHUNK + 10 },
      { kind: 'paragraph' as const, start: CHARS_PER_CHUNK + 19, end: text.length },
    ];
    const chunks = buildChunks(text, blocks, null);
    expect(chunks.map((c) => c.blocks)).toEqual([1, 1, 1]);
    expect(firstScreenChunks(chunks)).toBe(2);
    const short = paragraphs(10, 50);
    expect(firstScreenChunks(buildChunks(short.text, short.blocks, null))).toBe(1);
    expect(firstScreenChunks([])).toBe(1);
    expect(FIRST_SCREEN_CHARS).toBeLessThan(CHARS_PER_CHUNK);
  });
});

describe('pickHighlight', () => {
  it('picks the top highlight, then cycles down through those under the pointer', () => {
    expect(pickHighlight([], null)).toBeNull();
    expect(pickHighlight(['outer', 'inner'], null)).toBe('inner');
    expect(pickHighlight(['outer', 'inner'], 'inner')).toBe('outer');
    expect(pickHighlight(['outer', 'inner'], 'outer')).toBe('inner');
    expect(pickHighlight(['outer', 'inner'], 'elsewhere')).toBe('inner');
  });
});
