import { basename, dirname, resolve } from 'node:path';
import { WorkbenchError } from '../../../shared/contract/errors';
import { defaultAppDataDir } from '../../core/appPaths';
import { inspectCaseFile, openCaseDatabaseForCopy } from '../../core/db/open';
import { restoreBackupFile } from '../../core/domains/backup/backupFile';
import {
  BackupService,
  backupInto,
  pruneBackups,
  BACKUP_POLICY,
  recordedHash,
} from '../../core/domains/backup/backupService';
import { normaliseCasePath } from '../../core/domains/case/caseSession';

function fail(error: { code: string; message: string }, json: boolean): number {
  if (json) console.log(JSON.stringify({ ok: false, error }, null, 2));
  else console.error(`workbench: ${error.code}: ${error.message}`);
  return 1;
}

/**
 * `workbench backup CASE [--out FILE]`: a checked, durable copy of a case,
 * also while the case is open in the app (no lock is taken; SQLite gives a
 * consistent snapshot). Without --out it goes into the case's rolling backup
 * folder; FILE is never overwritten.
 */
export function backupCommand(casePath: string, options: { out?: string | undefined; json: boolean }): number {
  const path = resolve(casePath);
  try {
    inspectCaseFile(path, { requireWritable: false });
    const db = openCaseDatabaseForCopy(path);
    try {
      const caseId = (db.prepare('SELECT case_id AS id FROM case_meta LIMIT 1').get() as { id: string }).id;
      let info;
      if (options.out) {
        const out = normaliseCasePath(options.out);
        info = backupInto(db, dirname(out), '', 'manual', Date.now(), caseId, out);
      } else {
        const service = new BackupService(process.env.WORKBENCH_DATA_DIR ?? defaultAppDataDir());
        info = service.create(db, path, caseId, 'manual');
        pruneBackups(service.folderFor(path, caseId), BACKUP_POLICY.keep);
      }
      if (options.json) console.log(JSON.stringify({ ok: true, ...info }, null, 2));
      else console.log(`Backed up ${basename(path)} to ${info.path} (content ${info.contentHash?.slice(0, 16)}…)`);
      return 0;
    } finally {
      db.close();
    }
  } catch (err) {
    if (err instanceof WorkbenchError) return fail(err.toWire(), options.json);
    throw err;
  }
}

/**
 * `workbench restore BACKUP --out CASE`: writes a NEW case file from a backup,
 * checked by integrity_check and by its content hash (against the hash
 * recorded with the backup, when there is one). CASE is never overwritten.
 */
export function restoreCommand(backupPath: string, options: { out: string; json: boolean }): number {
  const source = resolve(backupPath);
  const target = normaliseCasePath(options.out);
  try {
    const expected = recordedHash(source);
    const restored = restoreBackupFile(source, target, expected);
    if (options.json)
      console.log(
        JSON.stringify({ ok: true, path: target, ...restored, checkedAgainstRecord: expected !== null }, null, 2),
      );
    else
      console.log(
        `Restored ${basename(source)} to ${target}: integrity ok, content ${restored.contentHash.slice(0, 16)}… ${
          expected ? 'matches the backup record' : 'checked (the backup has no record to compare with)'
        }`,
      );
    return 0;
  } catch (err) {
    if (err instanceof WorkbenchError) return fail(err.toWire(), options.json);
    throw err;
  }
}
