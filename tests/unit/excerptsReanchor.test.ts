/** Re-anchoring through dispatch: a new version of a source moves, proposes or orphans its excerpts, honestly. */
import { describe, expect, it } from 'vitest';
import type { ReanchorReport } from '../../shared/contract/excerpts';
import type { AnchorHistoryEntry, Excerpt } from '../../shared/domain/excerpt';
import type { SourceVersionContent } from '../../shared/domain/source';
import { fails, ok } from '../helpers/tempDirs';
import { ARTICLE, caseWithText, createExcerpt, getExcerpt, newVersion, rangeOf } from './excerptsFixtures';

const [P1, P2, P3, P4] = ARTICLE.split('\n\n') as [string, string, string, string];
/** Version 2: a line on top, "einzigen" → "einzelnen" in the second paragraph, the third paragraph removed. */
const V2 = ['Aktualisiert am Abend.', P1, P2.replace('einzigen', 'einzelnen'), P4].join('\n\n');

async function currentText(core: Parameters<typeof ok>[0], sourceId: string) {
  return (await ok<{ version: SourceVersionContent }>(core, 'sources.get', { sourceId })).version.text;
}

async function scenario() {
  const ctx = await caseWithText();
  const make = (words: string) => createExcerpt(ctx.core, { sourceId: ctx.sourceId, ...rangeOf(ctx.version, words) });
  const kept = await make('Die Behörde in Köln äußerte sich nicht');
  const edited = await make(P2);
  const removed = await make('keine Foto- oder Videobeweise');
  const first = await make('Sechs nordkoreanische Offiziere');
  return { ...ctx, kept, edited, removed, first };
}

