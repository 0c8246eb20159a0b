import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import type { DOORS } from '../../shared/contract/app';
import type { OpenCase } from './domains/case/caseSession';
import type { PrefsStore } from './domains/prefs/prefsStore';
import type { RecentStore } from './domains/recent/recentStore';
import type { Extractor } from './domains/sources/extract/extractor';

export type Door = (typeof DOORS)[number];

/** The state one core instance holds: at most one open case. */
export interface Session {
  openCase: OpenCase | null;
  /** Closes the open case; true when one was open. */
  closeCase(): boolean;
}

export interface HandlerContext {
  door: Door;
  session: Session;
  recent: RecentStore;
  prefs: PrefsStore;
  casesDir: string;
  /** Parses imported files (in a worker thread when the door provides one). */
  extractor: Extractor;
}

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: HandlerContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type HandlerMap<M extends MethodName> = { [K in M]: Handler<K> };
