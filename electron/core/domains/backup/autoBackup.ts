import { contract, isMethodName } from '../../../../shared/contract';
import type { OpenCase } from '../case/caseSession';
import type { Session } from '../../handlerTypes';
import { BACKUP_POLICY, type BackupService, type BackupReason } from './backupService';

/** Methods that change no case data (or manage backups themselves): they never count as edits. */
const NOT_EDITS = new Set<string>(['case.create', 'case.open', 'case.close', 'sources.createSampleCase']);

function caseIdOf(open: OpenCase): string {
  return (open.db.prepare('SELECT case_id AS id FROM case_meta LIMIT 1').get() as { id: string }).id;
}

/**
 * Rolling automatic backups of the open case: one when a case is opened, one
 * after BACKUP_POLICY.everyWrites successful changes or everyMinutes of
 * editing (whichever first), and one before the case is closed when changes
 * were made since the last. A failed automatic backup never fails the edit
 * that triggered it: the reason is kept for `case.backups` and logged.
 *
 * The open backup waits `openDelayMs` (the core uses a few seconds) so that
 * `case.open` answers and the first screen loads before the whole file is
 * copied: on a 100,000-source case the copy and its checks take many seconds.
 * A call that lists, makes or restores backups, or closes the case, takes the
 * pending backup first, so nothing is skipped and the list is never stale.
 */
export class AutoBackup {
  private lastCase: OpenCase | null = null;
  private writes = 0;
  private firstWriteAt = 0;
  lastError: string | null = null;
  private readonly timer: NodeJS.Timeout;
  private pendingOpen: NodeJS.Timeout | null = null;

  constructor(
    readonly service: BackupService,
    private readonly session: Session,
    private readonly log: (message: string, err: unknown) => void,
    private readonly clock: () => number = Date.now,
    private readonly openDelayMs = 0,
  ) {
    this.timer = setInterval(() => this.tick(), 60_000);
    this.timer.unref();
  }

  caseIdOf(open: OpenCase): string {
    return caseIdOf(open);
  }

  /** Backs up the open case now; throws (for `case.backup`) rather than logging. */
  backupNow(open: OpenCase, reason: BackupReason) {
    const info = this.service.create(open.db, open.path, caseIdOf(open), reason, this.clock());
    this.writes = 0;
    this.firstWriteAt = 0;
    this.lastError = null;
    return info;
  }

  private tryBackup(open: OpenCase, reason: BackupReason): void {
    try {
      this.backupNow(open, reason);
    } catch (err) {
      this.lastError = `${reason} backup failed: ${(err as Error).message}`;
      this.log('automatic backup failed', err);
    }
  }

  /** Before a call that may close the open case: back up unbacked edits first. */
  beforeCall(method: string): void {
    if (NOT_EDITS.has(method) || method.startsWith('case.backup') || method === 'case.restoreBackup') {
      this.runPendingOpen();
    }
    if (!NOT_EDITS.has(method)) return;
    this.flush();
  }

  /** The deferred open backup, now, if it is still due for the case that is open. */
  private runPendingOpen(): void {
    if (!this.pendingOpen) return;
    clearTimeout(this.pendingOpen);
    this.pendingOpen = null;
    const open = this.session.openCase;
    if (open && open === this.lastCase) this.tryBackup(open, 'open');
  }

  private scheduleOpenBackup(open: OpenCase): void {
    if (this.openDelayMs <= 0) {
      this.tryBackup(open, 'open');
      return;
    }
    this.pendingOpen = setTimeout(() => this.runPendingOpen(), this.openDelayMs);
    this.pendingOpen.unref();
  }

  /** After a successful call. */
  afterCall(method: string): void {
    const open = this.session.openCase;
    if (!open) {
      this.lastCase = null;
      return;
    }
    if (open !== this.lastCase) {
      if (this.pendingOpen) clearTimeout(this.pendingOpen);
      this.pendingOpen = null;
      this.lastCase = open;
      this.writes = 0;
      this.firstWriteAt = 0;
      this.lastError = null;
      // A case just created holds nothing worth a copy yet.
      if (method === 'case.open') this.scheduleOpenBackup(open);
      return;
    }
    if (NOT_EDITS.has(method) || method.startsWith('case.backup') || method === 'case.setBackupFolder') return;
    if (!isMethodName(method)) return;
    const touches = contract[method].invalidates.filter((d) => d !== 'prefs' && d !== 'recent');
    if (!touches.length) return;
    if (this.writes === 0) this.firstWriteAt = this.clock();
    this.writes++;
    this.tick();
  }

  /** Backs up when enough edits or enough minutes of editing have accumulated. */
  tick(): void {
    const open = this.session.openCase;
    if (!open || open !== this.lastCase || this.writes === 0) return;
    const dueByCount = this.writes >= BACKUP_POLICY.everyWrites;
    const dueByTime = this.clock() - this.firstWriteAt >= BACKUP_POLICY.everyMinutes * 60_000;
    if (dueByCount || dueByTime) this.tryBackup(open, 'edits');
  }

  /** Backs up unbacked edits of the open case (before it closes). */
  flush(): void {
    this.runPendingOpen();
    const open = this.session.openCase;
    if (open && open === this.lastCase && this.writes > 0) this.tryBackup(open, 'close');
  }

  dispose(): void {
    clearInterval(this.timer);
    if (this.pendingOpen) clearTimeout(this.pendingOpen);
    this.pendingOpen = null;
  }
}
