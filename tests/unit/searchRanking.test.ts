/**
 * How search ranks and counts at scale (issue 10): the index's rowids lie in one band per kind,
 * so counts and the kind filter need no join; the newest matches (a window, 2,000 in the core,
 * a few here) are ranked for the first pages and the older rest after them, every match once;
 * and an index from before the bands is moved into them when the case opens, without a rebuild.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SearchOutput } from '../../shared/contract/search';
import { fold } from '../../electron/core/domains/search/fold';
import { BAND, bandOf, textOf, type SearchKind } from '../../electron/core/domains/search/indexer';
import { runSearch } from '../../electron/core/domains/search/search';
import { file } from '../fixtures/sources/build';
import { caseWithCore, importOk } from '../fixtures/sources/caseHelpers';
import { ok } from '../helpers/tempDirs';

/** Sources that all mention "Lage", some more often (so their bm25 differs), plus an excerpt and a claim. */
async function rankingCase() {
  const { core, path } = await caseWithCore('Rangfolge');
  const first = await importOk(core, file('q0.txt', 'Die Lage an der Grenze.'));
  // An excerpt before the other sources: sources indexed after it must still get rowids in their own band.
  await ok(core, 'excerpts.create', { sourceId: first.result.sourceId, quote: 'Lage an der Grenze' });
  await ok(core, 'analysis.create', { kind: 'claim', text: 'Die Lage ist ruhig' });
  const counts = [3, 1, 5, 2, 4, 1, 6];
  for (const [i, n] of counts.entries()) {
    await importOk(core, file(`q${i + 1}.txt`, `Bericht ${i + 1}. ${'Die Lage bleibt angespannt. '.repeat(n)}Ende.`));
  }
  const db = new Database(path);
  return { core, path, db, matches: 2 + 1 + counts.length };
}

const ids = (r: SearchOutput) => r.items.map((i) => `${i.kind}:${i.id}`);

/** Every match ranked by bm25 as FTS5 would rank it on its own (title 8×), best first, ties newest first. */
function exactOrder(db: Database.Database, fts: string, where = ''): string[] {
  return (
    db
      .prepare(
        `SELECT d.kind, d.ref_id FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid
         WHERE search_fts MATCH ? ${where} ORDER BY bm25(search_fts, 8.0, 1.0), f.rowid DESC`,
      )
      .all(fts) as { kind: string; ref_id: string }[]
  ).map((r) => `${r.kind}:${r.ref_id}`);
}

describe('kind bands', () => {
  it('keeps every kind in its rowid band, whatever order things are created in', async () => {
    const { core, db } = await rankingCase();
    await ok(core, 'briefings.create', { title: 'Lagebild' });
    const rows = db.prepare('SELECT kind, rowid FROM search_doc').all() as { kind: SearchKind; rowid: number }[];
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['source', 'excerpt', 'analytic', 'briefing']));
    for (const { kind, rowid } of rows) {
      const { from, to } = bandOf(kind);
      expect(rowid >= from && rowid < to, `${kind} ${rowid}`).toBe(true);
    }
    expect(await ok(core, 'search.check', {})).toEqual({ ok: true, problems: [] });
    const r = await ok<SearchOutput>(core, 'search.query', { query: 'Lage' });
    expect(r.counts).toEqual({ source: 8, excerpt: 1, analytic: 1, briefing: 0 });
    const two = await ok<SearchOutput>(core, 'search.query', { query: 'Lage', kinds: ['excerpt', 'analytic'] });
    expect(two.total).toBe(2);
    expect(two.items.map((i) => i.kind).sort()).toEqual(['analytic', 'excerpt']);
  });

  it('finds a check problem when a row sits outside its band', async () => {
    const { core, db } = await rankingCase();
    db.prepare(`UPDATE search_doc SET rowid = rowid + ? WHERE kind = 'analytic'`).run(BAND);
    const check = await ok<{ ok: boolean; problems: string[] }>(core, 'search.check', {});
    expect(check.ok).toBe(false);
    expect(check.problems.join(' ')).toMatch(/analytic entr\(ies\) outside their rowid band/);
  });
});