describe('re-anchoring after a new version', () => {
  it('keeps, moves, proposes and orphans each excerpt as the new text allows', async () => {
    const { core, sourceId, kept, edited, removed, first } = await scenario();
    await newVersion(core, sourceId, V2);
    const text = await currentText(core, sourceId);

    const k = await getExcerpt(core, kept.id);
    expect(k).toMatchObject({ status: 'anchored', version: 2, onCurrentVersion: true, quote: kept.quote });
    expect(text.slice(k.start!, k.end!)).toBe(kept.quote);
    // Shifted by the new top line, the one letter more in “einzelnen”, and the removed paragraph.
    expect(k.start).toBe(kept.start! + 'Aktualisiert am Abend.\n\n'.length + 1 - (P3.length + 2));

    const f = await getExcerpt(core, first.id);
    expect(f).toMatchObject({ status: 'anchored', version: 2 });
    expect(text.slice(f.start!, f.end!)).toBe('Sechs nordkoreanische Offiziere');

    const m = await getExcerpt(core, edited.id);
    expect(m).toMatchObject({ status: 'moved', version: 2, quote: P2 });
    expect(m.proposal).toEqual({ text: P2.replace('einzigen', 'einzelnen'), similarity: expect.any(Number) });
    expect(m.proposal!.similarity).toBeLessThan(1);
    expect(text.slice(m.start!, m.end!)).toBe(m.proposal!.text);

    const o = await getExcerpt(core, removed.id);
    expect(o).toMatchObject({ status: 'orphan', version: 2, start: null, end: null, quote: removed.quote, page: null });

    const history = await ok<AnchorHistoryEntry[]>(core, 'excerpts.history', { excerptId: removed.id });
    expect(history.map((h) => [h.event, h.method, h.fromVersion, h.version, h.status])).toEqual([
      ['created', 'selection', null, 1, 'anchored'],
      ['reanchored', 'none', 1, 2, 'orphan'],
    ]);
    const orphans = await ok<{ items: Excerpt[] }>(core, 'excerpts.list', { filter: { status: 'orphan' } });
    expect(orphans.items.map((e) => e.id)).toEqual([removed.id]);
  });

  it('confirm turns a proposal into the excerpt’s words; the old quote stays in the history', async () => {
    const { core, sourceId, edited } = await scenario();
    await newVersion(core, sourceId, V2);
    const confirmed = await ok<Excerpt>(core, 'excerpts.confirm', { excerptId: edited.id });
    expect(confirmed).toMatchObject({ status: 'anchored', quote: P2.replace('einzigen', 'einzelnen'), proposal: null });
    const history = await ok<AnchorHistoryEntry[]>(core, 'excerpts.history', { excerptId: edited.id });
    expect(history.at(-1)).toMatchObject({ event: 'confirmed', previousQuote: P2, quote: confirmed.quote });
    // Confirming again changes nothing.
    expect(await ok(core, 'excerpts.confirm', { excerptId: edited.id })).toEqual(confirmed);
  });

  it('re-anchors an orphan to a new selection; a moved one can be kept as an orphan instead', async () => {
    const { core, sourceId, removed, edited } = await scenario();
    await newVersion(core, sourceId, V2);
    const v2 = await currentText(core, sourceId);
    const refused = await fails(core, 'excerpts.confirm', { excerptId: removed.id });
    expect(refused.code).toBe('INVALID_INPUT');

    const manual = await ok<Excerpt>(core, 'excerpts.reanchorManually', {
      excerptId: removed.id,
      ...rangeOf({ text: v2 }, 'einzelnen Geheimdienstquelle'),
    });
    expect(manual).toMatchObject({ status: 'anchored', version: 2, quote: 'einzelnen Geheimdienstquelle' });
    const history = await ok<AnchorHistoryEntry[]>(core, 'excerpts.history', { excerptId: removed.id });
    expect(history.at(-1)).toMatchObject({
      event: 'manual',
      fromStatus: 'orphan',
      previousQuote: 'keine Foto- oder Videobeweise',
    });

    const orphaned = await ok<Excerpt>(core, 'excerpts.keepAsOrphan', { excerptId: edited.id });
    expect(orphaned).toMatchObject({ status: 'orphan', start: null, proposal: null, quote: P2 });
    const anchored = await fails(core, 'excerpts.keepAsOrphan', { excerptId: manual.id });
    expect(anchored.code).toBe('INVALID_INPUT');
    const bad = await fails(core, 'excerpts.reanchorManually', { excerptId: manual.id, start: 3, end: 3 });
    expect(bad.code).toBe('INVALID_INPUT');
  });

  it('re-anchors from the confirmed words, never from an unconfirmed proposal', async () => {
    const { core, sourceId, edited } = await scenario();
    await newVersion(core, sourceId, V2);
    await newVersion(core, sourceId, `${V2}\n\nNachtrag.`, 'bericht-v3.txt');
    const m = await getExcerpt(core, edited.id);
    expect(m).toMatchObject({ status: 'moved', version: 3, quote: P2 });
    const history = await ok<AnchorHistoryEntry[]>(core, 'excerpts.history', { excerptId: edited.id });
    expect(history.map((h) => [h.fromVersion, h.fromStatus, h.version, h.status])).toEqual([
      [null, null, 1, 'anchored'],
      [1, 'anchored', 2, 'moved'],
      [2, 'moved', 3, 'moved'],
    ]);
  });

  it('runs on demand into any version and reports what happened; excerpts already there are left alone', async () => {
    const { core, sourceId, kept, removed } = await scenario();
    await newVersion(core, sourceId, V2);
    const back = await ok<ReanchorReport>(core, 'excerpts.reanchor', { sourceId, version: 1 });
    expect(back).toMatchObject({ sourceId, version: 1, anchored: 4, moved: 0, orphan: 0, unchanged: 0 });
    const k = await getExcerpt(core, kept.id);
    expect(k).toMatchObject({ version: 1, onCurrentVersion: false, start: kept.start, status: 'anchored' });
    // The orphan's confirmed words were in version 1 all along.
    expect(await getExcerpt(core, removed.id)).toMatchObject({ status: 'anchored', start: removed.start });

    const forward = await ok<ReanchorReport>(core, 'excerpts.reanchor', { sourceId });
    expect(forward).toMatchObject({ version: 2, anchored: 2, moved: 1, orphan: 1 });
    expect(forward.items.find((i) => i.excerptId === kept.id)).toMatchObject({
      fromVersion: 1,
      version: 2,
      status: 'anchored',
      method: 'positionMapped',
    });
    const again = await ok<ReanchorReport>(core, 'excerpts.reanchor', { sourceId });
    expect(again).toMatchObject({ anchored: 0, moved: 0, orphan: 0, unchanged: 4, items: [] });
    const missing = await fails(core, 'excerpts.reanchor', { sourceId, version: 9 });
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('an unchanged re-import (same text, new file) keeps every excerpt exactly', async () => {
    const { core, sourceId, kept, removed } = await scenario();
    await newVersion(core, sourceId, `${ARTICLE}\n`, 'kopie.txt');
    for (const e of [kept, removed]) {
      expect(await getExcerpt(core, e.id)).toMatchObject({ status: 'anchored', version: 2, start: e.start });
    }
  });
});
