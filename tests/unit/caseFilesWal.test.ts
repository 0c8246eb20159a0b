import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../shared/contract/backup';
import type { CaseInfo } from '../../shared/domain/case';
import { CASE_APPLICATION_ID } from '../../electron/core/db/header';
import { ROLLBACK_ON_CLOSE_SINCE } from '../../electron/core/db/journalState';
import { migrate } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { peekCaseInfo } from '../../electron/core/domains/case/caseSession';
import { backupCommand } from '../../electron/cli/commands/backup';
import { workbench } from '../helpers/cli';
import { openCaseInChild, waitForExit } from '../helpers/childCase';
import { fails, ok, tempDir, testCore } from '../helpers/tempDirs';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
/** Header bytes 18/19: 1 = rollback journal, 2 = WAL. */
const journalBytes = (path: string) => [...readFileSync(path).subarray(18, 20)];
const ROLLBACK = [1, 1];
const WAL = [2, 2];

function quiet<T>(fn: () => T): T {
  const log = console.log;
  const error = console.error;
  console.log = () => undefined;
  console.error = () => undefined;
  try {
    return fn();
  } finally {
    console.log = log;
    console.error = error;
  }
}

/** An open case whose newest edit is only in its -wal, and a copy of its main file alone. */
async function copiedWhileOpen() {
  const { core, dir } = testCore();
  const path = join(dir, 'offen.wbcase');
  await ok(core, 'case.create', { path, title: 'Offen' });
  await ok(core, 'case.update', { patch: { question: 'Nur im WAL: Größe der Einheit?' } });
  expect(journalBytes(path), 'an open case is in WAL mode').toEqual(WAL);
  const copyDir = tempDir();
  const copy = join(copyDir, 'Kopie.wbcase');
  copyFileSync(path, copy);
  return { core, path, copy, copyDir };
}

/** A lock file as a process of ours that died on this host leaves it. */
function staleLock(path: string): void {
  // A pid above the kernel's default pid_max (4,194,304) is never alive.
  const holder = { pid: 4_194_999, host: hostname(), user: userInfo().username, door: 'cli', since: Date.now() - 1000 };
  writeFileSync(`${path}.lock`, JSON.stringify(holder));
}

