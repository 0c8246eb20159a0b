import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { WorkbenchError } from '../../../shared/contract/errors';
import { CASE_APPLICATION_ID, readCaseHeader } from './header';
import { refuseMissingWalUnlocked } from './journalState';
import { migrate, schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

let nativeBinding: string | undefined;

/**
 * The Electron main process loads a better-sqlite3 build for Electron's ABI kept
 * beside the Node build used by tests and the CLI; see the README's release notes.
 */
export function setSqliteNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/** The native module set above, for connections opened in a worker thread. */
export function sqliteNativeBinding(): string | undefined {
  return nativeBinding;
}

/** What a connection is for; tests observe every connection the core opens. */
export type ConnectionPurpose = 'case' | 'read-only' | 'create' | 'backup';
type ConnectionObserver = (db: Database.Database, purpose: ConnectionPurpose) => void;
const observers = new Set<ConnectionObserver>();

/**
 * Lets a test see every SQLite connection the core opens (to check its pragmas
 * at the end of its life). Returns the function that stops observing.
 */
export function observeConnections(observer: ConnectionObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

export function connect(path: string, options: Database.Options, purpose: ConnectionPurpose): Database.Database {
  const db = new Database(path, nativeBinding ? { ...options, nativeBinding } : options);
  for (const observe of observers) observe(db, purpose);
  return db;
}

/**
 * Pragmas for every connection. synchronous=FULL is set per connection because
 * SQLite does not store it: a WAL file reopened at the default would lose an
 * acknowledged edit on power loss.
 */
export function applyConnectionPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('trusted_schema = OFF');
}

/** Error messages name the file (its name; the full path is in the details). */
function named(path: string): string {
  return `“${basename(path)}”`;
}

function fsError(err: unknown, path: string): WorkbenchError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new WorkbenchError('FILE_NOT_FOUND', `There is no file at ${named(path)}.`, { path });
  if (code === 'EACCES' || code === 'EPERM')
    return new WorkbenchError('PERMISSION_DENIED', `${named(path)} cannot be read: permission denied.`, { path });
  if (code === 'EISDIR')
    return new WorkbenchError('NOT_A_CASE_FILE', `${named(path)} is a folder, not a case file.`, { path });
  return new WorkbenchError('INTERNAL', `${named(path)} cannot be read (${code ?? 'unknown error'}).`, { path });
}

/**
 * Checks a path before SQLite touches it. Every refusal here leaves the file
 * byte-for-byte as it was: only a read-only descriptor has been opened.
 */
export function inspectCaseFile(path: string, options: { requireWritable?: boolean } = {}): { userVersion: number } {
  let stat;
  try {
    stat = statSync(path);
  } catch (err) {
    throw fsError(err, path);
  }
  if (stat.isDirectory())
    throw new WorkbenchError('NOT_A_CASE_FILE', `${named(path)} is a folder, not a case file.`, { path });
  let verdict;
  try {
    verdict = readCaseHeader(path);
  } catch (err) {
    throw fsError(err, path);
  }
  switch (verdict.kind) {
    case 'empty':
      throw new WorkbenchError('NOT_A_CASE_FILE', `${named(path)} is empty; it is not a case file.`, { path });
    case 'not-sqlite':
      throw new WorkbenchError('NOT_A_CASE_FILE', `${named(path)} is not an Analyst Workbench case file.`, { path });
    case 'foreign-sqlite':
      throw new WorkbenchError(
        'NOT_A_CASE_FILE',
        `${named(path)} is a database of another application, not an Analyst Workbench case file.`,
        { path, applicationId: verdict.applicationId },
      );
    case 'case':
      if (verdict.expectedBytes !== null && stat.size < verdict.expectedBytes) {
        throw new WorkbenchError(
          'CASE_FILE_DAMAGED',
          `${named(path)} is damaged: it is shorter than its own header says (${stat.size} of ${verdict.expectedBytes} bytes), so part of it is missing.`,
          { path, sizeBytes: stat.size, expectedBytes: verdict.expectedBytes },
        );
      }
      if (verdict.userVersion > LATEST_SCHEMA_VERSION) {
        throw new WorkbenchError(
          'CASE_FILE_TOO_NEW',
          `${named(path)} was written by a newer version of Analyst Workbench (schema ${verdict.userVersion}; this version knows up to ${LATEST_SCHEMA_VERSION}). Update the app to open it.`,
          { path, schemaVersion: verdict.userVersion, supported: LATEST_SCHEMA_VERSION },
        );
      }
      break;
  }
  if (options.requireWritable === false) return { userVersion: verdict.userVersion };
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
  } catch {
    throw new WorkbenchError(
      'CASE_FILE_READ_ONLY',
      `${named(path)} or its folder is read-only, so it cannot be opened for editing. Copy it to a writable folder.`,
      { path },
    );
  }
  return { userVersion: verdict.userVersion };
}

const SIDE_FILES = ['-wal', '-shm'] as const;

