import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CaseInfo } from '../../shared/domain/case';
import type { Excerpt } from '../../shared/domain/excerpt';
import type { SourceSummary } from '../../shared/domain/source';
import { CASE_APPLICATION_ID } from '../../electron/core/db/header';
import { migrate, schemaVersion } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { fails, ok, tempDir, testCore } from '../helpers/tempDirs';

const TEXT = 'Die Behörde in Köln äußerte sich nicht zur Größe der Einheit.';
const SOURCE_ID = 'src_aaaaaaaaaaaaaaaa';

/** A case file exactly as schema version 2 left it: a case, a rated and tagged source with its version and original. */
function writeV2Case(path: string): void {
  const db = new Database(path);
  db.pragma(`application_id = ${CASE_APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  migrate(db, MIGRATIONS.slice(0, 2));
  db.prepare(
    `INSERT INTO case_meta (id, case_id, title, tlp, created_at, updated_at)
     VALUES (1, 'case_aaaaaaaaaaaaaaaa', 'Altfall mit Quellen', 'TLP:GREEN', 10, 20)`,
  ).run();
  const bytes = Buffer.from(TEXT, 'utf8');
  const sha = createHash('sha256').update(bytes).digest('hex');
  db.prepare('INSERT INTO source_blob (sha256, size_bytes, data) VALUES (?, ?, ?)').run(sha, bytes.length, bytes);
  db.prepare(
    `INSERT INTO source (id, title, title_sort, language, tlp, reliability, current_version, imported_at, updated_at)
     VALUES (?, 'Behörde schweigt', 'behorde schweigt', 'de', 'TLP:GREEN', 'B', 1, 30, 40)`,
  ).run(SOURCE_ID);
  db.prepare(
    `INSERT INTO source_version (source_id, version, blob_sha256, file_name, media_type, format, encoding, text,
       char_count, blocks, pages, metadata, imported_at)
     VALUES (?, 1, ?, 'alt.txt', 'text/plain', 'text', 'utf-8', ?, ?, ?, NULL, '{}', 30)`,
  ).run(SOURCE_ID, sha, TEXT, TEXT.length, JSON.stringify([{ kind: 'paragraph', start: 0, end: TEXT.length }]));
  db.prepare("INSERT INTO source_tag (source_id, position, tag) VALUES (?, 0, 'Köln')").run(SOURCE_ID);
  db.prepare(
    `INSERT INTO audit_log (at, entity_type, entity_id, field, old_value, new_value, reason)
     VALUES (35, 'source', ?, 'reliability', NULL, 'B', 'Amtliche Stelle')`,
  ).run(SOURCE_ID);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

describe('migration 003 (excerpts)', () => {
  it('migrates a version-2 case with sources to the latest version, keeping every row; its sources take excerpts', async () => {
    const path = join(tempDir(), 'alt.wbcase');
    writeV2Case(path);
    const { core } = testCore();
    const info = await ok<CaseInfo>(core, 'case.open', { path });
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const sources = await ok<{ items: SourceSummary[] }>(core, 'sources.list', {});
    expect(sources.items).toMatchObject([
      { id: SOURCE_ID, title: 'Behörde schweigt', reliability: 'B', tags: ['Köln'], excerptCount: 0 },
    ]);
    const start = TEXT.indexOf('äußerte');
    const excerpt = await ok<Excerpt>(core, 'excerpts.create', { sourceId: SOURCE_ID, start, end: start + 7 });
    expect(excerpt).toMatchObject({ quote: 'äußerte', version: 1, blockIndex: 0, status: 'anchored' });
    expect((await fails(core, 'sources.delete', { sourceId: SOURCE_ID })).code).toBe('IN_USE');
    await ok(core, 'case.close');

    const db = new Database(path, { readonly: true });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT field, new_value, reason FROM audit_log').all()).toEqual([
      { field: 'reliability', new_value: 'B', reason: 'Amtliche Stelle' },
    ]);
    expect(db.prepare('SELECT count(*) FROM excerpt').pluck().get()).toBe(1);
    db.close();
  });

  it('creates the excerpt tables empty, in the same transaction as the version', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(migrate(db, MIGRATIONS.slice(0, 3))).toEqual({ from: 2, to: 3 });
    for (const table of ['excerpt', 'excerpt_tag', 'excerpt_anchor_history']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    db.close();
  });

  it('the schema itself refuses an excerpt without a range unless it is an orphan, and a source it cites cannot vanish', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS);
    const insert = (status: string, start: number | null, end: number | null) =>
      db
        .prepare(
          `INSERT INTO excerpt (id, source_id, quote, version, status, start_offset, end_offset, created_at, updated_at)
           VALUES ('exc_aaaaaaaaaaaaaaaa', ?, 'x', 1, ?, ?, ?, 1, 1)`,
        )
        .run(SOURCE_ID, status, start, end);
    db.prepare(`INSERT INTO source_blob (sha256, size_bytes, data) VALUES (?, 1, x'00')`).run('a'.repeat(64));
    db.prepare(`INSERT INTO source (id, current_version, imported_at, updated_at) VALUES (?, 1, 1, 1)`).run(SOURCE_ID);
    db.prepare(
      `INSERT INTO source_version (source_id, version, blob_sha256, file_name, media_type, format, text, char_count,
         blocks, metadata, imported_at) VALUES (?, 1, ?, 'a', 'text/plain', 'text', 'x', 1, '[]', '{}', 1)`,
    ).run(SOURCE_ID, 'a'.repeat(64));
    expect(() => insert('anchored', null, null)).toThrow(/CHECK/);
    expect(() => insert('orphan', 0, 1)).toThrow(/CHECK/);
    expect(() => insert('anchored', 3, 2)).toThrow(/CHECK/);
    insert('anchored', 0, 1);
    expect(() => db.prepare('DELETE FROM source WHERE id = ?').run(SOURCE_ID)).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
