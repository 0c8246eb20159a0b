import type Database from 'better-sqlite3';
import { WorkbenchError } from '../../../shared/contract/errors';
import type { HandlerContext } from '../handlerTypes';
import type { OpenCase } from './case/caseSession';

/** The open case, or NO_CASE_OPEN: every case-content method starts here. */
export function requireCase(ctx: HandlerContext): OpenCase {
  if (!ctx.session.openCase) throw new WorkbenchError('NO_CASE_OPEN', 'No case file is open.');
  return ctx.session.openCase;
}

/** Every write in one IMMEDIATE transaction, answered from inside it so the reply is what was committed. */
export function writeTransaction<T>(db: Database.Database, fn: () => T): T {
  return db.transaction(fn).immediate();
}
