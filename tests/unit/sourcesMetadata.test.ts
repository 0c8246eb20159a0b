import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkbenchEvent } from '../../shared/contract/events';
import type { CaseInfo } from '../../shared/domain/case';
import type { AuditEntry, SourceDetail, SourceSummary, SourceVersionContent } from '../../shared/domain/source';
import { fails, ok, testCore } from '../helpers/tempDirs';
import { file } from '../fixtures/sources/build';
import { caseWithCore, importFiles, importOk, rowCounts } from '../fixtures/sources/caseHelpers';

type List = { items: SourceSummary[]; total: number };

describe('sources: metadata', () => {
  it('every editable field round-trips, also after closing and reopening the case', async () => {
    const { core, path } = await caseWithCore();
    const { result } = await importOk(core, file('notiz.txt', 'Eine kurze Notiz über die Lage im Norden des Landes.'));
    const patch = {
      title: '„Überraschung“ im Norden',
      author: 'Jürgen Weiß',
      outlet: 'Süddeutsche Beispielzeitung',
      url: 'https://example.org/artikel?id=1&x=ä',
      publishedAt: Date.parse('2024-10-15T08:00:00Z'),
      retrievedAt: Date.parse('2024-10-16T09:30:00Z'),
      language: 'other' as const,
      sourceType: 'intelligenceReport' as const,
      notes: 'Quelle über Kontakt „K.“ erhalten.\nZweite Zeile.',
      tags: ['Grenze', 'Drohnen', 'Grenze', '  Lage  '],
      tlp: 'TLP:RED' as const,
    };
    const updated = await ok<SourceDetail>(core, 'sources.update', { sourceId: result.sourceId, patch });
    const expected = { ...patch, tags: ['Grenze', 'Drohnen', 'Lage'] };
    expect(updated).toMatchObject(expected);
    await ok(core, 'case.close');
    await ok(core, 'case.open', { path });
    const reread = await ok<{ source: SourceDetail }>(core, 'sources.get', { sourceId: result.sourceId });
    expect(reread.source).toMatchObject(expected);
    await ok(core, 'sources.update', { sourceId: result.sourceId, patch: { publishedAt: null, tags: [] } });
    const cleared = await ok<{ source: SourceDetail }>(core, 'sources.get', { sourceId: result.sourceId });
    expect(cleared.source).toMatchObject({ publishedAt: null, tags: [], title: patch.title });
  });

  it('new sources carry the case’s marking; a marking change is audited', async () => {
    const { core } = await caseWithCore();
    await ok(core, 'case.update', { patch: { tlp: 'TLP:AMBER+STRICT' } });
    const { source } = await importOk(core, file('a.txt', 'Some English text about the situation in the north.'));
    expect(source.tlp).toBe('TLP:AMBER+STRICT');
    expect(source.language).toBe('en');
    await ok(core, 'sources.update', { sourceId: source.id, patch: { tlp: 'TLP:GREEN' } });
    const history = await ok<AuditEntry[]>(core, 'sources.history', { sourceId: source.id });
    expect(history).toMatchObject([{ field: 'tlp', oldValue: 'TLP:AMBER+STRICT', newValue: 'TLP:GREEN' }]);
  });

  it('refuses bad metadata and unknown sources with clear codes', async () => {
    const { core } = await caseWithCore();
    const { result } = await importOk(core, file('a.txt', 'Ein Text über die Lage.'));
    expect((await fails(core, 'sources.update', { sourceId: result.sourceId, patch: { title: '  ' } })).code).toBe(
      'INVALID_INPUT',
    );
    expect((await fails(core, 'sources.update', { sourceId: result.sourceId, patch: { tlp: 'TLP:WHITE' } })).code).toBe(
      'INVALID_INPUT',
    );
    expect((await fails(core, 'sources.get', { sourceId: 'src_zzzzzzzzzzzzzzzz' })).code).toBe('NOT_FOUND');
    expect((await fails(core, 'sources.get', { sourceId: 'case_zzzzzzzzzzzzzzzz' })).code).toBe('INVALID_INPUT');
    await ok(core, 'case.close');
    expect((await fails(core, 'sources.list', {})).code).toBe('NO_CASE_OPEN');
  });

  it('mutations announce data.changed for sources', async () => {
    const { core } = await caseWithCore();
    const events: WorkbenchEvent[] = [];
    core.onEvent((e) => events.push(e));
    await importFiles(core, [file('a.txt', 'Ein Text über die Lage.')]);
    // Importing can add a version, which re-anchors excerpts: both lists refresh.
    expect(events).toContainEqual({ type: 'data.changed', domains: ['sources', 'excerpts'] });
  });
});

