import { Worker } from 'node:worker_threads';
import { WorkbenchError, type WireError } from '../../../../../shared/contract/errors';
import { analyseForImport, type ImportAnalysis } from './analyse';
import { importError } from './importError';
import type { ExtractInput } from './types';

export type { ExtractResult, ImportAnalysis } from './analyse';

export interface WorkerRequest {
  id: number;
  name: string;
  mediaType: string | undefined;
  bytes: Uint8Array;
}
export type WorkerReply =
  { id: number; ok: true; result: ImportAnalysis } | { id: number; ok: false; error: WireError };

/** Turns file bytes into text, structure, metadata, language and search text, in this thread or in a worker. */
export interface Extractor {
  run(input: ExtractInput): Promise<ImportAnalysis>;
  close(): Promise<void>;
}

export interface WorkerExtractorOptions {
  /** The built worker entry (extractWorker.mjs beside the bundle), or the .ts source with a loader in execArgv. */
  path: string;
  execArgv?: string[];
  /** A file that takes longer than this is refused; the worker is replaced. */
  timeoutMs?: number;
}

export const inProcessExtractor: Extractor = { run: (input) => analyseForImport(input), close: async () => undefined };

interface Job {
  id: number;
  input: ExtractInput;
  resolve: (result: ImportAnalysis) => void;
  reject: (err: unknown) => void;
}

/**
 * One long-lived worker (parsing is CPU-bound; a second worker on a 2-core
 * machine would compete with the UI and with the thread writing the case).
 * Every file is posted as soon as it is asked for, and the worker works through
 * them one at a time in that order: it never waits for this thread, which may be
 * busy writing the previous batch for a while. Because the order is fixed, the
 * file at the head of the line is the one being parsed: it alone runs against
 * the timeout, and a file that hangs the parser or crashes the worker fails
 * alone. The worker is then replaced and the files behind it are posted again.
 */
export function createWorkerExtractor(options: WorkerExtractorOptions): Extractor {
  const timeoutMs = options.timeoutMs ?? 120_000;
  let worker: Worker | null = null;
  /** Posted to the current worker, in the order it parses them; the first is the one being parsed. */
  let posted: Job[] = [];
  let timer: NodeJS.Timeout | null = null;
  let nextId = 1;

  function armTimer(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    const head = posted[0];
    if (!head) return;
    timer = setTimeout(() => {
      replaceWorker(
        importError(
          'FILE_CORRUPT',
          head.input.name,
          `took longer than ${Math.round(timeoutMs / 1000)} s to read and was skipped.`,
        ),
      );
    }, timeoutMs);
  }

  /** The head file failed with `err`; the worker goes, and the files behind it start again in a fresh one. */
  function replaceWorker(err: unknown): void {
    const w = worker;
    worker = null;
    if (w) void w.terminate();
    const [head, ...rest] = posted;
    posted = [];
    if (timer) clearTimeout(timer);
    timer = null;
    head?.reject(err);
    for (const job of rest) post(job);
  }

  function spawnWorker(): Worker {
    const w = new Worker(options.path, { execArgv: options.execArgv ?? [] });
    // The worker must not keep a CLI process alive on its own.
    w.unref();
    w.on('message', (reply: WorkerReply) => {
      if (worker !== w) return;
      const at = posted.findIndex((j) => j.id === reply.id);
      if (at < 0) return;
      const [job] = posted.splice(at, 1);
      if (at === 0) armTimer();
      if (reply.ok) job!.resolve(reply.result);
      else job!.reject(new WorkbenchError(reply.error.code, reply.error.message, reply.error.details));
    });
    w.on('error', (err: Error) => {
      if (worker !== w) return;
      const name = posted[0]?.input.name ?? 'file';
      replaceWorker(importError('FILE_CORRUPT', name, `could not be read: the parser failed (${err.message}).`));
    });
    w.on('exit', () => {
      if (worker !== w) return;
      const name = posted[0]?.input.name ?? 'file';
      replaceWorker(importError('FILE_CORRUPT', name, 'could not be read: the parser stopped unexpectedly.'));
    });
    return w;
  }

  function post(job: Job): void {
    const w = (worker ??= spawnWorker());
    posted.push(job);
    if (posted.length === 1) armTimer();
    const { input } = job;
    // A copy, not a transfer: the caller still hashes and stores these bytes.
    w.postMessage({
      id: job.id,
      name: input.name,
      mediaType: input.mediaType,
      bytes: input.bytes,
    } satisfies WorkerRequest);
  }

  return {
    run(input) {
      return new Promise<ImportAnalysis>((resolve, reject) => post({ id: nextId++, input, resolve, reject }));
    },
    async close() {
      const w = worker;
      worker = null;
      if (timer) clearTimeout(timer);
      timer = null;
      for (const job of posted.splice(0)) {
        job.reject(importError('FILE_CORRUPT', job.input.name, 'was not read: the import was stopped.'));
      }
      if (w) await w.terminate();
    },
  };
}
