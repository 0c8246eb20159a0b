/** Excerpts through dispatch on a real case file: create, read, list, edit, delete, and how sources see them. */
import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../../shared/domain/excerpt';
import type { SourceSummary } from '../../shared/domain/source';
import type { WorkbenchEvent } from '../../shared/contract/events';
import { GERMAN_TEXT, file, labelledPdf } from '../fixtures/sources/build';
import { caseWithCore, importOk, rowCounts } from '../fixtures/sources/caseHelpers';
import { fails, ok } from '../helpers/tempDirs';
import { ARTICLE, caseWithText, createExcerpt, createFails, getExcerpt, rangeOf } from './excerptsFixtures';

describe('excerpts: creating from a selection', () => {
  it('derives quote, W3C selectors, block locator and times from the stored text', async () => {
    const { core, sourceId, version } = await caseWithText();
    const before = Date.now();
    const e = await createExcerpt(core, {
      sourceId,
      ...rangeOf(version, 'einzigen Geheimdienstquelle'),
      colour: 'blue',
      tags: ['Quelle', ' Quelle ', 'Nordkorea'],
      comment: 'Nur eine Quelle: höchstens 2 oder 3.',
      translation: { text: 'a single intelligence source', language: 'en' },
    });
    expect(e).toMatchObject({
      sourceId,
      version: 1,
      onCurrentVersion: true,
      status: 'anchored',
      quote: 'einzigen Geheimdienstquelle',
      prefix: '\nDas wurde bisher nur von einer ',
      suffix: ' bestätigt.\n\nEs gibt keine Foto-',
      proposal: null,
      page: null,
      blockIndex: 1,
      colour: 'blue',
      tags: ['Quelle', 'Nordkorea'],
      translation: { text: 'a single intelligence source', language: 'en' },
    });
    expect(version.text.slice(e.start!, e.end!)).toBe(e.quote);
    expect(e.prefix).toHaveLength(32);
    expect(e.createdAt).toBeGreaterThanOrEqual(before);
    expect(e.updatedAt).toBe(e.createdAt);
    expect(e.id).toMatch(/^exc_[0-9a-z]{16}$/);
    expect(await getExcerpt(core, e.id)).toEqual(e);
  });

  it('trims white space around a selection and never stores a client’s words', async () => {
    const { core, sourceId, version } = await caseWithText();
    const { start, end } = rangeOf(version, 'Es gibt keine Foto- oder Videobeweise');
    const e = await createExcerpt(core, { sourceId, start: start - 2, end: end + 1 });
    expect(e.quote).toBe('Es gibt keine Foto- oder Videobeweise');
    expect([e.start, e.end]).toEqual([start, end]);
    // A quote sent along is only a cross-check: line breaks may differ, words may not.
    const checked = await createExcerpt(core, {
      sourceId,
      start,
      end,
      quote: 'Es gibt keine  Foto-\noder Videobeweise',
    });
    expect(checked.quote).toBe('Es gibt keine Foto- oder Videobeweise');
    const wrong = await createFails(core, { sourceId, start, end, quote: 'Es gibt viele Fotos' });
    expect(wrong.code).toBe('INVALID_INPUT');
  });

  it('refuses empty, white-space-only, out-of-range and incomplete selections with INVALID_INPUT', async () => {
    const { core, sourceId, version } = await caseWithText();
    const gap = version.text.indexOf('\n\n');
    const cases = [
      { start: 5, end: 5 },
      { start: 9, end: 3 },
      { start: gap, end: gap + 2 },
      { start: 0, end: version.text.length + 1 },
      { start: 3 },
      {},
      { quote: '   ' },
      { quote: 'Diese Wörter stehen nicht im Text' },
      { start: -1, end: 4 },
    ];
    for (const selection of cases) {
      const error = await createFails(core, { sourceId, ...selection });
      expect(error.code, JSON.stringify(selection)).toBe('INVALID_INPUT');
    }
    expect((await createFails(core, { sourceId: 'src_0000000000000000', start: 0, end: 4 })).code).toBe('NOT_FOUND');
    expect((await createFails(core, { sourceId, version: 7, start: 0, end: 4 })).code).toBe('NOT_FOUND');
    const list = await ok<{ total: number }>(core, 'excerpts.list', {});
    expect(list.total).toBe(0);
  });

  it('matches a quote given in NFD (decomposed umlauts) to the NFC stored text', async () => {
    const { core, sourceId, version } = await caseWithText(GERMAN_TEXT, 'gruesse.txt');
    const words = 'Straße, Grüße aus Köln';
    const nfd = words.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(words.length);
    const e = await createExcerpt(core, { sourceId, quote: nfd });
    expect(e.quote).toBe(words);
    expect(e.quote.normalize('NFC')).toBe(e.quote);
    expect([e.start, e.end]).toEqual([version.text.indexOf(words), version.text.indexOf(words) + words.length]);
    // Offsets plus an NFD cross-check quote work too.
    const again = await createExcerpt(core, { sourceId, ...rangeOf(version, words), quote: nfd });
    expect(again.quote).toBe(words);
    // Several occurrences: the words around tell them apart, else the call says how many there are.
    const twice = await caseWithText('Grüße aus Köln. Grüße aus Bonn.', 'zweimal.txt');
    const ambiguous = await createFails(twice.core, { sourceId: twice.sourceId, quote: 'Grüße aus'.normalize('NFD') });
    expect(ambiguous).toMatchObject({ code: 'INVALID_INPUT', details: { occurrences: 2 } });
    const second = await createExcerpt(twice.core, {
      sourceId: twice.sourceId,
      quote: 'Grüße aus'.normalize('NFD'),
      suffix: ' Bonn',
    });
    expect(second.start).toBe(16);
  });

  it('records the PDF page and its printed label, first and last page for a range across pages', async () => {
    const { core } = await caseWithCore();
    const { result, version } = await importOk(core, file('lage.pdf', await labelledPdf()));
    const sourceId = result.sourceId!;
    expect(version.pages!.map((p) => p.label)).toEqual(['i', '1', '2']);
    const onPage2 = await createExcerpt(core, { sourceId, ...rangeOf(version, 'Grüße aus Köln') });
    expect(onPage2.page).toEqual({ first: { page: 2, label: '1' }, last: { page: 2, label: '1' } });
    expect(onPage2.blockIndex).toBe(1);
    const cover = await createExcerpt(core, { sourceId, ...rangeOf(version, 'Deckblatt') });
    expect(cover.page).toEqual({ first: { page: 1, label: 'i' }, last: { page: 1, label: 'i' } });
    const across = await createExcerpt(core, {
      sourceId,
      start: version.text.indexOf('Noch eine Zeile', 40),
      end: version.text.indexOf('Schluss') + 'Schluss'.length,
    });
    expect(across.page).toEqual({ first: { page: 2, label: '1' }, last: { page: 3, label: '2' } });
    expect(across.quote).toContain('\n\nSeite zwei: Schluss');
  });
});

