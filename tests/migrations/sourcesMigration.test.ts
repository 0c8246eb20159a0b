import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CaseInfo } from '../../shared/domain/case';
import { CASE_APPLICATION_ID } from '../../electron/core/db/header';
import { migrate, schemaVersion } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { ok, tempDir, testCore } from '../helpers/tempDirs';
import { file } from '../fixtures/sources/build';
import { importFiles } from '../fixtures/sources/caseHelpers';

/** A case file exactly as version 1 of the schema left it, with rows in every table. */
function writeV1Case(path: string): void {
  const db = new Database(path);
  db.pragma(`application_id = ${CASE_APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  migrate(db, MIGRATIONS.slice(0, 1));
  db.prepare(
    `INSERT INTO case_meta (id, case_id, title, question, author, tlp, created_at, updated_at)
     VALUES (1, 'case_aaaaaaaaaaaaaaaa', 'Altfall „Grenze“', 'Wer? Wo?', 'Jürgen', 'TLP:GREEN', 10, 20)`,
  ).run();
  db.prepare("INSERT INTO key_question (id, position, text) VALUES ('kiq_aaaaaaaaaaaaaaaa', 0, 'Seit wann?')").run();
  db.prepare(
    `INSERT INTO audit_log (at, entity_type, entity_id, field, old_value, new_value, reason)
     VALUES (15, 'case', 'case_aaaaaaaaaaaaaaaa', 'tlp', 'TLP:AMBER', 'TLP:GREEN', '')`,
  ).run();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

describe('migration 002 (sources)', () => {
  it('migrates a version-1 case file with rows to version 2, keeping every row', async () => {
    const path = join(tempDir(), 'alt.wbcase');
    writeV1Case(path);
    const { core } = testCore();
    const info = await ok<CaseInfo>(core, 'case.open', { path });
    expect(info).toMatchObject({ title: 'Altfall „Grenze“', question: 'Wer? Wo?', author: 'Jürgen', tlp: 'TLP:GREEN' });
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(info.keyQuestions).toEqual([{ id: 'kiq_aaaaaaaaaaaaaaaa', text: 'Seit wann?' }]);
    // The migrated case takes sources at once, marked like the case.
    const [result] = await importFiles(core, [file('neu.txt', 'Eine neue Quelle in einem alten Fall.')]);
    expect(result!.status).toBe('imported');
    await ok(core, 'case.close');

    const db = new Database(path, { readonly: true });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT field, old_value, new_value FROM audit_log ORDER BY id').all()).toEqual([
      { field: 'tlp', old_value: 'TLP:AMBER', new_value: 'TLP:GREEN' },
    ]);
    expect(db.prepare('SELECT tlp FROM source').pluck().all()).toEqual(['TLP:GREEN']);
    db.close();
  });

  it('creates the sources tables empty on an existing database, in the same transaction as the version', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(migrate(db, MIGRATIONS.slice(0, 2))).toEqual({ from: 1, to: 2 });
    for (const table of ['source', 'source_version', 'source_blob', 'source_tag']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    db.close();
  });
});
