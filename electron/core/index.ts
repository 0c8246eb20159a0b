import { mkdirSync } from 'node:fs';
import type { Envelope } from '../../shared/contract/wire';
import type { WorkbenchEvent } from '../../shared/contract/events';
import { defaultAppDataDir, defaultCasesDir } from './appPaths';
import { createDispatcher, type AllHandlers } from './dispatch';
import { analysisHandlers } from './domains/analysis/handlers';
import { appHandlers } from './domains/app/handlers';
import { briefingsHandlers } from './domains/briefings/handlers';
import { AutoBackup } from './domains/backup/autoBackup';
import { BackupService } from './domains/backup/backupService';
import { createBackupHandlers, type BackupMethod } from './domains/backup/handlers';
import { CaseGate } from './domains/case/caseGate';
import { caseHandlers } from './domains/case/handlers';
import { excerptsHandlers } from './domains/excerpts/handlers';
import { exportHandlers } from './domains/export/handlers';
import { prefsHandlers } from './domains/prefs/handlers';
import { PrefsStore } from './domains/prefs/prefsStore';
import { recentHandlers } from './domains/recent/handlers';
import { searchHandlers } from './domains/search/handlers';
import { RecentStore } from './domains/recent/recentStore';
import { sourcesHandlers } from './domains/sources/handlers';
import { timelineHandlers } from './domains/timeline/handlers';
import type { Door, HandlerContext, Session } from './handlerTypes';
import { headlessHost, type HostAdapter } from './host';
import { setSqliteNativeBinding } from './db/open';
import {
  createWorkerExtractor,
  inProcessExtractor,
  type WorkerExtractorOptions,
} from './domains/sources/extract/extractor';

export interface CoreOptions {
  door: Door;
  /** Where recent cases and preferences live. */
  appDataDir?: string;
  /** Default folder for new cases. */
  casesDir?: string;
  host?: HostAdapter;
  log?: (message: string, err: unknown) => void;
  /**
   * Parse imported files in a worker thread (the built extractWorker entry);
   * without it they are parsed on the core's own thread, which is fine for tests.
   */
  extractWorker?: WorkerExtractorOptions;
  /** Path of a better-sqlite3 native module built for this runtime (Electron). */
  sqliteNativeBinding?: string;
  /** How long the automatic backup after `case.open` waits (0: at once, inside the open call). */
  openBackupDelayMs?: number;
}

/** Long enough for the first screen to load before a large case is copied. */
const OPEN_BACKUP_DELAY_MS = 5_000;

export interface Core {
  dispatch(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Subscribe to pushed events; returns the unsubscribe function. */
  onEvent(listener: (event: WorkbenchEvent) => void): () => void;
  /** Push an event to every listener (doors use it for menu commands). */
  emit(event: WorkbenchEvent): void;
  /** Closes the open case, releasing its lock. Safe to call twice. */
  close(): void;
  readonly door: Door;
}

const handlers: Omit<AllHandlers, BackupMethod> = {
  ...appHandlers,
  ...caseHandlers,
  ...recentHandlers,
  ...prefsHandlers,
  ...sourcesHandlers,
  ...excerptsHandlers,
  ...analysisHandlers,
  ...briefingsHandlers,
  ...exportHandlers,
  ...searchHandlers,
  ...timelineHandlers,
};

/** The application, independent of any door. Electron, the web host and the CLI wrap this. */
export function createCore(options: CoreOptions): Core {
  if (options.sqliteNativeBinding) setSqliteNativeBinding(options.sqliteNativeBinding);
  const appDataDir = options.appDataDir ?? defaultAppDataDir();
  mkdirSync(appDataDir, { recursive: true, mode: 0o700 });
  const listeners = new Set<(event: WorkbenchEvent) => void>();
  const emit = (event: WorkbenchEvent) => {
    for (const l of listeners) {
      try {
        l(event);
      } catch (err) {
        log('event listener failed', err);
      }
    }
  };
  const log = options.log ?? ((message: string, err: unknown) => console.error(`[workbench] ${message}:`, err));
  const session: Session = {
    openCase: null,
    closeCase() {
      const current = this.openCase;
      if (!current) return false;
      this.openCase = null;
      current.close();
      return true;
    },
  };
  const ctx: HandlerContext = {
    door: options.door,
    session,
    recent: new RecentStore(appDataDir),
    prefs: new PrefsStore(appDataDir),
    casesDir: options.casesDir ?? defaultCasesDir(),
    extractor: options.extractWorker ? createWorkerExtractor(options.extractWorker) : inProcessExtractor,
  };
  // Rolling backups watch every successful call (see domains/backup/autoBackup.ts).
  const autoBackup = new AutoBackup(
    new BackupService(appDataDir),
    session,
    log,
    Date.now,
    options.openBackupDelayMs ?? OPEN_BACKUP_DELAY_MS,
  );
  const all: AllHandlers = { ...handlers, ...createBackupHandlers(autoBackup) };
  const inner = createDispatcher(all, options.host ?? headlessHost, ctx, emit, log);
  // Settles the open case before its first write and refuses writes to a case found damaged (domains/case/caseGate.ts).
  const gate = new CaseGate(session, emit, log);
  const dispatch: Core['dispatch'] = async (method, input) => {
    const refused = gate.before(method);
    if (refused) return { ok: false, error: refused.toWire() };
    autoBackup.beforeCall(method);
    const envelope = gate.after(method, await inner(method, input));
    if (envelope.ok) autoBackup.afterCall(method);
    return envelope;
  };
  return {
    door: options.door,
    dispatch,
    emit,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      autoBackup.flush();
      autoBackup.dispose();
      session.closeCase();
      void ctx.extractor.close();
    },
  };
}

export type { HostAdapter } from './host';
export { headlessHost } from './host';