/** Which of a file's -wal/-shm exist now, so a refused open can remove the ones it created. */
export function sideFilesPresent(path: string): Set<string> {
  return new Set(SIDE_FILES.filter((suffix) => existsSync(path + suffix)));
}

export function removeCreatedSideFiles(path: string, before: Set<string>): void {
  for (const suffix of SIDE_FILES) if (!before.has(suffix)) rmSync(path + suffix, { force: true });
}

/**
 * Files up to this size get the full structural check at open in the CLI, a
 * short-lived process with no screen to fill. `quick_check` reads every page
 * and runs FTS5's own index check: about 0.2 s for 10 MB but 9 s for a
 * 100,000-source case (890 MB) on the build machine. A larger file is read in
 * full a few seconds after open by the automatic open backup (VACUUM INTO,
 * then integrity_check of the copy), and SQLite refuses any query that reads
 * a damaged page.
 */
export const FULL_CHECK_AT_OPEN_MAX_BYTES = 32 * 1024 * 1024;

/**
 * The app's doors (desktop, browser) check at open only files this small, a
 * bounded cost of a few milliseconds; every larger case is checked in the
 * background after its first screen (backgroundCheck.ts), which marks the
 * open case damaged and refuses further writes if it finds a fault.
 */
export const QUICK_CHECK_AT_OPEN_MAX_BYTES = 1024 * 1024;

/**
 * A structural check before anything is written: a damaged page anywhere is
 * refused at open rather than found by the first query that reads it.
 * Returns whether the file was checked (false: larger than `maxBytes`).
 */
export function checkStructure(db: Database.Database, path: string, maxBytes = FULL_CHECK_AT_OPEN_MAX_BYTES): boolean {
  if (statSync(path).size > maxBytes) return false;
  let verdict: string;
  try {
    verdict = String(db.pragma('quick_check', { simple: true }));
  } catch (err) {
    verdict = (err as Error).message;
  }
  if (verdict !== 'ok') throw damagedError(path, verdict);
  return true;
}

/** The refusal for a case whose structure is damaged; `verdict` is SQLite's account of it. */
export function damagedError(path: string, verdict: string): WorkbenchError {
  return new WorkbenchError('CASE_FILE_DAMAGED', `${named(path)} is damaged: ${verdict.slice(0, 300)}`, { path });
}

/**
 * The per-connection pragmas except the journal mode: a case opens in the
 * rollback mode it was closed in and reads from it, and switchToWal() runs
 * before its first write (see OpenCase), because leaving rollback mode
 * rewrites the header with several fsyncs, which the first screen must not wait for.
 */
function applyPragmasKeepingJournal(db: Database.Database): void {
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('trusted_schema = OFF');
}

/** Leaves rollback mode (a no-op when the file already is in WAL mode). */
export function switchToWal(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
}

export interface OpenCaseOptions {
  /** The full structural check at open runs for files up to this size. */
  checkMaxBytes?: number;
  /**
   * 'wal' (default): in WAL mode when this returns. 'deferred': still in the
   * journal mode of the file unless a migration had to run; the caller must
   * call switchToWal() before writing.
   */
  journal?: 'wal' | 'deferred';
  /** Runs right before the switch to WAL, if this open makes it (OpenCase: the lock's fsync). */
  beforeWal?: () => void;
}

export interface OpenedCaseDatabase {
  db: Database.Database;
  /** Whether the structural check ran at open (the file was small enough). */
  checked: boolean;
  /** Whether the connection is in WAL mode already. */
  wal: boolean;
}

/** Opens an existing, already inspected case file and brings its schema up to date. */
export function openCaseDatabase(path: string): Database.Database {
  return openCaseDatabaseWith(path, {}).db;
}

/** openCaseDatabase with a choice of check size and journal switch (OpenCase uses it). */
export function openCaseDatabaseWith(path: string, options: OpenCaseOptions): OpenedCaseDatabase {
  let db: Database.Database;
  const sideFiles = sideFilesPresent(path);
  try {
    db = connect(path, { fileMustExist: true }, 'case');
  } catch (err) {
    removeCreatedSideFiles(path, sideFiles);
    throw new WorkbenchError('CASE_FILE_DAMAGED', `SQLite could not open ${named(path)}: ${(err as Error).message}`, {
      path,
    });
  }
  let wal = false;
  try {
    const checked = checkStructure(db, path, options.checkMaxBytes ?? FULL_CHECK_AT_OPEN_MAX_BYTES);
    applyPragmasKeepingJournal(db);
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== CASE_APPLICATION_ID) {
      throw new WorkbenchError('NOT_A_CASE_FILE', `${named(path)} is not an Analyst Workbench case file.`, { path });
    }
    const needsMigration = schemaVersion(db) < LATEST_SCHEMA_VERSION;
    // A migration writes, so it runs in WAL mode like every write (and a too-new file is refused inside migrate).
    if (options.journal !== 'deferred' || needsMigration) {
      options.beforeWal?.();
      switchToWal(db);
      wal = true;
    }
    const { from, to } = migrate(db, MIGRATIONS);
    // Fold a migration into the main file at once: a copy of it taken while the case is
    // open then carries the new schema version, and with it the missing-WAL check (007).
    if (from !== to) db.pragma('wal_checkpoint(TRUNCATE)');
    return { db, checked, wal };
  } catch (err) {
    // A refused file is left as it was (nothing has been written before the switch to WAL);
    // after the switch, back to rollback mode so the file does not look like a copy.
    if (wal) closeCaseDatabase(db);
    else db.close();
    // We hold the case's lock, so a -wal/-shm that this failed open created is ours to remove.
    removeCreatedSideFiles(path, sideFiles);
    if (err instanceof WorkbenchError) throw err;
    const message = (err as Error).message;
    if (/malformed|not a database|corrupt/i.test(message)) {
      throw new WorkbenchError('CASE_FILE_DAMAGED', `${named(path)} is damaged: ${message}`, { path });
    }
    throw err;
  }
}