describe('excerpts: panel queries and edits', () => {
  async function caseWithExcerpts() {
    const ctx = await caseWithText();
    const make = (words: string, extra: object = {}) =>
      createExcerpt(ctx.core, { sourceId: ctx.sourceId, ...rangeOf(ctx.version, words), ...extra });
    const a = await make('Sechs nordkoreanische Offiziere', { tags: ['Verluste'], colour: 'pink' });
    const b = await make('einzigen Geheimdienstquelle', { tags: ['Quelle', 'Verluste'], comment: 'Nur eine Quelle' });
    const c = await make('Die Behörde in Köln äußerte sich nicht', {
      translation: { text: 'The authority in Cologne did not comment', language: 'en' },
    });
    return { ...ctx, a, b, c };
  }

  it('lists per source or across the case, filtered by tag, colour and folded words, in text order', async () => {
    const { core, sourceId, a, b, c } = await caseWithExcerpts();
    const list = (input: object) => ok<{ items: Excerpt[]; total: number }>(core, 'excerpts.list', input);
    const ids = async (input: object) => (await list(input)).items.map((e) => e.id);
    expect(await ids({})).toEqual([a.id, b.id, c.id]);
    expect(await ids({ filter: { sourceId } })).toEqual([a.id, b.id, c.id]);
    expect(await ids({ direction: 'desc' })).toEqual([c.id, b.id, a.id]);
    expect(await ids({ filter: { tag: 'Verluste' } })).toEqual([a.id, b.id]);
    expect(await ids({ filter: { colour: 'pink' } })).toEqual([a.id]);
    expect(await ids({ filter: { query: 'KOLN aeusserte' } })).toEqual([]);
    expect(await ids({ filter: { query: 'KÖLN äusserte' } })).toEqual([c.id]);
    expect(await ids({ filter: { query: 'cologne' } })).toEqual([c.id]);
    expect(await ids({ filter: { query: 'nur eine' } })).toEqual([b.id]);
    expect(await ids({ filter: { status: 'orphan' } })).toEqual([]);
    expect(await ids({ sort: 'colour' })).toEqual([b.id, c.id, a.id]);
    const page = await list({ limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, items: [{ id: b.id }] });
    expect(page.items[0]!.sourceTitle).toBe(ARTICLE.split('\n')[0]);
  });

  it('updates colour, tags, comment and translation, and can remove the translation', async () => {
    const { core, c } = await caseWithExcerpts();
    const updated = await ok<Excerpt>(core, 'excerpts.update', {
      excerptId: c.id,
      patch: { colour: 'green', tags: ['Behörde'], comment: 'Schweigen ist kein Dementi.' },
    });
    expect(updated).toMatchObject({ colour: 'green', tags: ['Behörde'], comment: 'Schweigen ist kein Dementi.' });
    expect(updated.translation).not.toBeNull();
    expect(updated.quote).toBe(c.quote);
    expect(updated.updatedAt).toBeGreaterThanOrEqual(c.updatedAt);
    const cleared = await ok<Excerpt>(core, 'excerpts.update', { excerptId: c.id, patch: { translation: null } });
    expect(cleared.translation).toBeNull();
    const bad = await fails(core, 'excerpts.update', { excerptId: c.id, patch: { colour: 'magenta' } });
    expect(bad.code).toBe('INVALID_INPUT');
    const missing = await fails(core, 'excerpts.update', { excerptId: 'exc_0000000000000000', patch: {} });
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('deletes an excerpt (audit log keeps its quote); delete takes force for the uses claims will add', async () => {
    const { core, path, a, b } = await caseWithExcerpts();
    expect(await ok(core, 'excerpts.delete', { excerptId: a.id })).toEqual({ deleted: true, usesRemoved: 0 });
    expect(await ok(core, 'excerpts.delete', { excerptId: b.id, force: true })).toEqual({
      deleted: true,
      usesRemoved: 0,
    });
    expect((await fails(core, 'excerpts.get', { excerptId: a.id })).code).toBe('NOT_FOUND');
    expect((await fails(core, 'excerpts.delete', { excerptId: a.id })).code).toBe('NOT_FOUND');
    expect(rowCounts(path).audit_log).toBe(2);
  });
});

describe('excerpts and sources', () => {
  it('count in sources.list, and a source with excerpts cannot be deleted (IN_USE)', async () => {
    const { core, sourceId, version } = await caseWithText();
    const e = await createExcerpt(core, { sourceId, ...rangeOf(version, 'Sechs nordkoreanische Offiziere') });
    await createExcerpt(core, { sourceId, ...rangeOf(version, 'Videobeweise') });
    const listed = await ok<{ items: SourceSummary[] }>(core, 'sources.list', {});
    expect(listed.items[0]!.excerptCount).toBe(2);
    const refused = await fails(core, 'sources.delete', { sourceId });
    expect(refused.code).toBe('IN_USE');
    expect(refused.details).toMatchObject({ citedBy: [{ kind: 'excerpt', id: e.id }, { kind: 'excerpt' }] });
    for (const item of (await ok<{ items: Excerpt[] }>(core, 'excerpts.list', {})).items) {
      await ok(core, 'excerpts.delete', { excerptId: item.id });
    }
    expect(await ok(core, 'sources.delete', { sourceId })).toMatchObject({ deleted: true });
  });

  it('tells the renderer which queries to refresh', async () => {
    const { core, sourceId, version } = await caseWithText();
    const events: WorkbenchEvent[] = [];
    core.onEvent((e) => events.push(e));
    const e = await createExcerpt(core, { sourceId, ...rangeOf(version, 'Videobeweise') });
    await ok(core, 'excerpts.update', { excerptId: e.id, patch: { colour: 'green' } });
    await ok(core, 'excerpts.list', {});
    expect(events).toEqual([
      { type: 'data.changed', domains: ['excerpts', 'sources'] },
      { type: 'data.changed', domains: ['excerpts', 'refs'] },
    ]);
  });

  it('needs an open case', async () => {
    const { core } = await caseWithText();
    await ok(core, 'case.close');
    expect((await fails(core, 'excerpts.list', {})).code).toBe('NO_CASE_OPEN');
  });
});
