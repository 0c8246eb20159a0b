import { randomBytes } from 'node:crypto';
import type { ExportJobStatus } from '../../../../shared/contract/export';
import { WorkbenchError, type WireError } from '../../../../shared/contract/errors';
import type { ExportedFile } from '../../export';

export interface JobFile extends ExportedFile {
  fileName: string;
  tlp: string;
}

interface Job {
  controller: AbortController;
  status: ExportJobStatus;
  file: JobFile | null;
  expiry: ReturnType<typeof setTimeout> | null;
}

/** A finished job's bytes are kept this long for the preview and the save, then dropped. */
const KEEP_MS = 15 * 60_000;
/** At most this many jobs at once; the dialog cancels its previous preview before starting another. */
const MAX_RUNNING = 3;

/**
 * Background exports of this process: the export dialog starts one for its
 * preview, polls its progress, may cancel it, and saves or downloads the very
 * bytes it previewed. Nothing is written to disk until the user saves, so a
 * cancelled or failed job leaves no file.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  start(run: (signal: AbortSignal, progress: (step: string, fraction: number) => void) => Promise<JobFile>): string {
    const running = [...this.jobs.values()].filter((j) => j.status.state === 'running').length;
    if (running >= MAX_RUNNING) {
      throw new WorkbenchError('EXPORT_FAILED', `${running} exports are already running; cancel one first.`);
    }
    const jobId = `job_${randomBytes(12).toString('base64url')}`;
    const job: Job = {
      controller: new AbortController(),
      status: { state: 'running', step: 'queued', fraction: 0, error: null, file: null },
      file: null,
      expiry: null,
    };
    this.jobs.set(jobId, job);
    const progress = (step: string, fraction: number) => {
      if (job.status.state === 'running')
        job.status = { ...job.status, step, fraction: Math.min(1, Math.max(0, fraction)) };
    };
    void run(job.controller.signal, progress).then(
      (file) => {
        if (job.status.state !== 'running') return;
        job.file = file;
        const { bytes, ...facts } = file;
        job.status = {
          state: 'done',
          step: 'done',
          fraction: 1,
          error: null,
          file: { ...facts, sizeBytes: bytes.byteLength },
        };
        this.expire(jobId, job);
      },
      (err: unknown) => {
        if (job.status.state !== 'running') return;
        const wire: WireError =
          err instanceof WorkbenchError
            ? err.toWire()
            : { code: 'EXPORT_FAILED', message: `The export failed: ${(err as Error).message}` };
        const state = wire.code === 'CANCELLED' ? 'cancelled' : 'failed';
        job.status = { ...job.status, state, error: { code: wire.code, message: wire.message } };
        this.expire(jobId, job);
      },
    );
    return jobId;
  }

  private expire(jobId: string, job: Job) {
    job.expiry = setTimeout(() => this.jobs.delete(jobId), KEEP_MS);
    job.expiry.unref?.();
  }

  private get(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new WorkbenchError('NOT_FOUND', 'This export is no longer available; export again.');
    return job;
  }

  status(jobId: string): ExportJobStatus {
    return this.get(jobId).status;
  }

  /** Stops a running job at once (its print is aborted) and frees it; false when it had already ended. */
  cancel(jobId: string): boolean {
    const job = this.get(jobId);
    if (job.status.state !== 'running') return false;
    job.status = {
      ...job.status,
      state: 'cancelled',
      error: { code: 'CANCELLED', message: 'The export was cancelled.' },
    };
    job.controller.abort();
    this.expire(jobId, job);
    return true;
  }

  /** The finished file; CANCELLED / the job's error otherwise. */
  file(jobId: string): JobFile {
    const job = this.get(jobId);
    if (job.file) return job.file;
    if (job.status.error) throw new WorkbenchError(job.status.error.code, job.status.error.message);
    throw new WorkbenchError('EXPORT_FAILED', 'The export has not finished yet.');
  }

  /** Jobs still running (tests). */
  runningCount(): number {
    return [...this.jobs.values()].filter((j) => j.status.state === 'running').length;
  }
}

/** One registry per process: jobs belong to the process that prints them. */
export const exportJobs = new ExportJobs();
