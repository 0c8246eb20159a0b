/** sources.read: a version's text in parts (the reader's first screen first), through dispatch. */
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { partEnd } from '../../electron/core/domains/sources/readPart';
import type { MethodOutput } from '../../shared/contract';
import type { Excerpt } from '../../shared/domain/excerpt';
import type { SourceVersionContent } from '../../shared/domain/source';
import { toHighlights } from '../../renderer/src/features/excerpts/reader/highlights';
import { fails, ok } from '../helpers/tempDirs';
import { createExcerpt, newVersion, rangeOf, caseWithText } from './excerptsFixtures';

type Part = MethodOutput<'sources.read'>;

/** Paragraphs with umlauts, ß and characters outside the BMP (two UTF-16 units, one code point). */
const PARAGRAPHS = Array.from(
  { length: 40 },
  (_, i) =>
    `Absatz ${i}: Die Behörde in Köln äußerte sich 𝔘𝔫𝔡 😀 nicht zur Größe der Einheit an der Straße Nummer ${i}.`,
);
const TEXT = PARAGRAPHS.join('\n\n');

const whole = async (core: Core, sourceId: string, version?: number) =>
  (await ok<{ version: SourceVersionContent }>(core, 'sources.get', { sourceId, version })).version;

async function allParts(core: Core, sourceId: string, maxChars: number, version?: number): Promise<Part[]> {
  const parts: Part[] = [];
  let from = 0;
  for (;;) {
    const part = await ok<Part>(core, 'sources.read', { sourceId, version, from, maxChars });
    parts.push(part);
    if (part.version.complete) return parts;
    expect(part.version.end).toBeGreaterThan(from);
    from = part.version.end;
  }
}

describe('sources.read', () => {
  it('reads the text in parts of whole blocks that tile it exactly, astral characters and all', async () => {
    const { core, sourceId } = await caseWithText(TEXT, 'absaetze.txt');
    const full = await whole(core, sourceId);
    const parts = await allParts(core, sourceId, 300);
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.map((p) => p.version.text).join('')).toBe(full.text);
    expect(parts.flatMap((p) => p.version.blocks)).toEqual(full.blocks);
    const starts = new Set(full.blocks.map((b) => b.start));
    for (const [i, { version: part }] of parts.entries()) {
      expect(part.start).toBe(i === 0 ? 0 : parts[i - 1]!.version.end);
      // Each part ends where a block starts (or at the end), its blocks within the budget.
      expect(part.complete ? part.end === full.text.length : starts.has(part.end)).toBe(true);
      expect(part.blocks.at(-1)!.end - part.start).toBeLessThanOrEqual(300);
      expect(part.text).toBe(full.text.slice(part.start, part.end));
    }
    // The version's facts come with every part.
    expect(parts[0]!.version).toMatchObject({ version: 1, charCount: full.text.length, sha256: full.sha256 });
  });

  it('gives the whole text in one part when it fits, and a block larger than the budget whole', async () => {
    const { core, sourceId } = await caseWithText(TEXT, 'absaetze.txt');
    const full = await whole(core, sourceId);
    const one = await ok<Part>(core, 'sources.read', { sourceId });
    expect(one.version).toMatchObject({ start: 0, end: full.text.length, complete: true, text: full.text });
    const tiny = await ok<Part>(core, 'sources.read', { sourceId, maxChars: 5 });
    expect(tiny.version.blocks).toEqual([full.blocks[0]]);
    expect(tiny.version.end).toBe(full.blocks[1]!.start);
  });

  it('hands each part the excerpts the reader paints there, as the excerpt list would', async () => {
    const { core, sourceId, version } = await caseWithText(TEXT, 'absaetze.txt');
    const make = (words: string, nth = 0) => createExcerpt(core, { sourceId, ...rangeOf(version, words, nth) });
    await make('Absatz 1:');
    await make('Absatz 1: Die Behörde');
    await make('Köln äußerte sich 𝔘𝔫𝔡 😀', 20);
    await make('Nummer 39');
    await make('Nummer 12.\n\nAbsatz 13'); // across two blocks
    // Version 2 drops paragraph 20: its excerpt is orphaned, the others move with the text.
    const v2 = PARAGRAPHS.filter((_, i) => i !== 20).join('\n\n');
    await newVersion(core, sourceId, v2);
    const list = await ok<{ items: Excerpt[] }>(core, 'excerpts.list', { filter: { sourceId } });
    expect(list.items.some((e) => e.status === 'orphan')).toBe(true);
    const painted = toHighlights(list.items, sourceId, 2);
    expect(painted).toHaveLength(4);
    const parts = await allParts(core, sourceId, 700);
    for (const { version: part, highlights } of parts) {
      expect(highlights).toEqual(painted.filter((h) => h.start < part.end && h.end > part.start));
    }
    // Version 1 keeps none: every excerpt followed the text to version 2 (or was orphaned there).
    expect((await ok<Part>(core, 'sources.read', { sourceId, version: 1 })).highlights).toEqual([]);
  });

  it('refuses a start past the end, a zero budget and unknown sources or versions, with clear codes', async () => {
    const { core, sourceId } = await caseWithText(TEXT, 'absaetze.txt');
    expect((await fails(core, 'sources.read', { sourceId, from: TEXT.length + 1 })).code).toBe('INVALID_INPUT');
    expect((await fails(core, 'sources.read', { sourceId, maxChars: 0 })).code).toBe('INVALID_INPUT');
    expect((await fails(core, 'sources.read', { sourceId, version: 9 })).code).toBe('NOT_FOUND');
    expect((await fails(core, 'sources.read', { sourceId: 'src_zzzzzzzzzzzzzzzz' })).code).toBe('NOT_FOUND');
    const end = await ok<Part>(core, 'sources.read', { sourceId, from: TEXT.length });
    expect(end.version).toMatchObject({ text: '', blocks: [], complete: true });
  });
});

describe('partEnd', () => {
  const blocks = [
    { kind: 'paragraph' as const, start: 0, end: 10 },
    { kind: 'paragraph' as const, start: 12, end: 20 },
    { kind: 'paragraph' as const, start: 22, end: 40 },
  ];
  it('takes whole blocks within the budget, at least one, and ends where the next one starts', () => {
    expect(partEnd(blocks, 41, 0, 20)).toBe(22);
    expect(partEnd(blocks, 41, 0, 1)).toBe(12);
    expect(partEnd(blocks, 41, 12, 100)).toBe(41);
    expect(partEnd(blocks, 41, 41, 100)).toBe(41);
    expect(partEnd([], 41, 0, 5)).toBe(41);
  });
});
