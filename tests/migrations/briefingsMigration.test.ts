import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';

describe('migration 005 (briefings)', () => {
  it('adds the briefing tables empty, and the schema refuses documents that are not JSON', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(migrate(db, MIGRATIONS.slice(0, 5))).toEqual({ from: 4, to: 5 });
    for (const table of ['briefing', 'briefing_ref']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    const insert = (doc: string, template = 'standard') =>
      db
        .prepare(
          `INSERT INTO briefing (id, title, template, doc, doc_version, created_at, updated_at)
           VALUES ('brf_aaaaaaaaaaaaaaaa', 'Lage', ?, ?, 1, 1, 1)`,
        )
        .run(template, doc);
    expect(() => insert('{not json')).toThrow(/CHECK/);
    expect(() => insert('{}', 'memo')).toThrow(/CHECK/);
    insert('{"type":"doc","content":[{"type":"paragraph"}]}');
    db.prepare(
      `INSERT INTO briefing_ref (briefing_id, kind, ref_id) VALUES ('brf_aaaaaaaaaaaaaaaa', 'excerpt', 'exc_x')`,
    ).run();
    db.prepare(`DELETE FROM briefing`).run();
    expect(db.prepare('SELECT count(*) FROM briefing_ref').pluck().get()).toBe(0);
    db.close();
  });
});