describe('a clean close leaves rollback mode; only an open case is WAL', () => {
  it('new, open, closed, reopened: the header says rollback whenever the case is closed', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'neu.wbcase');
    await ok(core, 'case.create', { path, title: 'Neu' });
    expect(journalBytes(path)).toEqual(WAL);
    expect(existsSync(`${path}-wal`), 'an open case has its -wal beside it').toBe(true);
    await ok(core, 'case.close');
    expect(journalBytes(path)).toEqual(ROLLBACK);
    expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`), 'a closed case is one file').toBe(false);
    await ok(core, 'case.open', { path });
    // Until its first write an open case is still the one complete file it was closed as.
    expect(journalBytes(path)).toEqual(ROLLBACK);
    expect(existsSync(`${path}-wal`)).toBe(false);
    await ok(core, 'case.update', { patch: { author: 'Jürgen Weiß' } });
    expect(journalBytes(path), 'the first write comes after the switch to WAL').toEqual(WAL);
    expect(existsSync(`${path}-wal`)).toBe(true);
    await ok(core, 'case.close');
    expect(journalBytes(path)).toEqual(ROLLBACK);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(ROLLBACK_ON_CLOSE_SINCE);
  });

  it('backups and restored files are rollback-mode files that open normally', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'sich.wbcase');
    await ok(core, 'case.create', { path, title: 'Sicherung' });
    await ok(core, 'case.update', { patch: { question: 'Was steht in der Sicherung?' } });
    const backup = await ok<BackupInfo>(core, 'case.backup');
    expect(journalBytes(backup.path)).toEqual(ROLLBACK);
    const restored = join(tempDir(), 'wieder.wbcase');
    await ok(core, 'case.restoreBackup', { backupPath: backup.path, path: restored });
    expect(journalBytes(restored)).toEqual(ROLLBACK);
    const other = testCore();
    expect((await ok<CaseInfo>(other.core, 'case.open', { path: restored })).question).toBe(
      'Was steht in der Sicherung?',
    );
  });
});

describe('a case copied without its -wal', () => {
  it('is refused by open, info, the CLI, backup and restore: named, untouched, no file left beside it', async () => {
    const { core, copy, copyDir } = await copiedWhileOpen();
    const before = sha(copy);
    const names = readdirSync(copyDir).sort();
    const other = testCore();
    const started = Date.now();
    const error = await fails(other.core, 'case.open', { path: copy });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error.code).toBe('CASE_FILE_DAMAGED');
    expect(error.details).toMatchObject({ reason: 'walMissing' });
    expect(error.message).toContain('“Kopie.wbcase”');
    expect(error.message).toContain('Kopie.wbcase-wal');
    expect(() => peekCaseInfo(copy)).toThrow(/incomplete/);
    const cli = workbench(['info', copy, '--json']);
    expect(cli.code).not.toBe(0);
    expect(cli.stdout + cli.stderr).toContain('CASE_FILE_DAMAGED');
    expect(quiet(() => backupCommand(copy, { out: join(copyDir, 'b.wbcase'), json: true }))).not.toBe(0);
    const restore = await fails(other.core, 'case.restoreBackup', {
      backupPath: copy,
      path: join(copyDir, 'r.wbcase'),
    });
    expect(restore.code).toBe('CASE_FILE_DAMAGED');
    expect(sha(copy), 'byte-identical').toBe(before);
    expect(readdirSync(copyDir).sort(), 'no lock, -wal, -shm or output left').toEqual(names);
    // The original keeps the edit, and it is still open and writable.
    expect((await ok<CaseInfo>(core, 'case.info')).question).toBe('Nur im WAL: Größe der Einheit?');
  });

  it('opens with every edit when its -wal is copied with it', async () => {
    const { path, copy } = await copiedWhileOpen();
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    const other = testCore();
    expect((await ok<CaseInfo>(other.core, 'case.open', { path: copy })).question).toBe(
      'Nur im WAL: Größe der Einheit?',
    );
  });

  it('opens after the original is closed and copied again', async () => {
    const { core, path, copy } = await copiedWhileOpen();
    await ok(core, 'case.close');
    copyFileSync(path, copy);
    const other = testCore();
    expect((await ok<CaseInfo>(other.core, 'case.open', { path: copy })).question).toBe(
      'Nur im WAL: Größe der Einheit?',
    );
  });
});

describe('what must still open', () => {
  it('workbench info while the case is open elsewhere reads the newest state, changing nothing', async () => {
    const { core, path } = await copiedWhileOpen();
    const info = peekCaseInfo(path);
    expect(info.question).toBe('Nur im WAL: Größe der Einheit?');
    const cli = workbench(['info', path, '--json']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout).question).toBe('Nur im WAL: Größe der Einheit?');
    expect((await ok<CaseInfo>(core, 'case.update', { patch: { author: 'A' } })).author).toBe('A');
  });

  it('a case whose process was SIGKILLed opens with its -wal replayed', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'abgestuerzt.wbcase');
    await ok(core, 'case.create', { path, title: 'Absturz' });
    await ok(core, 'case.close');
    const holder = await openCaseInChild(path, join(dir, 'child-appdata'));
    expect(holder.result.ok).toBe(true);
    // The child settles (lock on disk, WAL mode) SETTLE_DELAY_MS after its open.
    for (let i = 0; i < 100 && journalBytes(path)[0] !== 2; i++) await new Promise((r) => setTimeout(r, 50));
    holder.child.kill('SIGKILL');
    await waitForExit(holder.child);
    expect(journalBytes(path)).toEqual(WAL);
    expect(existsSync(`${path}.lock`)).toBe(true);
    const info = await ok<CaseInfo>(core, 'case.open', { path });
    expect(info.title).toBe('Absturz');
    await ok(core, 'case.close');
    expect(journalBytes(path)).toEqual(ROLLBACK);
  });

  it('a case whose process was SIGKILLed before it settled (still rollback mode) opens as it was', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'frueh.wbcase');
    await ok(core, 'case.create', { path, title: 'Früh' });
    await ok(core, 'case.update', { patch: { question: 'vor dem Absturz' } });
    await ok(core, 'case.close');
    const before = sha(path);
    const holder = await openCaseInChild(path, join(dir, 'child-appdata'));
    expect(holder.result.ok).toBe(true);
    holder.child.kill('SIGKILL');
    await waitForExit(holder.child);
    expect(journalBytes(path)).toEqual(ROLLBACK);
    expect(sha(path), 'an open that has not settled writes nothing to the case').toBe(before);
    expect(existsSync(`${path}.lock`)).toBe(true);
    expect((await ok<CaseInfo>(core, 'case.open', { path })).question).toBe('vor dem Absturz');
    await ok(core, 'case.close');
  });

  it('a kill inside a clean close (WAL header, -wal already removed, stale lock) opens: nothing was lost', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'halb.wbcase');
    await ok(core, 'case.create', { path, title: 'Halb geschlossen' });
    await ok(core, 'case.update', { patch: { question: 'vor dem Schließen' } });
    await ok(core, 'case.close');
    // The state between SQLite's removal of the checkpointed -wal and the header's rewrite.
    const raw = new Database(path);
    raw.pragma('journal_mode = WAL');
    raw.close();
    expect(journalBytes(path)).toEqual(WAL);
    expect(existsSync(`${path}-wal`)).toBe(false);
    // Without the lock of the process that died, it is indistinguishable from a copy: refused.
    expect((await fails(testCore().core, 'case.open', { path })).details).toMatchObject({ reason: 'walMissing' });
    staleLock(path);
    expect((await ok<CaseInfo>(core, 'case.open', { path })).question).toBe('vor dem Schließen');
    await ok(core, 'case.close');
    expect(journalBytes(path)).toEqual(ROLLBACK);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('a case of an older build (schema 6, WAL header, no -wal) opens, is migrated, and is protected from then on', async () => {
    const dir = tempDir();
    const path = join(dir, 'alt.wbcase');
    const db = new Database(path);
    db.pragma(`application_id = ${CASE_APPLICATION_ID}`);
    db.pragma('journal_mode = WAL');
    migrate(db, MIGRATIONS.slice(0, ROLLBACK_ON_CLOSE_SINCE - 1));
    db.prepare(
      "INSERT INTO case_meta (id, case_id, title, created_at, updated_at) VALUES (1, 'case_aaaaaaaaaaaaaaaa', 'Alter Fall', 1, 1)",
    ).run();
    db.close();
    expect(journalBytes(path)).toEqual(WAL);
    expect(existsSync(`${path}-wal`)).toBe(false);
    // Exactly what a copy of an open case looks like; for schema ≤ 6 it is also what a clean close left.
    expect(peekCaseInfo(path).title).toBe('Alter Fall');
    const { core } = testCore();
    await ok(core, 'case.open', { path });
    // The migration is checkpointed at once, so a copy taken now carries schema 7 and is caught.
    const copy = join(tempDir(), 'alt-kopie.wbcase');
    copyFileSync(path, copy);
    // user_version from the header itself: an SQLite connection could create a -wal beside the copy.
    expect(readFileSync(copy).readUInt32BE(60)).toBe(LATEST_SCHEMA_VERSION);
    expect((await fails(testCore().core, 'case.open', { path: copy })).details).toMatchObject({ reason: 'walMissing' });
    await ok(core, 'case.close');
    expect(journalBytes(path)).toEqual(ROLLBACK);
  });
});
