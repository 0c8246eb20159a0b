import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { TimelineOutput } from '../../shared/contract/timeline';
import type { Excerpt } from '../../shared/domain/excerpt';
import type { SourceVersionContent } from '../../shared/domain/source';
import { file } from '../fixtures/sources/build';
import { caseWithCore, importFiles, importOk } from '../fixtures/sources/caseHelpers';
import { SEED_DE } from '../fixtures/timeline/texts';
import { fails, ok } from '../helpers/tempDirs';

const PUBLISHED = Date.parse('2024-10-24T06:00:00Z');
let open: Core | null = null;
afterEach(async () => {
  if (open) await ok(open, 'case.close');
  open = null;
});

async function seededCase() {
  const { core, path } = await caseWithCore('Zeitleiste');
  open = core;
  const { result, version } = await importOk(core, file('pjoengjang.txt', SEED_DE));
  const sourceId = result.sourceId!;
  return { core, path, sourceId, version };
}

const list = (core: Core, input: object = {}) => ok<TimelineOutput>(core, 'timeline.list', input);
const mentions = (out: TimelineOutput) => out.items.filter((e) => e.kind === 'mention');

describe('timeline.list', () => {
  it('without a publication date resolves against the import date, and says so', async () => {
    const { core, version } = await seededCase();
    const out = await list(core);
    expect(out.refreshed).toBe(1);
    expect(out.items.every((e) => e.kind === 'mention' && e.referenceKind === 'imported')).toBe(true);
    for (const e of out.items) expect(version.text.slice(e.start!, e.end!)).toBe(e.mention);
    // Nothing changed: the second read recomputes nothing.
    expect((await list(core)).refreshed).toBe(0);
  });

  it('with a publication date: a publication event, and mentions resolved against it', async () => {
    const { core, sourceId, version } = await seededCase();
    await ok(core, 'sources.update', { sourceId, patch: { publishedAt: PUBLISHED } });
    const out = await list(core);
    expect(out.refreshed).toBe(1);
    const published = out.items.filter((e) => e.kind === 'published');
    expect(published).toMatchObject([
      { dateStart: '2024-10-24', dateEnd: '2024-10-24', resolution: 'metadata', start: null },
    ]);
    const ende = mentions(out).find((e) => e.mention === 'Ende Juli')!;
    expect(ende).toMatchObject({
      sourceId,
      sourceTitle: 'Von Pjöngjang an die Front: Sind nordkoreanische Soldaten am Ukraine-Krieg beteiligt?',
      version: 1,
      dateStart: '2024-07-21',
      dateEnd: '2024-07-31',
      precision: 'month',
      part: 'late',
      resolution: 'yearInferred',
      referenceDate: '2024-10-24',
      referenceKind: 'published',
    });
    expect(version.text.slice(ende.start!, ende.end!)).toBe('Ende Juli');
    expect(version.text.slice(ende.sentenceStart!, ende.sentenceEnd!)).toBe(ende.sentence);
    // Ordered by day.
    const days = out.items.map((e) => e.dateStart);
    expect(days).toEqual([...days].sort());
  });

  it('filters by range (overlap), kind and source', async () => {
    const { core, sourceId } = await seededCase();
    await ok(core, 'sources.update', { sourceId, patch: { publishedAt: PUBLISHED } });
    const october = await list(core, { from: '2024-10-01', to: '2024-10-31' });
    expect(october.items.map((e) => e.mention)).toEqual(['Anfang des Monats', '4. Oktober', '14. Oktober', '']);
    // A month mention overlaps any day of it.
    expect((await list(core, { from: '2024-06-30', to: '2024-06-30' })).items.map((e) => e.mention)).toEqual(['Juni']);
    const onlyPublished = await list(core, { kinds: ['published'] });
    expect(onlyPublished.total).toBe(1);
    expect((await list(core, { sourceIds: [] })).total).toBe(0);
    expect((await list(core, { sourceIds: [sourceId], limit: 2 })).items).toHaveLength(2);
  });

  it('follows a new version, a changed publication date and a deleted source', async () => {
    const { core, path, sourceId } = await seededCase();
    await ok(core, 'sources.update', { sourceId, patch: { publishedAt: PUBLISHED } });
    expect(mentions(await list(core)).map((e) => e.mention)).toContain('Ende Juli');

    await ok(core, 'sources.update', { sourceId, patch: { publishedAt: Date.parse('2025-01-10T09:00:00Z') } });
    const later = await list(core);
    expect(later.refreshed).toBe(1);
    // Seen from January 2025, "am 14. Oktober" is October 2024.
    expect(mentions(later).find((e) => e.mention === '14. Oktober')!.dateStart).toBe('2024-10-14');

    const [v2] = await importFiles(
      core,
      [file('pjoengjang-2.txt', 'Neue Fassung\n\nSeit Mitte Mai 2023 gilt das Abkommen.')],
      {
        asNewVersionOf: sourceId,
      },
    );
    expect(v2!.status).toBe('newVersion');
    const after = await list(core);
    expect(mentions(after).map((e) => [e.mention, e.version, e.dateStart])).toEqual([
      ['Mitte Mai 2023', 2, '2023-05-11'],
    ]);

    await ok(core, 'sources.delete', { sourceId });
    expect((await list(core)).total).toBe(0);
    const db = new Database(path, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM timeline_event').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM timeline_source').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('a mention’s offsets and sentence make an excerpt of exactly those words', async () => {
    const { core, sourceId } = await seededCase();
    const ende = mentions(await list(core)).find((e) => e.mention === 'Ende Juli')!;
    const ofMention = await ok<Excerpt>(core, 'excerpts.create', {
      sourceId, version: ende.version, start: ende.start, end: ende.end, quote: ende.mention,
    }); // prettier-ignore
    expect(ofMention.quote).toBe('Ende Juli');
    const ofSentence = await ok<Excerpt>(core, 'excerpts.create', {
      sourceId, version: ende.version, start: ende.sentenceStart, end: ende.sentenceEnd, quote: ende.sentence,
    }); // prettier-ignore
    expect(ofSentence.quote).toBe(ende.sentence);
    const got = await ok<{ version: SourceVersionContent }>(core, 'sources.get', { sourceId });
    expect(got.version.text.slice(ofSentence.start!, ofSentence.end!)).toBe(ende.sentence);
  });

  it('refuses bad filters with INVALID_INPUT and needs an open case', async () => {
    const { core } = await seededCase();
    expect((await fails(core, 'timeline.list', { from: '24.10.2024' })).code).toBe('INVALID_INPUT');
    expect((await fails(core, 'timeline.list', { kinds: ['rumour'] })).code).toBe('INVALID_INPUT');
    await ok(core, 'case.close');
    open = null;
    expect((await fails(core, 'timeline.list', {})).code).toBe('NO_CASE_OPEN');
  });

  it('a case whose sources predate the timeline is filled on first read', async () => {
    const { core, path } = await seededCase();
    await importOk(core, file('zweite.txt', 'Zweiter Bericht\n\nIm Herbst 1989 fiel die Mauer.'));
    await ok(core, 'case.close');
    open = null;
    // As a file from before the timeline: no timeline rows at all.
    const db = new Database(path);
    db.exec('DELETE FROM timeline_source');
    db.close();
    await ok(core, 'case.open', { path });
    open = core;
    const out = await list(core);
    expect(out.refreshed).toBe(2);
    expect(mentions(out).find((e) => e.mention === 'Herbst 1989')).toMatchObject({
      dateStart: '1989-09-01',
      dateEnd: '1989-11-30',
      precision: 'season',
    });
  });
});
