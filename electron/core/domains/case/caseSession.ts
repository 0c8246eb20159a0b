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
  damagedError,
  FULL_CHECK_AT_OPEN_MAX_BYTES,
  inspectCaseFile,
  openCaseDatabaseReadOnly,
  openCaseDatabaseWith,
  QUICK_CHECK_AT_OPEN_MAX_BYTES,
  switchToWal,
} from '../../db/open';
import { startBackgroundCheck, type BackgroundCheck, type CheckOutcome } from '../../db/backgroundCheck';
import { refuseMissingWal } from '../../db/journalState';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { fsyncDirectory } from '../../util/atomicFile';
import { insertCaseMeta, readCaseMeta, updateCaseMeta } from './repo';

export const CASE_EXTENSION = '.wbcase';

export function makeId(kind: IdKind): string {
  return newId(kind, (bytes) => randomFillSync(bytes));
}

/**
 * How long after open the deferred work waits unless a write, a close or a
 * recent-cases call asks for it first: long enough for the first screen.
 */
export const SETTLE_DELAY_MS = 1_500;

/** The doors whose open ends in a first screen; the CLI is a short-lived process without one. */
const backgroundChecked = (door: string) => door !== 'cli';

/**
 * An open case: the connection plus the lock that makes us its only writer.
 *
 * Opening answers from the file as it was closed (rollback mode) and reads
 * nothing in proportion to its size. What costs fsyncs or a full read waits
 * until settle(): the lock file made durable, the switch to WAL (which must
 * precede the first write), the recent-cases entry, and, for a case too
 * large to check at open, the structural check in a worker thread. A write
 * (see caseGate.ts), a close, or SETTLE_DELAY_MS settle it, whichever first.
 * If the check finds damage, the case is marked damaged: its connection
 * becomes query-only, writes are refused with CASE_FILE_DAMAGED, and the
 * listeners (the core's data.changed event) are told.
 */
export class OpenCase {
  private settled = false;
  /** Whether the connection is in WAL mode (prepareForWrites). */
  private walReady: boolean;
  private readonly timer: NodeJS.Timeout;
  private readonly deferred: (() => void)[] = [];
  private check: BackgroundCheck | null = null;
  private readonly damageListeners = new Set<(verdict: string) => void>();
  /** SQLite's account of the damage the background check found, or null. */
  damage: string | null = null;

  private constructor(
    readonly path: string,
    readonly db: Database.Database,
    private readonly lock: CaseLock,
    wal: boolean,
    private readonly checkInBackground: boolean,
  ) {
    this.walReady = wal;
    this.timer = setTimeout(() => this.settleQuietly(), SETTLE_DELAY_MS);
    this.timer.unref();
  }

  static open(rawPath: string, door: string): OpenCase {
    const path = resolve(rawPath);
    const { userVersion } = inspectCaseFile(path);
    const lock = CaseLock.acquire(path, door, { durable: false });
    try {
      // Judged only now, with the lock held: no close of ours can be half done elsewhere.
      refuseMissingWal(path, userVersion, lock.tookOverStale);
      const interactive = backgroundChecked(door);
      const opened = openCaseDatabaseWith(path, {
        checkMaxBytes: interactive ? QUICK_CHECK_AT_OPEN_MAX_BYTES : FULL_CHECK_AT_OPEN_MAX_BYTES,
        journal: 'deferred',
        beforeWal: () => lock.makeDurable(),
      });
      const open = new OpenCase(path, opened.db, lock, opened.wal, interactive && !opened.checked);
      try {
        // The search index is derived data: a case from before search (or from another folding) gets one now.
        ensureIndexBeforeWrites(open);
      } catch (err) {
        open.close();
        throw err;
      }
      return open;
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  /** Runs `fn` once the case has settled (at once if it has); a close runs it too. */
  whenSettled(fn: () => void): void {
    if (this.settled) fn();
    else this.deferred.push(fn);
  }

  /** The lock on disk and WAL mode, before the first write. Throws if the switch fails (then retried). */
  prepareForWrites(): void {
    if (this.walReady) return;
    this.lock.makeDurable();
    switchToWal(this.db);
    this.walReady = true;
  }

  /** Does the deferred work now (see the class comment). */
  settle(): void {
    if (this.settled) return;
    this.prepareForWrites();
    this.settled = true;
    clearTimeout(this.timer);
    this.runDeferred();
    if (this.checkInBackground) this.startCheck();
  }

  /** The outcome of the background check, or null when there is none (checked at open, or not settled yet). */
  backgroundCheck(): Promise<CheckOutcome> | null {
    return this.check?.outcome ?? null;
  }

  onDamaged(listener: (verdict: string) => void): () => void {
    this.damageListeners.add(listener);
    return () => this.damageListeners.delete(listener);
  }

  /** The refusal for a write to a case found damaged. */
  damagedError(): WorkbenchError {
    const error = damagedError(this.path, this.damage ?? 'unknown damage');
    return new WorkbenchError(
      'CASE_FILE_DAMAGED',
      `${error.message} Nothing more is written to it: export or copy what you need, and restore a backup.`,
      { path: this.path },
    );
  }

  private settleQuietly(): void {
    try {
      this.settle();
    } catch {
      // SQLITE_BUSY: another process reads the case; the first write tries again.
    }
  }

  private runDeferred(): void {
    for (const fn of this.deferred.splice(0)) {
      try {
        fn();
      } catch {
        // Deferred work is a convenience (the recent-cases list); it never fails the case.
      }
    }
  }

  private startCheck(): void {
    const check = startBackgroundCheck(this.path);
    this.check = check;
    void check.outcome.then((outcome) => {
      if (outcome.kind !== 'damaged' || this.check !== check) return;
      this.markDamaged(outcome.table ? `${outcome.verdict} (table ${outcome.table})` : outcome.verdict);
    });
  }

  private markDamaged(verdict: string): void {
    if (this.damage) return;
    this.damage = verdict;
    try {
      // Nothing more is written through this connection, whatever path a write takes.
      this.db.pragma('query_only = ON');
    } catch {
      // The connection is closed already.
    }
    for (const listener of this.damageListeners) listener(verdict);
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
      ...(this.damage ? { damage: this.damage } : {}),
    };
  }

  update(patch: CaseMetadataPatch): CaseInfo {
    updateCaseMeta(this.db, patch, Date.now(), () => makeId('kiq'));
    return this.info();
  }

  close(): void {
    clearTimeout(this.timer);
    // The check's reader would keep the checkpoint and the switch back to rollback mode waiting.
    const check = this.check;
    this.check = null;
    check?.stop();
    this.runDeferred();
    this.settled = true;
    if (this.damage) this.db.pragma('query_only = OFF');
    // Checkpointed and back in rollback mode before the lock goes (journalState.ts relies on that order).
    closeCaseDatabase(this.db);
    this.lock.release();
  }
}

/**
 * ensureIndex reads one row when the index is current and rebuilds it
 * otherwise. It runs query-only first, so SQLite itself tells whether it
 * would write; only then is the case switched to WAL and the rebuild run.
 */
function ensureIndexBeforeWrites(open: OpenCase): void {
  open.db.pragma('query_only = ON');
  try {
    ensureIndex(open.db);
    return;
  } catch (err) {
    if ((err as { code?: string }).code !== 'SQLITE_READONLY') throw err;
  } finally {
    open.db.pragma('query_only = OFF');
  }
  open.prepareForWrites();
  ensureIndex(open.db);
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