describe('sources: reliability', () => {
  it('needs a reason; every change is kept in the history with old, new, reason and time', async () => {
    const { core, path } = await caseWithCore();
    const { source } = await importOk(core, file('a.txt', 'Ein Text über die Lage.'));
    expect(source.reliability).toBeNull();
    const before = rowCounts(path);
    for (const reason of ['', '   ']) {
      const error = await fails(core, 'sources.setReliability', { sourceId: source.id, reliability: 'B', reason });
      expect(error.code).toBe('INVALID_INPUT');
    }
    expect(
      (await fails(core, 'sources.setReliability', { sourceId: source.id, reliability: 'G', reason: 'x' })).code,
    ).toBe('INVALID_INPUT');
    expect(rowCounts(path)).toEqual(before);

    const t0 = Date.now();
    const rated = await ok<SourceDetail>(core, 'sources.setReliability', {
      sourceId: source.id,
      reliability: 'B',
      reason: 'Bisher meist zutreffend berichtet.',
    });
    expect(rated.reliability).toBe('B');
    await ok(core, 'sources.setReliability', { sourceId: source.id, reliability: 'B', reason: 'unchanged' });
    await ok(core, 'sources.setReliability', {
      sourceId: source.id,
      reliability: 'D',
      reason: 'Zwei Falschmeldungen.',
    });
    await ok(core, 'sources.setReliability', { sourceId: source.id, reliability: null, reason: 'Neu bewerten.' });
    const history = await ok<AuditEntry[]>(core, 'sources.history', { sourceId: source.id });
    expect(history.map((h) => [h.field, h.oldValue, h.newValue, h.reason])).toEqual([
      ['reliability', 'D', null, 'Neu bewerten.'],
      ['reliability', 'B', 'D', 'Zwei Falschmeldungen.'],
      ['reliability', null, 'B', 'Bisher meist zutreffend berichtet.'],
    ]);
    for (const h of history) expect(h.at).toBeGreaterThanOrEqual(t0);
  });
});

describe('sources: list', () => {
  async function fourSources() {
    const ctx = await caseWithCore();
    const texts = [
      ['zebra.txt', 'Zebra: Der Bericht über die Lage an der Grenze ist nicht bestätigt.'],
      ['apfel.txt', 'Äpfel und Birnen: eine Meldung, die sich auf die Ernte bezieht und mehr.'],
      ['mango.txt', 'Mango: the report that was published by the agency in the north of the country.'],
      ['birne.txt', 'Birne: die zweite Meldung über die Lage, die sich nicht bestätigt hat.'],
    ];
    const results = await importFiles(
      ctx.core,
      texts.map(([n, t]) => file(n!, t!)),
    );
    const [zebra, apfel, mango, birne] = results.map((r) => r.sourceId!);
    const set = (sourceId: string, patch: object) => ok(ctx.core, 'sources.update', { sourceId, patch });
    await set(zebra!, { sourceType: 'news', publishedAt: Date.parse('2024-01-10'), tags: ['Grenze'] });
    await set(apfel!, { sourceType: 'report', publishedAt: Date.parse('2024-03-01'), tags: ['Ernte', 'Grenze'] });
    await set(mango!, { sourceType: 'news', tags: ['Ernte'] });
    await set(birne!, { sourceType: 'academic', publishedAt: Date.parse('2023-12-24') });
    const rate = (sourceId: string, reliability: string) =>
      ok(ctx.core, 'sources.setReliability', { sourceId, reliability, reason: 'Test' });
    await rate(zebra!, 'C');
    await rate(apfel!, 'A');
    await rate(birne!, 'E');
    return { ...ctx, ids: { zebra: zebra!, apfel: apfel!, mango: mango!, birne: birne! } };
  }

  const titles = (l: List) => l.items.map((s) => s.title.split(':')[0]);

  it('sorts by title (German letters folded), date, import time and reliability', async () => {
    const { core } = await fourSources();
    const list = (sort: string, direction = 'asc') => ok<List>(core, 'sources.list', { sort, direction });
    expect(titles(await list('title'))).toEqual(['Äpfel und Birnen', 'Birne', 'Mango', 'Zebra']);
    expect(titles(await list('title', 'desc'))).toEqual(['Zebra', 'Mango', 'Birne', 'Äpfel und Birnen']);
    expect(titles(await list('publishedAt'))).toEqual(['Birne', 'Zebra', 'Äpfel und Birnen', 'Mango']);
    expect(titles(await list('publishedAt', 'desc'))).toEqual(['Äpfel und Birnen', 'Zebra', 'Birne', 'Mango']);
    expect(titles(await list('importedAt'))).toEqual(['Zebra', 'Äpfel und Birnen', 'Mango', 'Birne']);
    expect(titles(await list('importedAt', 'desc'))).toEqual(['Birne', 'Mango', 'Äpfel und Birnen', 'Zebra']);
    expect(titles(await list('reliability'))).toEqual(['Äpfel und Birnen', 'Zebra', 'Birne', 'Mango']);
    const summary = (await list('title')).items[0]!;
    expect(summary).toMatchObject({ format: 'text', currentVersion: 1, excerptCount: 0, tags: ['Ernte', 'Grenze'] });
    expect(summary.sizeBytes).toBeGreaterThan(0);
  });

  it('filters by type, reliability (also unrated), language, tag, dates and text; pages with a total', async () => {
    const { core } = await fourSources();
    const list = (filter: object, extra: object = {}) =>
      ok<List>(core, 'sources.list', { sort: 'title', direction: 'asc', filter, ...extra });
    expect(titles(await list({ types: ['news'] }))).toEqual(['Mango', 'Zebra']);
    expect(titles(await list({ reliabilities: ['A', 'C'] }))).toEqual(['Äpfel und Birnen', 'Zebra']);
    expect(titles(await list({ reliabilities: [null] }))).toEqual(['Mango']);
    expect(titles(await list({ reliabilities: ['E', null] }))).toEqual(['Birne', 'Mango']);
    expect(titles(await list({ languages: ['en'] }))).toEqual(['Mango']);
    expect(titles(await list({ tag: 'Grenze' }))).toEqual(['Äpfel und Birnen', 'Zebra']);
    expect(
      titles(await list({ publishedFrom: Date.parse('2024-01-01'), publishedTo: Date.parse('2024-02-01') })),
    ).toEqual(['Zebra']);
    expect(titles(await list({ query: 'birne' }))).toEqual(['Äpfel und Birnen', 'Birne']);
    expect(titles(await list({ query: '100%_' }))).toEqual([]);
    expect(titles(await list({ types: ['news'], tag: 'Ernte' }))).toEqual(['Mango']);
    const page = await list({}, { limit: 2, offset: 1 });
    expect(titles(page)).toEqual(['Birne', 'Mango']);
    expect(page.total).toBe(4);
  });
});

