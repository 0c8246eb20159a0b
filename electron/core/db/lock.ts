import { closeSync, openSync, readFileSync, rmSync, writeSync, fsyncSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { WorkbenchError } from '../../../shared/contract/errors';

/** Who holds a case file open; written into the lock file beside it. */
export interface LockHolder {
  pid: number;
  host: string;
  user: string;
  door: string;
  since: number;
}

export function lockPathFor(casePath: string): string {
  return `${casePath}.lock`;
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return {
      pid: parsed.pid,
      host: parsed.host,
      user: String(parsed.user ?? 'unknown'),
      door: String(parsed.door ?? 'unknown'),
      since: Number(parsed.since ?? 0),
    };
  } catch {
    return null;
  }
}

export function describeHolder(h: LockHolder): string {
  return `${h.user} (process ${h.pid} on ${h.host}, ${h.door}) since ${new Date(h.since).toISOString()}`;
}

/**
 * One writer per case file. An exclusive-create lock file beside the case names
 * its holder, so a second opener is told who has it. A lock left by a process
 * that died on this host is taken over; one from another host is respected,
 * because we cannot tell whether that process still runs.
 */
export class CaseLock {
  private released = false;
  /** The lock file's descriptor until its content is on disk (see makeDurable). */
  private fd: number | null;

  /**
   * `tookOverStale`: the lock was left by a process of ours that died on this
   * host, so the case may be in the middle of an open or a close (see
   * journalState.ts), not a copy.
   */
  private constructor(
    readonly path: string,
    readonly tookOverStale: boolean,
    fd: number | null,
  ) {
    this.fd = fd;
  }

  /**
   * `durable: false` leaves the fsync of the lock file to makeDurable(): the
   * exclusive create alone is what keeps a second writer out, and the fsync
   * (tens of ms on a busy disk) only matters once the case holds WAL content
   * a power cut could strand (journalState.ts reads a stale lock as "this was
   * open, not copied"), so OpenCase makes it durable before it leaves rollback mode.
   */
  static acquire(casePath: string, door: string, options: { durable?: boolean } = {}): CaseLock {
    const lockPath = lockPathFor(casePath);
    const me: LockHolder = { pid: process.pid, host: hostname(), user: currentUser(), door, since: Date.now() };
    let tookOver = false;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(lockPath, 'wx', 0o600);
        const lock = new CaseLock(lockPath, tookOver, fd);
        try {
          writeSync(fd, JSON.stringify(me));
          if (options.durable !== false) lock.makeDurable();
        } catch (err) {
          lock.release();
          throw err;
        }
        return lock;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
          throw new WorkbenchError(
            'CASE_FILE_READ_ONLY',
            'The folder of this case file cannot be written to, so the case cannot be opened for editing.',
            { path: casePath, reason: code },
          );
        }
        if (code !== 'EEXIST') throw err;
        const holder = readHolder(lockPath);
        const stale =
          holder === null ? false : holder.host === me.host && holder.pid !== me.pid && !processIsAlive(holder.pid);
        if (holder && holder.host === me.host && holder.pid === me.pid) {
          throw new WorkbenchError('CASE_FILE_LOCKED', 'This case file is already open in this window or process.', {
            path: casePath,
            holder,
          });
        }
        if (!stale) {
          throw new WorkbenchError(
            'CASE_FILE_LOCKED',
            holder
              ? `This case file is open elsewhere: ${describeHolder(holder)}.`
              : 'This case file is open elsewhere (its lock file cannot be read).',
            { path: casePath, holder, lockFile: lockPath },
          );
        }
        rmSync(lockPath, { force: true });
        tookOver = true;
      }
    }
    throw new WorkbenchError('CASE_FILE_LOCKED', 'This case file is open elsewhere.', { path: casePath });
  }

  /** Puts the lock file's content on disk (once; later calls do nothing). */
  makeDurable(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.path, { force: true });
  }
}
