import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { WorkbenchError } from '../../../shared/contract/errors';
import { lockPathFor } from './lock';

/** The first schema whose builds close a case in rollback-journal mode (migration 007). */
export const ROLLBACK_ON_CLOSE_SINCE = 7;

/**
 * Header bytes 18/19 (file format write/read version): 1 = rollback journal,
 * 2 = WAL. Read with a plain descriptor, so SQLite never sees a file we refuse.
 */
export function headerJournalMode(path: string): 'wal' | 'rollback' | 'unknown' {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(2);
    if (readSync(fd, bytes, 0, 2, 18) < 2) return 'unknown';
    if (bytes[0] === 2 && bytes[1] === 2) return 'wal';
    if (bytes[0] === 1 && bytes[1] === 1) return 'rollback';
    return 'unknown';
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether `path` looks like a case copied from an open case without its
 * `-wal`: a schema that closes in rollback mode, a WAL header, and no `-wal`.
 * Older schemas (≤ 6) closed in WAL mode and left exactly this state, so for
 * them the answer is always false: a copy and a clean close look the same.
 */
export function walLooksMissing(path: string, userVersion: number): boolean {
  if (userVersion < ROLLBACK_ON_CLOSE_SINCE) return false;
  return headerJournalMode(path) === 'wal' && !existsSync(`${path}-wal`);
}

function walMissingError(path: string): WorkbenchError {
  const name = basename(path);
  return new WorkbenchError(
    'CASE_FILE_DAMAGED',
    `“${name}” is incomplete: it was copied while the case was open, without its “${name}-wal” file, so its newest changes are missing. Close the case in the app and copy it again, or copy “${name}-wal” beside it too.`,
    { path, reason: 'walMissing' },
  );
}

/**
 * For `OpenCase.open`, with the case's lock already held (so no clean close
 * can be under way elsewhere). We refuse rather than open read-only: the copy
 * is a consistent but older state, and an analyst who edits or exports it
 * would silently build on a case that lacks the newest edits, while the real
 * ones sit in the `-wal` of the original; a refusal that says what is missing
 * loses nothing, and nothing is written to the file.
 *
 * `tookOverStaleLock`: a process of ours died holding this case. A kill
 * between the `-wal`'s removal and the header's rewrite in a clean close
 * (SQLite deletes the checkpointed `-wal` first), or right after the switch to
 * WAL at open, leaves a WAL header without a `-wal` but loses nothing; the
 * stale lock beside it tells those apart from a copy, which has no lock.
 */
export function refuseMissingWal(path: string, userVersion: number, tookOverStaleLock: boolean): void {
  if (!tookOverStaleLock && walLooksMissing(path, userVersion)) throw walMissingError(path);
}

/**
 * For readers that take no lock (`workbench info`, `workbench backup`, a
 * restore's source). A lock file beside the case means it is open, opening or
 * closing elsewhere (or its process died there): its `-wal` comes and goes
 * under our feet, so we do not judge. Without a lock the header is read once
 * more, because a clean close rewrites the header before it removes its lock.
 */
export function refuseMissingWalUnlocked(path: string, userVersion: number): void {
  if (!walLooksMissing(path, userVersion)) return;
  if (existsSync(lockPathFor(path))) return;
  if (walLooksMissing(path, userVersion)) throw walMissingError(path);
}
