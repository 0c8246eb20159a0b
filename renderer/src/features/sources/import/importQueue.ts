import { useSyncExternalStore } from 'react';
import type { ImportResult } from '../../../../../shared/contract/sources';
import type { WireError } from '../../../../../shared/contract/errors';
import type { ImportFile, ImportStatus } from '../../../../../shared/domain/source';
import { toWireError } from '../../errors/toWireError';
import { blobToBase64, takeBatch } from './fileData';

/** What happened to one file. `stopped`: the analyst stopped the import before it was sent. */
export interface ImportOutcome {
  status: ImportStatus | 'stopped';
  sourceId?: string;
  version?: number;
  title?: string;
  warnings?: string[];
  error?: WireError;
}

export interface ImportItem {
  key: number;
  name: string;
  sizeBytes: number;
  state: 'waiting' | 'working' | 'done';
  outcome?: ImportOutcome;
}

export interface ImportJob {
  items: ImportItem[];
  running: boolean;
}

/** Supplied by the open case view: how to send, and the door's size cap. */
export interface ImportSender {
  maxBytes: number;
  send(files: ImportFile[]): Promise<ImportResult[]>;
  /** Pasted text keeps the title the analyst typed, whatever the importer found in it. */
  rename(sourceId: string, title: string): Promise<void>;
  finished(job: ImportJob): void;
}

export interface NewImport {
  blob: Blob;
  name: string;
  /** Title to give the new source (pasted text). */
  title?: string;
}

interface Pending extends NewImport {
  key: number;
  sizeBytes: number;
}

let job: ImportJob = { items: [], running: false };
let pending: Pending[] = [];
let sender: ImportSender | null = null;
let nextKey = 1;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

function update(keys: ReadonlySet<number>, patch: Partial<ImportItem>): void {
  job = { ...job, items: job.items.map((item) => (keys.has(item.key) ? { ...item, ...patch } : item)) };
  emit();
}

const finish = (key: number, outcome: ImportOutcome) => update(new Set([key]), { state: 'done', outcome });

function outcomeOf(result: ImportResult): ImportOutcome {
  const { status, sourceId, version, title, warnings, error } = result;
  return { status, sourceId, version, title, warnings, error };
}

function tooLarge(file: Pending, maxBytes: number): ImportOutcome {
  return {
    status: 'failed',
    error: {
      code: 'PAYLOAD_TOO_LARGE',
      message: `“${file.name}” is too large.`,
      details: { file: file.name, sizeBytes: file.sizeBytes, maxBytes },
    },
  };
}

const readFailed = (file: Pending, err: unknown): ImportOutcome => ({
  status: 'failed',
  error: { code: 'INTERNAL', message: String(err), details: { file: file.name, readFailed: true } },
});

/** Reads the batch's files; those that are too large or unreadable are answered at once. */
async function encode(batch: Pending[], s: ImportSender): Promise<{ files: ImportFile[]; sent: Pending[] }> {
  const files: ImportFile[] = [];
  const sent: Pending[] = [];
  for (const file of batch) {
    if (file.sizeBytes > s.maxBytes) {
      finish(file.key, tooLarge(file, s.maxBytes));
      continue;
    }
    try {
      const dataBase64 = await blobToBase64(file.blob);
      files.push({ name: file.name, ...(file.blob.type ? { mediaType: file.blob.type } : {}), dataBase64 });
      sent.push(file);
    } catch (err) {
      finish(file.key, readFailed(file, err));
    }
  }
  return { files, sent };
}

async function sendBatch(batch: Pending[], s: ImportSender): Promise<void> {
  update(new Set(batch.map((p) => p.key)), { state: 'working' });
  const { files, sent } = await encode(batch, s);
  if (!files.length) return;
  try {
    const results = await s.send(files);
    for (const [i, file] of sent.entries()) {
      const result = results[i];
      const outcome: ImportOutcome = result
        ? outcomeOf(result)
        : { status: 'failed', error: { code: 'INTERNAL', message: 'No answer for this file.' } };
      if (file.title && outcome.status === 'imported' && outcome.sourceId && outcome.title !== file.title) {
        // The import itself succeeded; a failed rename only leaves the title the importer chose.
        await s.rename(outcome.sourceId, file.title).catch(() => undefined);
        outcome.title = file.title;
      }
      finish(file.key, outcome);
    }
  } catch (err) {
    // The whole call failed (server gone, request refused): every file of the batch failed with it.
    const error = toWireError(err);
    for (const file of sent) finish(file.key, { status: 'failed', error });
  }
}

/** Sends the queue batch by batch until it is empty; files added meanwhile join the same run. */
async function pump(): Promise<void> {
  const s = sender;
  if (job.running || !s) return;
  job = { ...job, running: true };
  emit();
  try {
    while (pending.length) await sendBatch(takeBatch(pending), s);
  } finally {
    job = { ...job, running: false };
    emit();
    s.finished(job);
  }
}

export const importQueue = {
  get: (): ImportJob => job,
  attach(next: ImportSender | null): void {
    sender = next;
    if (sender && pending.length) void pump();
  },
  add(files: NewImport[]): void {
    if (!files.length) return;
    // A finished run's results are replaced by the new run's; a running one grows.
    const items = job.running ? job.items : [];
    const added = files.map((f) => ({ ...f, key: nextKey++, sizeBytes: f.blob.size }));
    pending.push(...added);
    job = {
      ...job,
      items: [
        ...items,
        ...added.map((p) => ({ key: p.key, name: p.name, sizeBytes: p.sizeBytes, state: 'waiting' as const })),
      ],
    };
    emit();
    void pump();
  },
  /** Files not sent yet are left out; the batch on its way finishes. */
  stop(): void {
    const keys = new Set(pending.map((p) => p.key));
    pending = [];
    update(keys, { state: 'done', outcome: { status: 'stopped' } });
  },
  /** Forgets a finished run (e.g. when the case closes). */
  reset(): void {
    if (job.running) return;
    job = { items: [], running: false };
    emit();
  },
};

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useImportJob(): ImportJob {
  return useSyncExternalStore(subscribe, importQueue.get);
}

export interface ImportCounts {
  total: number;
  done: number;
  imported: number;
  newVersion: number;
  duplicate: number;
  failed: number;
  stopped: number;
}

export function countImport(items: readonly ImportItem[]): ImportCounts {
  const counts: ImportCounts = {
    total: items.length,
    done: 0,
    imported: 0,
    newVersion: 0,
    duplicate: 0,
    failed: 0,
    stopped: 0,
  };
  for (const item of items) {
    if (item.state !== 'done') continue;
    counts.done++;
    if (item.outcome) counts[item.outcome.status]++;
  }
  return counts;
}
