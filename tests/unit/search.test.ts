/** Full-text search through dispatch on a real case file: German folding, FTS syntax, ranking, snippets, consistency. */
import { describe, expect, it } from 'vitest';
import type { SearchOutput } from '../../shared/contract/search';
import { fold } from '../../electron/core/domains/search/fold';
import { highlight } from '../../electron/core/domains/search/search';
import { parseQuery } from '../../electron/core/domains/search/query';
import { file } from '../fixtures/sources/build';
import { caseWithCore, importOk } from '../fixtures/sources/caseHelpers';
import { ok } from '../helpers/tempDirs';

const TEXTS = {
  koeln: 'Die Behörde in Köln äußerte sich nicht zur Größe der Einheit an der Straße.',
  mueller: 'Der Abgeordnete Müller sprach über Geheimdienstquellen und die Lage an der Grenze.',
  english: 'The ministry in Cologne declined to comment on the size of the unit at the border.',
};

async function searchCase() {
  const { core, path } = await caseWithCore('Suche');
  const ids: Record<string, string> = {};
  for (const [key, text] of Object.entries(TEXTS)) {
    const { result } = await importOk(core, file(`${key}.txt`, text));
    ids[key] = result.sourceId!;
    // Short titles make the expectations readable (an imported text takes its first line as title).
    await ok(core, 'sources.update', { sourceId: result.sourceId, patch: { title: key } });
  }
  const search = (query: string, extra: object = {}) => ok<SearchOutput>(core, 'search.query', { query, ...extra });
  const labels = async (query: string, extra: object = {}) =>
    (await search(query, extra)).items.map((i) => `${i.kind}:${i.label}`);
  return { core, path, ids, search, labels };
}

describe('German folding', () => {
  it('folds umlauts and their transliterations, ß and ss, and accents alike', () => {
    for (const [a, b] of [
      ['Köln', 'Koeln'],
      ['Köln', 'Koln'],
      ['Müller', 'Mueller'],
      ['Größe', 'Groesse'],
      ['Straße', 'Strasse'],
      ['Ärger', 'Aerger'],
      ['café', 'CAFE'],
    ]) {
      expect(fold(a!), `${a} ~ ${b}`).toBe(fold(b!));
    }
  });

  it('finds sources by every spelling', async () => {
    const { labels } = await searchCase();
    for (const q of ['Köln', 'Koeln', 'koln', 'KÖLN']) expect(await labels(q), q).toEqual(['source:koeln']);
    for (const q of ['Straße', 'strasse', 'STRASSE']) expect(await labels(q), q).toEqual(['source:koeln']);
    for (const q of ['Müller', 'Mueller', 'muller']) expect(await labels(q), q).toEqual(['source:mueller']);
    expect(await labels('Größe')).toEqual(['source:koeln']);
  });
});

describe('query syntax', () => {
  it('supports prefix, phrase, boolean and NEAR queries', async () => {
    const { labels } = await searchCase();
    expect(await labels('Geheimdienst*')).toEqual(['source:mueller']);
    expect(await labels('"an der Grenze"')).toEqual(['source:mueller']);
    expect(await labels('"der Grenze an"')).toEqual([]);
    expect((await labels('Köln OR Müller')).sort()).toEqual(['source:koeln', 'source:mueller']);
    expect(await labels('Einheit NOT Köln')).toEqual([]);
    expect(await labels('Einheit AND Köln')).toEqual(['source:koeln']);
    expect(await labels('NEAR(Behörde Köln, 2)')).toEqual(['source:koeln']);
    expect(await labels('NEAR(Behörde Einheit, 2)')).toEqual([]);
  });

  it('treats invalid FTS syntax as plain words, never an error', async () => {
    const { search } = await searchCase();
    for (const q of ['NOT', 'Köln OR', '"unterminated', '(Köln', 'Köln)', 'title:Köln', '***', 'AND AND', '^Köln']) {
      const r = await search(q);
      expect(r, q).toBeDefined();
    }
    const fallback = await search('Köln OR');
    expect(fallback).toMatchObject({ fallback: true, total: 1 });
    expect((await search('')).total).toBe(0);
  });
});

