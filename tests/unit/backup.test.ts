import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupInfo, BackupList } from '../../shared/contract/backup';
import type { CaseInfo } from '../../shared/domain/case';
import { caseContentHash } from '../../electron/core/db/contentHash';
import { AutoBackup } from '../../electron/core/domains/backup/autoBackup';
import { BACKUP_POLICY, BackupService } from '../../electron/core/domains/backup/backupService';
import { OpenCase } from '../../electron/core/domains/case/caseSession';
import type { Session } from '../../electron/core/handlerTypes';
import { file } from '../fixtures/sources/build';
import { fails, ok, testCore } from '../helpers/tempDirs';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function hashOf(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return caseContentHash(db);
  } finally {
    db.close();
  }
}

async function caseWithEdits(edits = 3) {
  const { core, dir } = testCore();
  const path = join(dir, 'Lage Ost.wbcase');
  await ok(core, 'case.create', { path, title: 'Lage Ost' });
  for (let i = 0; i < edits; i++) await ok(core, 'case.update', { patch: { question: `Frage ${i}: Größe?` } });
  return { core, dir, path };
}

describe('backups', () => {
  it('opening a case makes a durable, checked backup beside it whose content hash equals the case', async () => {
    const { core, dir, path } = await caseWithEdits(0);
    await ok(core, 'sources.import', { files: [file('bericht.txt', 'Sechs Offiziere sollen getötet worden sein.')] });
    await ok(core, 'case.close');
    const before = hashOf(path);
    await ok(core, 'case.open', { path });
    const list = await ok<BackupList>(core, 'case.backups');
    expect(list.folder).toBe(join(dir, 'Lage Ost.backups'));
    expect(list.keep).toBeGreaterThanOrEqual(7);
    const opens = list.items.filter((b) => b.reason === 'open');
    expect(opens).toHaveLength(1);
    const backup = opens[0]!;
    expect(backup.contentHash).toBe(before);
    expect(hashOf(backup.path)).toBe(before);
    // Closing after the import backed up too; no temp files are left, every backup has its record.
    expect(list.items.map((b) => b.reason)).toEqual(['open', 'close']);
    expect(list.items[1]!.contentHash).toBe(before);
    const names = list.items.flatMap((b) => [b.fileName, `${b.fileName}.json`]);
    expect(readdirSync(list.folder).sort()).toEqual(names.sort());
    const db = new Database(backup.path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('a new case is not backed up until it is edited; closing after edits backs up', async () => {
    const { core, dir, path } = await caseWithEdits(0);
    expect((await ok<BackupList>(core, 'case.backups')).items).toEqual([]);
    await ok(core, 'case.update', { patch: { author: 'Jürgen Weiß' } });
    const state = hashOf(path);
    await ok(core, 'case.close');
    const items = readdirSync(join(dir, 'Lage Ost.backups')).filter((n) => n.endsWith('.close.wbcase'));
    expect(items).toHaveLength(1);
    expect(hashOf(join(dir, 'Lage Ost.backups', items[0]!))).toBe(state);
  });

  it(`backs up after ${BACKUP_POLICY.everyWrites} edits and keeps ${BACKUP_POLICY.keep} generations`, async () => {
    const { core } = await caseWithEdits(BACKUP_POLICY.everyWrites);
    let list = await ok<BackupList>(core, 'case.backups');
    expect(list.items.map((b) => b.reason)).toEqual(['edits']);
    for (let i = 0; i < BACKUP_POLICY.keep + 3; i++) await ok<BackupInfo>(core, 'case.backup');
    list = await ok<BackupList>(core, 'case.backups');
    expect(list.items).toHaveLength(BACKUP_POLICY.keep);
    expect(list.items.every((b) => b.reason === 'manual')).toBe(true);
    // Newest first, distinct names even within one millisecond.
    expect(new Set(list.items.map((b) => b.fileName)).size).toBe(BACKUP_POLICY.keep);
    expect([...list.items].sort((a, b) => b.createdAt - a.createdAt)).toEqual(list.items);
    expect(readdirSync(list.folder)).toHaveLength(BACKUP_POLICY.keep * 2);
  });

  it('backs up after ten minutes of editing even with few edits', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'zeit.wbcase');
    await ok(core, 'case.create', { path, title: 'Zeit' });
    await ok(core, 'case.close');
    // AutoBackup driven directly, with a clock the test moves.
    const session: Session = { openCase: null, closeCase: () => false };
    let now = Date.UTC(2026, 11, 1, 8, 0, 0);
    const auto = new AutoBackup(
      new BackupService(join(dir, 'appdata')),
      session,
      () => undefined,
      () => now,
    );
    const folder = join(dir, 'zeit.backups');
    const edits = () => readdirSync(folder).filter((n) => n.endsWith('.edits.wbcase'));
    const open = OpenCase.open(path, 'cli');
    try {
      session.openCase = open;
      auto.afterCall('case.open');
      expect(readdirSync(folder).filter((n) => n.endsWith('.open.wbcase'))).toHaveLength(1);
      open.update({ question: 'eins' });
      auto.afterCall('case.update');
      now += 9 * 60_000;
      auto.tick();
      expect(edits()).toHaveLength(0);
      now += 61_000;
      auto.tick();
      expect(edits()).toHaveLength(1);
      // Nothing new to back up: the timer stays quiet.
      now += 60 * 60_000;
      auto.tick();
      expect(edits()).toHaveLength(1);
    } finally {
      auto.dispose();
      open.close();
    }
  });

  it('restores into a new file only, checked: integrity and the content hash of the backed-up state', async () => {
    const { core, dir, path } = await caseWithEdits(2);
    const backup = await ok<BackupInfo>(core, 'case.backup');
    const atBackup = hashOf(path);
    expect(backup.contentHash).toBe(atBackup);
    await ok(core, 'case.update', { patch: { title: 'Später geändert' } });
    const target = join(dir, 'restored');
    const restored = await ok<{ path: string; contentHash: string }>(core, 'case.restoreBackup', {
      backupPath: backup.path,
      path: target,
    });
    expect(restored.path).toBe(`${target}.wbcase`);
    expect(restored.contentHash).toBe(atBackup);
    expect(hashOf(restored.path)).toBe(atBackup);
    expect(hashOf(path)).not.toBe(atBackup);
    // The restored file opens as a case with the backed-up title.
    const other = testCore();
    expect((await ok<CaseInfo>(other.core, 'case.open', { path: restored.path })).title).toBe('Lage Ost');

    // Never over an existing file, the user's or a case.
    writeFileSync(join(dir, 'mine.wbcase'), 'my notes');
    const refused = await fails(core, 'case.restoreBackup', {
      backupPath: backup.path,
      path: join(dir, 'mine.wbcase'),
    });
    expect(refused.code).toBe('FILE_EXISTS');
    expect(readFileSync(join(dir, 'mine.wbcase'), 'utf8')).toBe('my notes');
    expect((await fails(core, 'case.restoreBackup', { backupPath: backup.path, path })).code).toBe('FILE_EXISTS');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to restore a backup whose content was changed or whose pages are damaged', async () => {
    const { core, dir } = await caseWithEdits(1);
    const backup = await ok<BackupInfo>(core, 'case.backup');
    // Tampered: a row changed after the backup was recorded.
    const tampered = join(dir, 'tampered.wbcase');
    writeFileSync(tampered, readFileSync(backup.path));
    writeFileSync(`${tampered}.json`, readFileSync(`${backup.path}.json`));
    const db = new Database(tampered);
    db.prepare("UPDATE case_meta SET title = 'Gefälscht'").run();
    db.close();
    const changed = await fails(core, 'case.restoreBackup', { backupPath: tampered, path: join(dir, 'out1') });
    expect(changed.code).toBe('CASE_FILE_DAMAGED');
    expect(changed.message).toContain('tampered.wbcase');
    // Damaged: garbage over a b-tree page in the middle of the file.
    const damaged = join(dir, 'damaged.wbcase');
    const bytes = readFileSync(backup.path);
    bytes.fill(0x5a, 4096 * 2, 4096 * 2 + 2048);
    writeFileSync(damaged, bytes);
    const before = sha(damaged);
    const broken = await fails(core, 'case.restoreBackup', { backupPath: damaged, path: join(dir, 'out2') });
    expect(broken.code).toBe('CASE_FILE_DAMAGED');
    expect(sha(damaged)).toBe(before);
    expect(existsSync(join(dir, 'out1.wbcase')) || existsSync(join(dir, 'out2.wbcase'))).toBe(false);
  });

  it('puts backups in a folder the user chose, one subfolder per case', async () => {
    const { core, dir, path } = await caseWithEdits(0);
    const chosen = join(dir, 'Sicherungen');
    const list = await ok<BackupList>(core, 'case.setBackupFolder', { folder: chosen });
    expect(list.chosenFolder).toBe(chosen);
    expect(dirname(list.folder)).toBe(chosen);
    expect(basename(list.folder)).toMatch(/^Lage Ost\.case_[0-9a-z]+\.backups$/);
    const made = await ok<BackupInfo>(core, 'case.backup');
    expect(dirname(made.path)).toBe(list.folder);
    expect(existsSync(join(dirname(path), 'Lage Ost.backups'))).toBe(false);
    // The choice is an app preference: a new core sees it.
    await ok(core, 'case.close');
    const back = await ok<BackupList>(core, 'case.setBackupFolder', { folder: null }).catch((e: Error) => e);
    expect(back).toBeInstanceOf(Error); // needs an open case to answer with its list
    await ok(core, 'case.open', { path });
    expect((await ok<BackupList>(core, 'case.backups')).chosenFolder).toBe(chosen);
  });

  it('answers NO_CASE_OPEN without a case and INVALID_INPUT for bad paths', async () => {
    const { core } = testCore();
    expect((await fails(core, 'case.backup')).code).toBe('NO_CASE_OPEN');
    expect((await fails(core, 'case.backups')).code).toBe('NO_CASE_OPEN');
    expect((await fails(core, 'case.restoreBackup', { backupPath: '', path: 'x' })).code).toBe('INVALID_INPUT');
    expect((await fails(core, 'case.restoreBackup', { backupPath: 'a\0b', path: 'x' })).code).toBe('INVALID_INPUT');
  });
});