describe('sources: delete', () => {
  it('removes a source with its versions and tags, and originals no other version uses', async () => {
    const { core, path } = await caseWithCore();
    const keep = await importOk(core, file('bleibt.txt', 'Dieser Text bleibt in der Akte.'));
    const gone = await importOk(core, file('weg.txt', 'Dieser Text wird gelöscht.'));
    await importFiles(core, [file('weg2.txt', 'Zweite Fassung, auch gelöscht.')], { asNewVersionOf: gone.source.id });
    await ok(core, 'sources.update', { sourceId: gone.source.id, patch: { tags: ['x', 'y'] } });
    await ok(core, 'sources.setReliability', { sourceId: gone.source.id, reliability: 'C', reason: 'r' });
    const auditBefore = rowCounts(path).audit_log;
    const result = await ok(core, 'sources.delete', { sourceId: gone.source.id });
    expect(result).toEqual({ deleted: true, versionsDeleted: 2, blobsDeleted: 2 });
    expect(rowCounts(path)).toEqual({
      source: 1,
      source_version: 1,
      source_blob: 1,
      source_tag: 0,
      audit_log: auditBefore + 1,
    });
    expect((await fails(core, 'sources.get', { sourceId: gone.source.id })).code).toBe('NOT_FOUND');
    expect((await fails(core, 'sources.delete', { sourceId: gone.source.id })).code).toBe('NOT_FOUND');
    const list = await ok<List>(core, 'sources.list', {});
    expect(list.items.map((s) => s.id)).toEqual([keep.source.id]);
    // Deleted bytes can be imported again as a new source.
    const [again] = await importFiles(core, [file('weg.txt', 'Dieser Text wird gelöscht.')]);
    expect(again!.status).toBe('imported');
  });
});

describe('sources: sample case', () => {
  it('creates and opens a case with German and English sources: text, HTML, PDF and e-mail, rated', async () => {
    const { core, dir } = testCore();
    const info = await ok<CaseInfo>(core, 'sources.createSampleCase', { path: join(dir, 'Beispiel.wbcase') });
    expect(info.title).toMatch(/Velmar/);
    expect(await ok<CaseInfo | null>(core, 'case.info')).toMatchObject({ path: info.path });
    const list = await ok<List>(core, 'sources.list', { sort: 'title', direction: 'asc' });
    expect(list.items.map((s) => s.format).sort()).toEqual(['eml', 'html', 'pdf', 'text']);
    expect(new Set(list.items.map((s) => s.language))).toEqual(new Set(['de', 'en']));
    expect(list.items.every((s) => s.reliability !== null && s.tags.length > 0)).toBe(true);
    const pdf = list.items.find((s) => s.format === 'pdf')!;
    const got = await ok<{ version: SourceVersionContent }>(core, 'sources.get', { sourceId: pdf.id });
    expect(got.version.pages?.map((p) => p.label)).toEqual(['i', '1', '2']);
    expect(got.version.text).toContain('Velmar Port Authority – Statement');
    const history = await ok<AuditEntry[]>(core, 'sources.history', { sourceId: pdf.id });
    expect(history[0]).toMatchObject({ field: 'reliability', newValue: 'B' });
    expect((await fails(core, 'sources.createSampleCase', { path: info.path })).code).toBe('CASE_FILE_EXISTS');
  });
});
