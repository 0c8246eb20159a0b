import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CaseInfo } from '../../shared/domain/case';
import { CASE_APPLICATION_ID } from '../../electron/core/db/header';
import { migrate, schemaVersion } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { ok, tempDir, testCore } from '../helpers/tempDirs';

const SOURCE_ID = 'src_aaaaaaaaaaaaaaaa';
const EXCERPT_ID = 'exc_aaaaaaaaaaaaaaaa';
const TEXT = 'Das wurde bisher nur von einer einzigen Geheimdienstquelle bestätigt.';

/** A case file as schema version 3 left it: a source with an excerpt. */
function writeV3Case(path: string): void {
  const db = new Database(path);
  db.pragma(`application_id = ${CASE_APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  migrate(db, MIGRATIONS.slice(0, 3));
  db.prepare(
    `INSERT INTO case_meta (id, case_id, title, tlp, created_at, updated_at)
     VALUES (1, 'case_aaaaaaaaaaaaaaaa', 'Altfall', 'TLP:GREEN', 10, 20)`,
  ).run();
  db.prepare(`INSERT INTO source_blob (sha256, size_bytes, data) VALUES (?, 1, x'00')`).run('a'.repeat(64));
  db.prepare(
    `INSERT INTO source (id, title, reliability, current_version, imported_at, updated_at)
     VALUES (?, 'Agentur', 'C', 1, 1, 1)`,
  ).run(SOURCE_ID);
  db.prepare(
    `INSERT INTO source_version (source_id, version, blob_sha256, file_name, media_type, format, text, char_count,
       blocks, metadata, imported_at) VALUES (?, 1, ?, 'a.txt', 'text/plain', 'text', ?, ?, '[]', '{}', 1)`,
  ).run(SOURCE_ID, 'a'.repeat(64), TEXT, TEXT.length);
  db.prepare(
    `INSERT INTO excerpt (id, source_id, quote, version, status, start_offset, end_offset, created_at, updated_at)
     VALUES (?, ?, 'einzigen Geheimdienstquelle', 1, 'anchored', 31, 58, 2, 2)`,
  ).run(EXCERPT_ID, SOURCE_ID);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

describe('migration 004 (analysis)', () => {
  it('migrates a version-3 case to the latest version, keeping its sources and excerpts, which then take evidence links', async () => {
    const path = join(tempDir(), 'alt.wbcase');
    writeV3Case(path);
    const { core } = testCore();
    expect((await ok<CaseInfo>(core, 'case.open', { path })).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const claim = await ok<{ id: string }>(core, 'analysis.create', { kind: 'claim', text: 'Sechs Offiziere getötet' });
    const ev = await ok<{ grade: string; originId: string }>(core, 'evidence.add', {
      excerptId: EXCERPT_ID,
      targetId: claim.id,
      credibility: '3',
      reason: 'Nur eine Quelle',
    });
    expect(ev).toMatchObject({ grade: 'C3', originId: SOURCE_ID });
    await ok(core, 'case.close');
    const db = new Database(path, { readonly: true });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT derived_from_id FROM source').pluck().all()).toEqual([null]);
    expect(db.prepare('SELECT quote FROM excerpt').pluck().all()).toEqual(['einzigen Geheimdienstquelle']);
    db.close();
  });

  it('creates the analysis tables empty in the same transaction, and the schema refuses ratings on unrated kinds', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(migrate(db, MIGRATIONS.slice(0, 4))).toEqual({ from: 3, to: 4 });
    for (const table of ['analytic_object', 'analytic_tag', 'analytic_link', 'evidence', 'check_ack', 'ach_cell']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    const insert = (kind: string, confidence: string | null, gap: string | null) =>
      db
        .prepare(
          `INSERT INTO analytic_object (id, kind, text, confidence, gap_status, created_at, updated_at)
           VALUES ('clm_aaaaaaaaaaaaaaaa', ?, 'x', ?, ?, 1, 1)`,
        )
        .run(kind, confidence, gap);
    expect(() => insert('assumption', 'high', null)).toThrow(/CHECK/);
    expect(() => insert('gap', null, null)).toThrow(/CHECK/);
    expect(() => insert('claim', null, 'open')).toThrow(/CHECK/);
    insert('judgment', 'high', null);
    db.close();
  });
});
