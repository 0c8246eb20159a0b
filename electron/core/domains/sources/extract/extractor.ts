import { Worker } from 'node:worker_threads';
import { WorkbenchError, type WireError } from '../../../../../shared/contract/errors';
import { extract } from './index';
import { importError } from './importError';
import type { Extraction, ExtractInput } from './types';

export type ExtractResult = Extraction & { ogType?: string };

export interface WorkerRequest {
  id: number;
  name: string;
  mediaType: string | undefined;
  bytes: Uint8Array;
}
export type WorkerReply = { id: number; ok: true; result: ExtractResult } | { id: number; ok: false; error: WireError };

/** Turns file bytes into text, structure and metadata, in this thread or in a worker. */
export interface Extractor {
  run(input: ExtractInput): Promise<ExtractResult>;
  close(): Promise<void>;
}

export interface WorkerExtractorOptions {
  /** The built worker entry (extractWorker.mjs beside the bundle), or the .ts source with a loader in execArgv. */
  path: string;
  execArgv?: string[];
  /** A file that takes longer than this is refused; the worker is replaced. */
  timeoutMs?: number;
}

export const inProcessExtractor: Extractor = { run: (input) => extract(input), close: async () => undefined };

/**
 * One long-lived worker, fed one file at a time (parsing is CPU-bound; a second
 * worker on a 2-core machine would compete with the UI). A file that hangs the
 * parser or crashes the worker fails alone: the worker is terminated and the
 * next file gets a fresh one.
 */
export function createWorkerExtractor(options: WorkerExtractorOptions): Extractor {
  const timeoutMs = options.timeoutMs ?? 120_000;
  let worker: Worker | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  function spawnWorker(): Worker {
    const w = new Worker(options.path, { execArgv: options.execArgv ?? [] });
    // The worker must not keep a CLI process alive on its own.
    w.unref();
    return w;
  }

  function runOne(input: ExtractInput): Promise<ExtractResult> {
    const w = (worker ??= spawnWorker());
    const id = nextId++;
    return new Promise<ExtractResult>((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
      };
      const discard = () => {
        if (worker === w) worker = null;
        void w.terminate();
      };
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return;
        cleanup();
        if (reply.ok) resolve(reply.result);
        else reject(new WorkbenchError(reply.error.code, reply.error.message, reply.error.details));
      };
      const onError = (err: Error) => {
        cleanup();
        discard();
        reject(importError('FILE_CORRUPT', input.name, `could not be read: the parser failed (${err.message}).`));
      };
      const onExit = () => {
        cleanup();
        if (worker === w) worker = null;
        reject(importError('FILE_CORRUPT', input.name, 'could not be read: the parser stopped unexpectedly.'));
      };
      const timer = setTimeout(() => {
        cleanup();
        discard();
        reject(
          importError(
            'FILE_CORRUPT',
            input.name,
            `took longer than ${Math.round(timeoutMs / 1000)} s to read and was skipped.`,
          ),
        );
      }, timeoutMs);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      // A copy, not a transfer: the caller still hashes and stores these bytes.
      w.postMessage({ id, name: input.name, mediaType: input.mediaType, bytes: input.bytes } satisfies WorkerRequest);
    });
  }

  return {
    run(input) {
      const result = queue.then(() => runOne(input));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
