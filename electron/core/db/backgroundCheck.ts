import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { sqliteNativeBinding } from './open';

/**
 * What the background check of an open case found. 'damaged' carries SQLite's
 * verdict; 'failed' means the check could not run (no worker, no connection),
 * which says nothing about the file.
 */
export type CheckOutcome =
  | { kind: 'ok'; trees: number; ms: number }
  | { kind: 'damaged'; verdict: string; table: string | null }
  | { kind: 'stopped' }
  | { kind: 'failed'; message: string };

export interface BackgroundCheck {
  readonly outcome: Promise<CheckOutcome>;
  /**
   * Stops the check and returns once its connection is closed (a table being
   * checked is finished first), so the caller can checkpoint and leave WAL mode.
   */
  stop(): void;
}

/** Slots of the shared state: the worker's phase, and the stop request. */
const PHASE = 0;
const STOP = 1;
/** Phases: not started, connection open, connection closed, cancelled before it opened one. */
const IDLE = 0;
const RUNNING = 1;
const CLOSED = 2;
const CANCELLED = 3;
/** How long stop() waits for the table being checked (9 s for the whole 100k case, a few for its largest table). */
const STOP_WAIT_MS = 15_000;

/**
 * The worker, as a CommonJS script (eval), so it needs no entry of its own in
 * the three builds. One read-only connection; `PRAGMA quick_check(<table>)`
 * per b-tree table with its indexes (FTS5's shadow tables included), one short
 * read each, checking the stop flag between them. That is every page that
 * holds data; what it leaves out compared with a whole-file quick_check is
 * the free-page list and the cross-tree page count, and FTS5's own
 * index-against-content check (a logical check, and by far the slowest part).
 */
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const state = new Int32Array(workerData.state);
function run() {
  if (Atomics.compareExchange(state, ${PHASE}, ${IDLE}, ${RUNNING}) !== ${IDLE}) return { kind: 'stopped' };
  let db;
  let table = null;
  const started = Date.now();
  try {
    const Database = require(workerData.modulePath);
    const options = { readonly: true, fileMustExist: true };
    if (workerData.nativeBinding) options.nativeBinding = workerData.nativeBinding;
    db = new Database(workerData.path, options);
    db.pragma('query_only = ON');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.pragma('trusted_schema = OFF');
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rootpage")
      .pluck()
      .all();
    tables.unshift('sqlite_schema');
    for (const name of tables) {
      if (Atomics.load(state, ${STOP})) return { kind: 'stopped' };
      table = name;
      const verdict = String(db.pragma('quick_check("' + name.replace(/"/g, '""') + '")', { simple: true }));
      if (verdict !== 'ok') return { kind: 'damaged', verdict, table };
    }
    return { kind: 'ok', trees: tables.length, ms: Date.now() - started };
  } catch (err) {
    const message = String((err && err.message) || err);
    if (/malformed|not a database|corrupt/i.test(message)) return { kind: 'damaged', verdict: message, table };
    return { kind: 'failed', message };
  } finally {
    try {
      if (db) db.close();
    } catch {}
    Atomics.store(state, ${PHASE}, ${CLOSED});
    Atomics.notify(state, ${PHASE});
  }
}
parentPort.postMessage(run());
`;

let modulePath: string | undefined;

/**
 * Checks the structure of the case at `path` in a worker thread, on its own
 * read-only connection, while the core goes on answering. The case must be in
 * WAL mode (OpenCase switches before it starts this), so the reader never
 * blocks the core's writes.
 */
export function startBackgroundCheck(path: string): BackgroundCheck {
  const shared = new SharedArrayBuffer(8);
  const state = new Int32Array(shared);
  let worker: Worker;
  try {
    modulePath ??= createRequire(import.meta.url).resolve('better-sqlite3');
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { state: shared, path, modulePath, nativeBinding: sqliteNativeBinding() },
    });
  } catch (err) {
    const outcome = Promise.resolve<CheckOutcome>({ kind: 'failed', message: (err as Error).message });
    return { outcome, stop: () => undefined };
  }
  // The check must not keep a CLI process (or a test run) alive.
  worker.unref();
  const outcome = new Promise<CheckOutcome>((resolve) => {
    worker.once('message', (value: CheckOutcome) => resolve(value));
    worker.once('error', (err) => resolve({ kind: 'failed', message: err.message }));
    worker.once('exit', () => resolve({ kind: 'stopped' }));
  });
  return {
    outcome,
    stop() {
      Atomics.store(state, STOP, 1);
      // Not started yet: it never opens its connection. Running: wait for it to close.
      if (Atomics.compareExchange(state, PHASE, IDLE, CANCELLED) === RUNNING) {
        Atomics.wait(state, PHASE, RUNNING, STOP_WAIT_MS);
      }
      void worker.terminate();
    },
  };
}
