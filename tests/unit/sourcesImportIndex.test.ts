import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SearchOutput } from '../../shared/contract/search';
import { ok } from '../helpers/tempDirs';
import { file } from '../fixtures/sources/build';
import { caseWithCore, importFiles } from '../fixtures/sources/caseHelpers';

/**
 * A batch indexes its sources after the per-file savepoints (one FTS5 flush per
 * batch, not per file). The index must still hold exactly the files that were
 * written: not the one that failed, not a duplicate twice, and new versions
 * replace their source's entry.
 */
describe('sources: a batch import keeps the search index exact', () => {
  it('indexes the written files of a batch with a failure and a duplicate in it, and nothing else', async () => {
    const { core } = await caseWithCore();
    const results = await importFiles(core, [
      file('eins.txt', 'Die Hafenbehörde von Velmar meldet Drohnen über dem Kai.'),
      file('leer.txt', '   \n  '),
      file('zwei.txt', 'Der Zoll in Velmar bestätigt die Sichtungen nicht.'),
      file('eins-kopie.txt', 'Die Hafenbehörde von Velmar meldet Drohnen über dem Kai.'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['imported', 'failed', 'imported', 'duplicate']);
    const hits = await ok<SearchOutput>(core, 'search.query', { query: 'Velmar', limit: 20, offset: 0 });
    expect(hits.total).toBe(2);
    expect(new Set(hits.items.map((h) => h.id))).toEqual(new Set([results[0]!.sourceId, results[2]!.sourceId]));
    expect(await ok(core, 'search.check', {})).toEqual({ ok: true, problems: [] });
  });

  it('a new version in a batch replaces its source in the index', async () => {
    const { core } = await caseWithCore();
    const [v1] = await importFiles(core, [file('bericht.txt', 'Lagebericht\n\nErste Fassung: an der Grenze ruhig.')]);
    await importFiles(core, [file('bericht-2.txt', 'Lagebericht\n\nZweite Fassung: Schüsse an der Grenze gemeldet.')], {
      asNewVersionOf: v1!.sourceId,
    });
    const old = await ok<SearchOutput>(core, 'search.query', { query: 'ruhig', limit: 20, offset: 0 });
    const now = await ok<SearchOutput>(core, 'search.query', { query: 'Schüsse', limit: 20, offset: 0 });
    expect(old.total).toBe(0);
    expect(now.items.map((h) => h.id)).toEqual([v1!.sourceId]);
    expect(await ok(core, 'search.check', {})).toEqual({ ok: true, problems: [] });
  });

  it('indexes new sources exactly as a rebuild from the case does (every term, column and position)', async () => {
    const { core, path } = await caseWithCore();
    const html = (t: string, author: string) =>
      `<!doctype html><html lang="de"><head><title>${t}</title><meta name="author" content="${author}">` +
      `<meta property="og:site_name" content="Der Kurier"></head><body><article><h1>${t}</h1>` +
      `<p>Die Straße nach Müllheim ist gesperrt; ÆØÅ, Σίσυφος und 𝜮 stehen auch da.</p></article></body></html>`;
    await importFiles(core, [
      file('lage.txt', 'Lagebericht Öl\n\nDie Behörde in Köln bestätigt: „Grüße“ – Mueller und Müller.'),
      file('seite.html', html('Hafen in Velmar', 'Jürgen Weiß'), 'text/html'),
      file('notiz.md', '# Überblick\n\nStraßensperre bei **Aue**.'),
    ]);
    const instances = () => {
      const db = new Database(path, { readonly: true });
      try {
        db.exec(`CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'search_fts', 'instance')`);
        return db
          .prepare(
            `SELECT d.ref_id AS ref, v.term, v.col, v.offset FROM temp.v v JOIN search_doc d ON d.rowid = v.doc
             ORDER BY ref, col, offset, term`,
          )
          .all();
      } finally {
        db.close();
      }
    };
    const bulk = instances();
    expect(bulk.length).toBeGreaterThan(30);
    await ok(core, 'search.rebuild', {});
    expect(instances()).toEqual(bulk);
  });
});