describe('ranking window', () => {
  it('ranks exactly by bm25 while the matches fit the window', async () => {
    const { db, matches } = await rankingCase();
    const r = runSearch(db, { query: 'Lage', limit: 50, offset: 0 }, 100);
    expect(r.total).toBe(matches);
    expect(r.rankedWithin).toBeNull();
    expect(ids(r)).toEqual(exactOrder(db, '"lage"'));
    // Scores come out best first.
    const scores = r.items.map((i) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('ranks the newest matches first and the rest after them, each match exactly once across pages', async () => {
    const { db, matches } = await rankingCase();
    const window = 4;
    const newest = (
      db
        .prepare(`SELECT rowid FROM search_fts WHERE search_fts MATCH '"lage"' ORDER BY rowid DESC LIMIT ?`)
        .pluck()
        .all(window) as number[]
    ).at(-1)!;
    const expected = [
      ...exactOrder(db, '"lage"', `AND f.rowid >= ${newest}`),
      ...exactOrder(db, '"lage"', `AND f.rowid < ${newest}`),
    ];
    // The data is such that the window matters: ranking all matches at once gives another order.
    expect(expected).not.toEqual(exactOrder(db, '"lage"'));
    const first = runSearch(db, { query: 'Lage', limit: 50, offset: 0 }, window);
    expect(ids(first)).toEqual(expected);
    // The answer says so, for the UI to tell the analyst.
    expect(first.rankedWithin).toBe(window);
    // The analyst's own excerpt and claim lie above the sources' band: always in the window.
    expect(expected.slice(0, window).filter((k) => !k.startsWith('source:'))).toHaveLength(2);
    for (const limit of [1, 3, 5]) {
      const paged: string[] = [];
      for (let offset = 0; offset < matches; offset += limit) {
        const page = runSearch(db, { query: 'Lage', limit, offset }, window);
        expect(page.total).toBe(matches);
        paged.push(...ids(page));
      }
      expect(paged, `pages of ${limit}`).toEqual(expected);
    }
  });

  it('applies the window within the kinds asked for', async () => {
    const { db } = await rankingCase();
    const r = runSearch(db, { query: 'Lage', kinds: ['source'], limit: 50, offset: 0 }, 3);
    expect(r.total).toBe(8);
    expect(r.items.every((i) => i.kind === 'source')).toBe(true);
    const newestThree = db
      .prepare(`SELECT ref_id FROM search_doc WHERE kind = 'source' ORDER BY rowid DESC LIMIT 3`)
      .pluck()
      .all() as string[];
    expect(
      r.items
        .slice(0, 3)
        .map((i) => i.id)
        .sort(),
    ).toEqual([...newestThree].sort());
  });
});

describe('an index from before the bands', () => {
  it('moves excerpts, claims and briefings into their bands when the case opens, keeping the sources', async () => {
    const { core, path, db } = await rankingCase();
    await ok(core, 'briefings.create', { title: 'Lagebild' });
    const before = await ok<SearchOutput>(core, 'search.query', { query: 'Lage', limit: 50 });
    await ok(core, 'case.close');
    // The old layout: every row numbered in one sequence in the order it was indexed, version 1;
    // here the excerpt, claim and briefing first, so that a rebuild would number the sources anew.
    const things = db
      .prepare(`SELECT kind, ref_id, source_id FROM search_doc ORDER BY kind = 'source', rowid`)
      .all() as { kind: SearchKind; ref_id: string; source_id: string | null }[];
    db.transaction(() => {
      db.exec(`DELETE FROM search_doc; INSERT INTO search_fts (search_fts) VALUES ('delete-all')`);
      for (const [i, t] of things.entries()) {
        const text = textOf(db, t.kind, t.ref_id)!;
        db.prepare('INSERT INTO search_doc (rowid, kind, ref_id, source_id) VALUES (?, ?, ?, ?)').run(
          i + 1,
          t.kind,
          t.ref_id,
          t.source_id,
        );
        db.prepare('INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)').run(
          i + 1,
          fold(text.title),
          fold(text.body),
        );
      }
      db.exec('UPDATE search_state SET fold_version = 1');
    })();
    const sourceRowids = db.prepare(`SELECT ref_id, rowid FROM search_doc WHERE kind = 'source'`).all();
    expect(db.prepare(`SELECT min(rowid) FROM search_doc WHERE kind = 'source'`).pluck().get()).toBe(4);

    await ok(core, 'case.open', { path });
    expect(db.prepare('SELECT fold_version FROM search_state').pluck().get()).toBe(2);
    expect(db.prepare(`SELECT ref_id, rowid FROM search_doc WHERE kind = 'source'`).all()).toEqual(sourceRowids);
    expect(await ok(core, 'search.check', {})).toEqual({ ok: true, problems: [] });
    const after = await ok<SearchOutput>(core, 'search.query', { query: 'Lage', limit: 50 });
    expect(after.counts).toEqual(before.counts);
    expect(ids(after).sort()).toEqual(ids(before).sort());
  });
});
