/**
 * A process the migration-kill test SIGKILLs mid-migration. It opens a case
 * file as the core does (same pragmas) and runs the real `migrate` with the
 * app's migrations plus one test migration that creates tables, rewrites rows
 * and alters a table inside the transaction, printing its progress; in `hang`
 * mode it then spins forever inside the transaction, in `finish` mode it ends.
 *
 * Usage: node --import tsx migrationWorker.ts CASE hang|finish
 */
import { writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrate, type Migration } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { applyConnectionPragmas } from '../../electron/core/db/open';

const [path, mode] = process.argv.slice(2);
const say = (value: object) => writeSync(1, `${JSON.stringify(value)}\n`);

const slow: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'hardening test: a long migration',
  up(db) {
    db.exec('CREATE TABLE hardening_probe (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT');
    const insert = db.prepare('INSERT INTO hardening_probe (payload) VALUES (?)');
    for (let i = 1; i <= 20_000; i++) {
      // Large enough that the transaction spills pages into the WAL before it commits.
      insert.run(`Zeile ${i} `.padEnd(300, 'ß'));
      if (i % 2000 === 0) say({ progress: i });
    }
    db.exec('CREATE TABLE hardening_probe_copy AS SELECT * FROM hardening_probe');
    db.exec("ALTER TABLE case_meta ADD COLUMN hardening_flag TEXT NOT NULL DEFAULT 'x'");
    db.exec('CREATE INDEX hardening_probe_payload ON hardening_probe (payload)');
    say({ inside: true });
    if (mode === 'hang') for (;;) db.prepare('SELECT count(*) FROM hardening_probe').get();
  },
};

const db = new Database(path!, { fileMustExist: true });
applyConnectionPragmas(db);
say({ started: true, from: db.pragma('user_version', { simple: true }) });
const result = migrate(db, [...MIGRATIONS, slow]);
db.close();
say({ done: result });
