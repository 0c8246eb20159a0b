import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion, type Migration } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { buildNewCaseDatabase } from '../../electron/core/db/open';
import { tempDir } from '../helpers/tempDirs';

const SNAPSHOT = join(import.meta.dirname, 'schema.snapshot.sql');

/** The schema as SQLite stores it, in a stable order. */
function dumpSchema(db: Database.Database): string {
  const rows = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as { type: string; name: string; sql: string }[];
  return `-- user_version ${schemaVersion(db)}\n${rows.map((r) => `${r.sql};`).join('\n\n')}\n`;
}

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('produce the committed schema snapshot (update it deliberately with UPDATE_SCHEMA_SNAPSHOT=1)', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    const schema = dumpSchema(db);
    db.close();
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') writeFileSync(SNAPSHOT, schema);
    expect(existsSync(SNAPSHOT), 'schema.snapshot.sql is committed').toBe(true);
    expect(schema).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });

  it('a failing migration leaves the old schema and version, never a mix', () => {
    const path = join(tempDir(), 'mig.wbcase');
    const db = new Database(path);
    migrate(db, MIGRATIONS);
    db.prepare(
      "INSERT INTO case_meta (id, case_id, title, created_at, updated_at) VALUES (1, 'case_aaaaaaaaaaaaaaaa', 'Alt', 1, 1)",
    ).run();
    const before = dumpSchema(db);
    const broken: Migration[] = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'adds a table, then fails',
        up(d) {
          d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
          d.exec("UPDATE case_meta SET title = 'changed'");
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(dumpSchema(db)).toBe(before);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT title FROM case_meta').pluck().get()).toBe('Alt');
    db.close();
  });

  it('a pending migration runs on old-shape rows and keeps them', () => {
    const path = join(tempDir(), 'old.wbcase');
    const db = new Database(path);
    migrate(db, MIGRATIONS);
    db.prepare(
      "INSERT INTO case_meta (id, case_id, title, question, created_at, updated_at) VALUES (1, 'case_bbbbbbbbbbbbbbbb', 'Grenzlage', 'Wer? Wo?', 5, 6)",
    ).run();
    const next: Migration[] = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'example: adds a column with a default',
        up(d) {
          d.exec("ALTER TABLE case_meta ADD COLUMN summary TEXT NOT NULL DEFAULT ''");
        },
      },
    ];
    expect(migrate(db, next)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION + 1 });
    expect(db.prepare('SELECT title, question, summary FROM case_meta').get()).toEqual({
      title: 'Grenzlage',
      question: 'Wer? Wo?',
      summary: '',
    });
    db.close();
  });

  it('refuses a database newer than the app', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    expect(() => migrate(db, MIGRATIONS)).toThrow(/newer version/);
    db.close();
  });

  it('builds a new case file with every table STRICT', () => {
    const path = join(tempDir(), 'strict.wbcase');
    buildNewCaseDatabase(path, () => undefined);
    const db = new Database(path, { readonly: true });
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(0);
    // FTS5's virtual table and the shadow tables SQLite makes for it cannot be STRICT; they hold derived data only.
    const fts = (t: { name: string; sql: string }) =>
      /^CREATE VIRTUAL TABLE/.test(t.sql) || /^search_fts_/.test(t.name);
    expect(tables.filter(fts).map((t) => t.name)).toEqual(expect.arrayContaining(['search_fts', 'search_fts_data']));
    for (const t of tables.filter((x) => !fts(x))) expect(t.sql, t.name).toMatch(/\)\s*STRICT$/);
    db.close();
  });
});