/** A case file's schema version from its header, or null when it is not a case (checked elsewhere). */
function headerVersion(path: string): number | null {
  try {
    const verdict = readCaseHeader(path);
    return verdict.kind === 'case' ? verdict.userVersion : null;
  } catch {
    return null;
  }
}

/** A read-only connection for inspecting a case without migrating or locking it. */
export function openCaseDatabaseReadOnly(path: string): Database.Database {
  const version = headerVersion(path);
  if (version !== null) refuseMissingWalUnlocked(path, version);
  let db: Database.Database | undefined;
  try {
    db = connect(path, { fileMustExist: true, readonly: true }, 'read-only');
    db.pragma('query_only = ON');
    // Nothing is written here; set anyway so that every connection the core holds is FULL.
    db.pragma('synchronous = FULL');
    return db;
  } catch (err) {
    db?.close();
    throw new WorkbenchError('CASE_FILE_DAMAGED', `SQLite could not read ${named(path)}: ${(err as Error).message}`, {
      path,
    });
  }
}

/**
 * Builds a new case database in `tmpPath` (which must not exist) and closes it
 * fully checkpointed, so the caller can move a complete file into place.
 */
export function buildNewCaseDatabase(tmpPath: string, init: (db: Database.Database) => void): void {
  const db = connect(tmpPath, {}, 'create');
  try {
    db.pragma(`application_id = ${CASE_APPLICATION_ID}`);
    applyConnectionPragmas(db);
    migrate(db, MIGRATIONS);
    db.transaction(() => init(db)).immediate();
    db.pragma('wal_checkpoint(TRUNCATE)');
    // A new file is a closed case: rollback mode, like every cleanly closed case (see closeCaseDatabase).
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/**
 * A connection for copying a case that may be open elsewhere (`workbench
 * backup`): no lock, no migration, no journal-mode change. It is not read-only
 * only because SQLite opens the target of VACUUM INTO with the source's flags.
 */
export function openCaseDatabaseForCopy(path: string): Database.Database {
  // A copy of a case that lost its -wal would be a backup of old content passed off as current.
  const version = headerVersion(path);
  if (version !== null) refuseMissingWalUnlocked(path, version);
  let db: Database.Database | undefined;
  try {
    db = connect(path, { fileMustExist: true }, 'backup');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.pragma('trusted_schema = OFF');
    return db;
  } catch (err) {
    db?.close();
    throw new WorkbenchError('CASE_FILE_DAMAGED', `SQLite could not read ${named(path)}: ${(err as Error).message}`, {
      path,
    });
  }
}

/**
 * Closes the case connection cleanly: checkpoint everything into the main
 * file, then switch it to rollback-journal mode, so a closed case is one
 * self-contained file whose header says "rollback" (bytes 18/19 = 1), and
 * only an open case says "WAL". That is what lets open tell a case copied
 * without its -wal from a closed one (journalState.ts). Leaving WAL mode needs
 * an exclusive lock: another process reading the case right now (`workbench
 * backup`, `info`) makes it wait up to busy_timeout, so we try a few times.
 * Returns whether the file is now in rollback mode; if not, nothing is lost
 * (the WAL was checkpointed and the connection's close removes it), but the
 * next open without a lock beside the file would take it for a copy.
 */
export function closeCaseDatabase(db: Database.Database): boolean {
  let rollback = false;
  try {
    // Fold the WAL back so the .wbcase alone is a complete copy once closed.
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // A failed checkpoint loses nothing: the WAL is replayed on next open.
  }
  for (let attempt = 0; attempt < 3 && !rollback; attempt++) {
    try {
      rollback = String(db.pragma('journal_mode = DELETE', { simple: true })) === 'delete';
    } catch {
      // SQLITE_BUSY after busy_timeout: a reader in another process; try again.
    }
  }
  db.close();
  return rollback;
}
