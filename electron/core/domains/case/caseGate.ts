import { contract, isMethodName } from '../../../../shared/contract';
import type { WorkbenchError } from '../../../../shared/contract/errors';
import type { WorkbenchEvent } from '../../../../shared/contract/events';
import type { Envelope } from '../../../../shared/contract/wire';
import type { Session } from '../../handlerTypes';
import type { OpenCase } from './caseSession';

/** Methods that open, create or close a case, or back it up: they change no data of the open case. */
const NOT_EDITS = new Set<string>([
  'case.create',
  'case.open',
  'case.close',
  'sources.createSampleCase',
  'case.backup',
  'case.setBackupFolder',
]);
/** Writes that invalidate nothing (the briefing's autosave keeps the editor's own state). */
const QUIET_WRITES = new Set<string>(['briefings.save']);
/** Reads that must see what settling writes (the recent-cases list). */
const SETTLING_READS = new Set<string>(['recent.list', 'recent.remove', 'recent.clear']);

/** Whether `method` writes to the open case's file. */
export function writesCase(method: string): boolean {
  if (!isMethodName(method) || NOT_EDITS.has(method)) return false;
  if (QUIET_WRITES.has(method)) return true;
  return contract[method].invalidates.some((d) => d !== 'prefs' && d !== 'recent');
}

/**
 * Between the doors and the handlers, for the open case (OpenCase): settles it
 * before its first write, refuses writes once it is known to be damaged, and
 * turns the background check's finding into a `data.changed` event so the
 * doors fetch case.info (which then carries `damage`) at once.
 */
export class CaseGate {
  private watched: OpenCase | null = null;
  private unwatch: (() => void) | null = null;

  constructor(
    private readonly session: Session,
    private readonly emit: (event: WorkbenchEvent) => void,
    private readonly log: (message: string, err: unknown) => void,
  ) {}

  /** Before a call: the refusal to answer with, or null to go on. */
  before(method: string): WorkbenchError | null {
    const open = this.session.openCase;
    if (!open) return null;
    const writes = writesCase(method);
    if (writes && open.damage) return open.damagedError();
    if (writes || SETTLING_READS.has(method)) {
      try {
        open.settle();
      } catch (err) {
        // Still in rollback mode (another process holds a read lock): the write is as safe there, only slower.
        this.log('settling the open case failed', err);
      }
    }
    return null;
  }

  /** After a call: watches a newly opened case; a write that failed because the case is damaged says so. */
  after(method: string, envelope: Envelope<unknown>): Envelope<unknown> {
    const open = this.session.openCase;
    if (open !== this.watched) {
      this.unwatch?.();
      this.watched = open;
      this.unwatch = open ? open.onDamaged(() => this.emit({ type: 'data.changed', domains: ['case'] })) : null;
    }
    // A write that reached the query-only connection by a path the gate does not know fails inside SQLite.
    if (!envelope.ok && envelope.error.code === 'INTERNAL' && open?.damage && !NOT_EDITS.has(method)) {
      return { ok: false, error: open.damagedError().toWire() };
    }
    return envelope;
  }
}
