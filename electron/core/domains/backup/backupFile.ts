import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { WorkbenchError } from '../../../../shared/contract/errors';
import { caseContentHash } from '../../db/contentHash';
import { CASE_APPLICATION_ID } from '../../db/header';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { inspectCaseFile, openCaseDatabaseForCopy, removeCreatedSideFiles, sideFilesPresent } from '../../db/open';
import { fsyncDirectory } from '../../util/atomicFile';

export interface CheckedCopy {
  contentHash: string;
  schemaVersion: number;
  sizeBytes: number;
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function tempBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export function fileError(err: unknown, path: string): WorkbenchError {
  if (err instanceof WorkbenchError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EEXIST')
    return new WorkbenchError('FILE_EXISTS', `${path} already exists; it is never overwritten.`, { path });
  if (code === 'ENOENT') return new WorkbenchError('FILE_NOT_FOUND', `The folder of ${path} does not exist.`, { path });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new WorkbenchError('PERMISSION_DENIED', `${path} cannot be written here.`, { path });
  if (code === 'ENOSPC')
    return new WorkbenchError('PERMISSION_DENIED', `There is no space left for ${path}.`, { path });
  return new WorkbenchError('INTERNAL', `${path} could not be written (${code ?? (err as Error).message}).`, { path });
}

/**
 * Integrity check and content hash of a copy, through a read-only connection.
 * A copy that fails either is refused as damaged, naming the file.
 */
export function checkCopy(path: string): CheckedCopy {
  const { userVersion } = inspectCaseFile(path, { requireWritable: false });
  const sideFiles = sideFilesPresent(path);
  // Not a read-only connection: that could leave a -shm behind a WAL-mode file it was given.
  const db = openCaseDatabaseForCopy(path);
  let passed = false;
  try {
    let verdict: string;
    try {
      verdict = String(db.pragma('integrity_check', { simple: true }));
    } catch (err) {
      verdict = (err as Error).message;
    }
    if (verdict !== 'ok') {
      throw new WorkbenchError(
        'CASE_FILE_DAMAGED',
        `“${basename(path)}” fails the integrity check: ${verdict.slice(0, 300)}`,
        {
          path,
        },
      );
    }
    if ((db.pragma('application_id', { simple: true }) as number) !== CASE_APPLICATION_ID) {
      throw new WorkbenchError('NOT_A_CASE_FILE', `${path} is not an Analyst Workbench case file.`, { path });
    }
    const result = { contentHash: caseContentHash(db), schemaVersion: userVersion, sizeBytes: statSync(path).size };
    passed = true;
    return result;
  } finally {
    db.close();
    if (!passed) removeCreatedSideFiles(path, sideFiles);
  }
}

/**
 * Writes a consistent copy of `db` to `target`, durably and never over an
 * existing file: `VACUUM INTO` a temp file beside it (VACUUM INTO does not
 * sync its output), fsync the file, link it to its name (link fails if the
 * name exists), fsync the folder. The copy is then checked (integrity and
 * content hash); a copy that fails is removed. A crash at any point leaves
 * no file under the target name, or a complete one.
 */
export function writeBackupFile(db: Database.Database, target: string): CheckedCopy {
  const dir = dirname(target);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw fileError(err, target);
  }
  const tmp = tempBeside(target);
  try {
    try {
      db.prepare('VACUUM INTO ?').run(tmp);
      fsyncFile(tmp);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code) throw fileError(err, target);
      throw new WorkbenchError(
        'PERMISSION_DENIED',
        `The backup ${target} could not be written: ${(err as Error).message}`,
        {
          path: target,
        },
      );
    }
    const checked = checkCopy(tmp);
    try {
      linkSync(tmp, target);
    } catch (err) {
      throw fileError(err, target);
    }
    fsyncDirectory(dir);
    return { ...checked, sizeBytes: statSync(target).size };
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Copies bytes to a new temp file beside `target`, fsynced. */
function copyDurably(source: string, target: string): string {
  const tmp = tempBeside(target);
  const input = openSync(source, 'r');
  let output: number | undefined;
  try {
    output = openSync(tmp, 'wx', 0o600);
    const buf = Buffer.alloc(1 << 20);
    for (let pos = 0; ;) {
      const n = readSync(input, buf, 0, buf.length, pos);
      if (n === 0) break;
      writeSync(output, buf, 0, n);
      pos += n;
    }
    fsyncSync(output);
    return tmp;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw fileError(err, target);
  } finally {
    closeSync(input);
    if (output !== undefined) closeSync(output);
  }
}

/**
 * Restores a backup into a NEW case file: the backup is checked (integrity,
 * and its content hash against the one recorded when it was made, if known),
 * copied to a temp file beside the target, fsynced, checked again (integrity
 * and the same content hash), and only then linked to its name, which fails if
 * anything exists there. The backup itself is only read.
 */
export function restoreBackupFile(backupPath: string, target: string, expectedHash: string | null): CheckedCopy {
  const source = checkCopy(backupPath);
  if (source.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new WorkbenchError('CASE_FILE_TOO_NEW', `${backupPath} was written by a newer version of the app.`, {
      path: backupPath,
    });
  }
  if (expectedHash !== null && source.contentHash !== expectedHash) {
    throw new WorkbenchError(
      'CASE_FILE_DAMAGED',
      `${backupPath} does not hold the content recorded when it was made (content hash differs).`,
      { path: backupPath, expected: expectedHash, actual: source.contentHash },
    );
  }
  let exists = false;
  try {
    statSync(target);
    exists = true;
  } catch {
    // free: the usual case
  }
  if (exists)
    throw new WorkbenchError('FILE_EXISTS', `${target} already exists; a restore never overwrites.`, { path: target });
  const tmp = copyDurably(backupPath, target);
  try {
    const restored = checkCopy(tmp);
    if (restored.contentHash !== source.contentHash) {
      throw new WorkbenchError('CASE_FILE_DAMAGED', `The restored copy of ${backupPath} differs from the backup.`, {
        path: target,
      });
    }
    try {
      linkSync(tmp, target);
    } catch (err) {
      throw fileError(err, target);
    }
    fsyncDirectory(dirname(target));
    return restored;
  } finally {
    rmSync(tmp, { force: true });
  }
}
