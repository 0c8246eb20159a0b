import type Database from 'better-sqlite3';
import { randomFillSync } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { WorkbenchError } from '../../../../shared/contract/errors';
import type { CaseInfo, CaseMetadataPatch } from '../../../../shared/domain/case';
import { newId, type IdKind } from '../../../../shared/domain/ids';
import { CaseLock } from '../../db/lock';
import { ensureIndex } from '../search/indexer';
import {
  buildNewCaseDatabase,
  closeCaseDatabase,
  inspectCaseFile,
  openCaseDatabase,
  openCaseDatabaseReadOnly,
} from '../../db/open';
import { refuseMissingWal } from '../../db/journalState';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { fsyncDirectory } from '../../util/atomicFile';
import { insertCaseMeta, readCaseMeta, updateCaseMeta } from './repo';

export const CASE_EXTENSION = '.wbcase';

export function makeId(kind: IdKind): string {
  return newId(kind, (bytes) => randomFillSync(bytes));
}

/** An open case: the connection plus the lock that makes us its only writer. */
export class OpenCase {
  private constructor(
    readonly path: string,
    readonly db: Database.Database,
    private readonly lock: CaseLock,
  ) {}

  static open(rawPath: string, door: string): OpenCase {
    const path = resolve(rawPath);
    const { userVersion } = inspectCaseFile(path);
    const lock = CaseLock.acquire(path, door);
    try {
      // Judged only now, with the lock held: no close of ours can be half done elsewhere.
      refuseMissingWal(path, userVersion, lock.tookOverStale);
      const db = openCaseDatabase(path);
      try {
        // The search index is derived data: a case from before search (or from another folding) gets one now.
        ensureIndex(db);
      } catch (err) {
        closeCaseDatabase(db);
        throw err;
      }
      return new OpenCase(path, db, lock);
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  info(): CaseInfo {
    const meta = readCaseMeta(this.db);
    let sizeBytes = 0;
    for (const suffix of ['', '-wal']) {
      try {
        sizeBytes += statSync(this.path + suffix).size;
      } catch {
        // no WAL file right now
      }
    }
    return {
      ...meta,
      path: this.path,
      fileName: basename(this.path),
      schemaVersion: LATEST_SCHEMA_VERSION,
      sizeBytes,
    };
  }

  update(patch: CaseMetadataPatch): CaseInfo {
    updateCaseMeta(this.db, patch, Date.now(), () => makeId('kiq'));
    return this.info();
  }

  close(): void {
    // Checkpointed and back in rollback mode before the lock goes (journalState.ts relies on that order).
    closeCaseDatabase(this.db);
    this.lock.release();
  }
}

export interface NewCaseInput {
  path: string;
  title: string;
  question?: string | undefined;
  author?: string | undefined;
  tlp?: CaseInfo['tlp'] | undefined;
  likelihoodScale?: CaseInfo['likelihoodScale'] | undefined;
  language?: CaseInfo['language'] | undefined;
}

export function normaliseCasePath(rawPath: string): string {
  const path = resolve(rawPath);
  return path.toLowerCase().endsWith(CASE_EXTENSION) ? path : path + CASE_EXTENSION;
}

/**
 * Creates a case file completely in a hidden temp file beside the target and
 * links it into place only when done; `link` fails if the target appeared
 * meanwhile, so an existing file is never overwritten and no half-built case is
 * ever visible under the user's name.
 */
export function createCaseFile(input: NewCaseInput): string {
  const path = normaliseCasePath(input.path);
  if (existsSync(path)) {
    throw new WorkbenchError('CASE_FILE_EXISTS', 'A file with this name already exists. Choose another name.', {
      path,
    });
  }
  // Most file systems allow 255 bytes per name; the hidden temp name beside it needs about 40 more.
  if (Buffer.byteLength(basename(path)) > 200) {
    throw new WorkbenchError('INVALID_INPUT', 'The file name is too long: use at most 200 bytes.', { path });
  }
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new WorkbenchError('PERMISSION_DENIED', `The folder cannot be created: ${(err as Error).message}`, { path });
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.creating`);
  const now = Date.now();
  try {
    buildNewCaseDatabase(tmp, (db) =>
      insertCaseMeta(db, {
        caseId: makeId('case'),
        title: input.title.trim(),
        question: input.question ?? '',
        keyQuestions: [],
        author: input.author ?? '',
        tlp: input.tlp ?? 'TLP:AMBER',
        handling: '',
        likelihoodScale: input.likelihoodScale ?? 'ICD203',
        language: input.language ?? 'de',
        createdAt: now,
        updatedAt: now,
      }),
    );
    linkSync(tmp, path);
    fsyncDirectory(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new WorkbenchError('CASE_FILE_EXISTS', 'A file with this name already exists. Choose another name.', {
        path,
      });
    if (
      code === 'EACCES' ||
      code === 'EPERM' ||
      code === 'EROFS' ||
      /readonly|read-only|unable to open/i.test(String(err))
    )
      throw new WorkbenchError(
        'PERMISSION_DENIED',
        'The case file cannot be created in this folder: it is not writable.',
        {
          path,
        },
      );
    if (code === 'ENAMETOOLONG')
      throw new WorkbenchError('INVALID_INPUT', 'The file name is too long for this folder’s file system.', { path });
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new WorkbenchError('FILE_NOT_FOUND', 'The folder for the new case file does not exist.', { path });
    throw err;
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      try {
        rmSync(tmp + suffix, { force: true });
      } catch {
        // A temp name the file system refused (too long) was never created: nothing to remove.
      }
    }
  }
  return path;
}

/**
 * Reads a case's metadata without taking its lock or migrating it, for
 * `workbench info` while the case may be open in the app. Read-only: the case
 * file's bytes are not changed.
 */
export function peekCaseInfo(rawPath: string): CaseInfo {
  const path = resolve(rawPath);
  const { userVersion } = inspectCaseFile(path, { requireWritable: false });
  const db = openCaseDatabaseReadOnly(path);
  try {
    const meta = readCaseMeta(db);
    return {
      ...meta,
      path,
      fileName: basename(path),
      schemaVersion: userVersion,
      sizeBytes: statSync(path).size,
    };
  } finally {
    db.close();
  }
}