describe('ranking and snippets', () => {
  it('ranks title hits above body hits and highlights the hit in the original spelling', async () => {
    const { core, search, ids } = await searchCase();
    await ok(core, 'sources.update', { sourceId: ids.english!, patch: { title: 'Grenze: Lagebild' } });
    const r = await search('Grenze');
    expect(r.items.map((i) => i.label)).toEqual(['Grenze: Lagebild', 'mueller']);
    const hit = r.items[1]!;
    expect(hit.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['Grenze']);
    expect(TEXTS.mueller.slice(hit.offset!, hit.offset! + hit.hitLength!)).toBe('Grenze');
    const koeln = (await search('Koeln strasse')).items[0]!;
    expect(koeln.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['Köln', 'Straße']);
  });

  it('maps folded hits back onto the original text', () => {
    const h = highlight('Er traf Herrn Müller in der Straße.', parseQuery('mueller strasse'));
    expect(h.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['Müller', 'Straße']);
    expect(h.firstHit).toBe('Er traf Herrn '.length);
  });
});

describe('what is indexed, and keeping it current', () => {
  it('covers excerpts, claims and briefings, filters by kind, and stays consistent through updates and deletes', async () => {
    const { core, search, ids, labels } = await searchCase();
    const excerpt = await ok<{ id: string }>(core, 'excerpts.create', {
      sourceId: ids.koeln,
      quote: 'Größe der Einheit',
      comment: 'Unklar, ob Bataillon',
    });
    const claim = await ok<{ id: string }>(core, 'analysis.create', {
      kind: 'claim',
      text: 'Das Bataillon ist vollständig',
    });
    const briefing = await ok<{ id: string }>(core, 'briefings.create', { title: 'Lage Bataillon' });
    expect((await labels('Bataillon')).sort()).toEqual([
      'analytic:Das Bataillon ist vollständig',
      'briefing:Lage Bataillon',
      'excerpt:Größe der Einheit',
    ]);
    expect(await labels('Bataillon', { kinds: ['excerpt'] })).toEqual(['excerpt:Größe der Einheit']);
    expect(await labels('Einheit', { languages: ['en'] })).toEqual([]);

    await ok(core, 'excerpts.update', { excerptId: excerpt.id, patch: { comment: 'Kompanie' } });
    await ok(core, 'analysis.update', { id: claim.id, patch: { text: 'Die Kompanie ist vollständig' } });
    await ok(core, 'briefings.delete', { id: briefing.id });
    expect(await labels('Bataillon')).toEqual([]);
    expect((await labels('Kompanie')).length).toBe(2);
    await ok(core, 'excerpts.delete', { excerptId: excerpt.id });
    await ok(core, 'sources.delete', { sourceId: ids.koeln });
    expect(await labels('Köln')).toEqual([]);
    expect(await ok(core, 'search.check', {})).toEqual({ ok: true, problems: [] });
    expect((await search('Kompanie')).total).toBe(1);
  });

  it('builds the index for a case opened without one, and saves searches', async () => {
    const { core, path } = await searchCase();
    await ok(core, 'searches.save', { name: 'Köln', query: 'Köln', filters: { kinds: ['source'] } });
    const saved = await ok<{ name: string; filters: object }[]>(core, 'searches.list', {});
    expect(saved).toMatchObject([{ name: 'Köln', filters: { kinds: ['source'] } }]);
    await ok(core, 'case.close');
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path);
    db.exec(
      `DELETE FROM search_state; DELETE FROM search_doc; INSERT INTO search_fts (search_fts) VALUES ('delete-all');`,
    );
    db.close();
    await ok(core, 'case.open', { path });
    expect((await ok<SearchOutput>(core, 'search.query', { query: 'Köln' })).total).toBe(1);
    expect(await ok(core, 'search.check', {})).toEqual({ ok: true, problems: [] });
  });
});

describe('workbench search', () => {
  it('prints ranked hits with bracketed snippets, and JSON with --json and --limit', async () => {
    const { core, path } = await searchCase();
    await ok(core, 'case.close');
    const { workbench } = await import('../helpers/cli');
    const human = workbench(['search', path, 'Koeln']);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain('[Köln]');
    expect(human.stdout).toContain('1 hit(s).');
    const json = JSON.parse(workbench(['search', path, 'der', '--json', '--limit', '1']).stdout) as SearchOutput;
    expect(json.items).toHaveLength(1);
    expect(json.total).toBe(2);
    expect(workbench(['search', path]).code).toBe(2);
  });
});
