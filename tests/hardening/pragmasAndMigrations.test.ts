import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CASE_APPLICATION_ID } from '../../electron/core/db/header';
import { migrate } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { applyConnectionPragmas, observeConnections, type ConnectionPurpose } from '../../electron/core/db/open';
import { peekCaseInfo } from '../../electron/core/domains/case/caseSession';
import { backupCommand } from '../../electron/cli/commands/backup';
import type { BackupInfo } from '../../shared/contract/backup';
import { file } from '../fixtures/sources/build';
import { ok, tempDir, testCore } from '../helpers/tempDirs';

const ROOT = join(import.meta.dirname, '..', '..');

describe('synchronous=FULL on every connection', () => {
  it('every connection the core opens is at synchronous=FULL until it closes, whatever it did', async () => {
    const seen: { purpose: ConnectionPurpose; synchronous: number; journal: string }[] = [];
    const stop = observeConnections((db, purpose) => {
      const close = db.close.bind(db);
      // Read at the end of the connection's life: SQLite applies its WAL default (NORMAL) lazily, on first use.
      db.close = () => {
        seen.push({
          purpose,
          synchronous: db.pragma('synchronous', { simple: true }) as number,
          journal: db.pragma('journal_mode', { simple: true }) as string,
        });
        return close();
      };
    });
    try {
      const { core, dir } = testCore();
      const path = join(dir, 'sync.wbcase');
      await ok(core, 'case.create', { path, title: 'Sync' });
      await ok(core, 'sources.import', { files: [file('a.txt', 'Sechs Offiziere sollen getötet worden sein.')] });
      await ok(core, 'case.close');
      await ok(core, 'case.open', { path }); // reopens a closed (rollback-mode) file in WAL mode, makes the open backup
      await ok(core, 'case.update', { patch: { question: 'Wie viele?' } });
      const backup = await ok<BackupInfo>(core, 'case.backup');
      await ok(core, 'case.restoreBackup', { backupPath: backup.path, path: join(dir, 'restored.wbcase') });
      peekCaseInfo(path);
      const log = console.log;
      console.log = () => undefined;
      try {
        expect(backupCommand(path, { out: join(dir, 'cli-copy.wbcase'), json: true })).toBe(0);
      } finally {
        console.log = log;
      }
      await ok(core, 'case.close');
    } finally {
      stop();
    }
    expect(new Set(seen.map((s) => s.purpose))).toEqual(new Set(['create', 'case', 'read-only', 'backup']));
    expect(seen.length).toBeGreaterThanOrEqual(8);
    for (const s of seen) expect(s, JSON.stringify(s)).toMatchObject({ synchronous: 2 });
    // The writer's connections end in rollback mode (a clean close leaves the header saying so,
    // journalState.ts); the copies a backup checks are plain rollback files too.
    for (const s of seen.filter((x) => x.purpose === 'case' || x.purpose === 'create'))
      expect(s.journal).toBe('delete');
  });

  it('SQLite itself would reopen a WAL case at NORMAL: the setting is ours, not the file’s', () => {
    const path = join(tempDir(), 'plain.wbcase');
    const db = new Database(path);
    applyConnectionPragmas(db);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const raw = new Database(path);
    raw.prepare('SELECT count(*) FROM t').get();
    expect(raw.pragma('synchronous', { simple: true })).toBe(1);
    raw.close();
  });
});

function schemaOf(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      userVersion: db.pragma('user_version', { simple: true }) as number,
      schema: db
        .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
        .all(),
      caseMetaColumns: (db.prepare("SELECT name FROM pragma_table_info('case_meta')").all() as { name: string }[]).map(
        (c) => c.name,
      ),
    };
  } finally {
    db.close();
  }
}

function caseAtVersion(version: number): string {
  const path = join(tempDir(), `v${version}.wbcase`);
  const db = new Database(path);
  db.pragma(`application_id = ${CASE_APPLICATION_ID}`);
  applyConnectionPragmas(db);
  migrate(db, MIGRATIONS.slice(0, version));
  db.prepare(
    `INSERT INTO case_meta (id, case_id, title, question, author, tlp, handling, likelihood_scale, language, created_at, updated_at)
     VALUES (1, 'case_0000000000000001', 'Migration', '', '', 'TLP:AMBER', '', 'ICD203', 'de', 0, 0)`,
  ).run();
  db.close();
  return path;
}

/** Runs the migration worker and SIGKILLs it at the chosen point; resolves with what it printed. */
function runMigration(path: string, mode: 'hang' | 'finish', killAt: { progress?: number; insideAfterMs?: number }) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'tests/hardening/migrationWorker.ts'), path, mode],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const seen: unknown[] = [];
  const lines = createInterface({ input: child.stdout! });
  lines.on('line', (text) => {
    const msg = JSON.parse(text) as { progress?: number; inside?: boolean };
    seen.push(msg);
    if (killAt.progress !== undefined && msg.progress === killAt.progress) child.kill('SIGKILL');
    if (killAt.insideAfterMs !== undefined && msg.inside) setTimeout(() => child.kill('SIGKILL'), killAt.insideAfterMs);
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise<{ signal: string | null; seen: unknown[] }>((resolve) =>
    child.once('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ signal, seen });
    }),
  );
}

describe('killed migrations', () => {
  const points = [{ progress: 2000 }, { progress: 14_000 }, { insideAfterMs: 0 }, { insideAfterMs: 150 }];
  it.each(points)('a migration killed at %o leaves the old schema, whole', async (point) => {
    const path = caseAtVersion(LATEST_SCHEMA_VERSION);
    const before = schemaOf(path);
    const run = await runMigration(path, 'hang', point);
    expect(run.signal).toBe('SIGKILL');
    // Past the inserts, the uncommitted transaction had already spilled pages into the WAL.
    if (point.insideAfterMs !== undefined) expect(statSync(`${path}-wal`).size).toBeGreaterThan(1_000_000);
    const after = schemaOf(path);
    expect(after.integrity).toBe('ok');
    expect(after).toEqual(before);
  });

  it('all pending migrations are one transaction: a file at schema 1 killed while migrating stays at schema 1', async () => {
    const path = caseAtVersion(1);
    const before = schemaOf(path);
    const run = await runMigration(path, 'hang', { insideAfterMs: 20 });
    expect(run.seen).toContainEqual({ inside: true });
    expect(schemaOf(path)).toEqual(before);
    expect(before.userVersion).toBe(1);
  });

  it('the same migration left to finish gives the whole new schema', async () => {
    const path = caseAtVersion(1);
    const run = await runMigration(path, 'finish', {});
    expect(run.signal).toBeNull();
    const after = schemaOf(path);
    expect(after.integrity).toBe('ok');
    expect(after.userVersion).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(after.caseMetaColumns).toContain('hardening_flag');
    const names = (after.schema as { name: string }[]).map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['hardening_probe', 'hardening_probe_copy', 'hardening_probe_payload']),
    );
    // And the app's own schema is the released one: the latest snapshot plus the test objects.
    const latest = schemaOf(caseAtVersion(LATEST_SCHEMA_VERSION));
    const extra = new Set(['hardening_probe', 'hardening_probe_copy', 'hardening_probe_payload', 'case_meta']);
    const strip = (s: unknown[]) => (s as { name: string }[]).filter((x) => !extra.has(x.name));
    expect(strip(after.schema)).toEqual(strip(latest.schema));
  });
});
