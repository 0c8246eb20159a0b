import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportJobStatus } from '../../../../shared/contract/export';
import type { WireError } from '../../../../shared/contract/errors';
import { useApi, type WorkbenchApi } from '../../api/client';
import { toWireError } from '../errors/toWireError';
import { decodeBase64, EXTENSIONS, isCaseWide, safeFileName, type Annex, type DialogFormat } from './formats';

export interface ExportChoice {
  format: DialogFormat;
  paper: 'A4' | 'Letter';
  annexes: Annex[];
}

type Warning = NonNullable<ExportJobStatus['file']>['warnings'][number];

export interface ExportedFile {
  /** The job whose bytes these are (briefing formats); null for case-wide exports. */
  jobId: string | null;
  fileName: string;
  mediaType: string;
  extension: string;
  bytes: Uint8Array<ArrayBuffer>;
  pageCount: number | null;
  warnings: Warning[];
}

export type ExportState =
  | { phase: 'running'; step: string; fraction: number }
  | { phase: 'done'; file: ExportedFile }
  | { phase: 'failed'; error: WireError }
  | { phase: 'cancelled' };

const POLL_MS = 200;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function caseWide(api: WorkbenchApi, format: 'annotations' | 'caseStix', caseTitle: string) {
  const json =
    format === 'annotations'
      ? { value: await api.call('excerpts.exportAnnotations', {}), warnings: [] }
      : await api.call('export.caseStix', {}).then((r) => ({ value: r.bundle, warnings: r.warnings }));
  const extension = EXTENSIONS[format];
  return {
    jobId: null,
    fileName: safeFileName(caseTitle, extension, 'case'),
    mediaType: format === 'annotations' ? 'application/ld+json' : 'application/stix+json;version=2.1',
    extension,
    bytes: new TextEncoder().encode(`${JSON.stringify(json.value, null, 2)}\n`) as Uint8Array<ArrayBuffer>,
    pageCount: null,
    warnings: json.warnings,
  } satisfies ExportedFile;
}

/**
 * Runs the export for the dialog's current choice: a background job in the core
 * whose progress is polled, replaced (the old one cancelled) when the choice
 * changes, and cancelled when the dialog closes. The bytes shown in the preview
 * are the bytes that get saved.
 */
export function useExport(briefingId: string, caseTitle: string, choice: ExportChoice, attempt: number) {
  const api = useApi();
  const [state, setState] = useState<ExportState>({ phase: 'running', step: 'queued', fraction: 0 });
  const current = useRef<{ jobId: string | null; stop: boolean } | null>(null);
  const key = JSON.stringify({ ...choice, attempt });

  const cancel = useCallback(() => {
    const run = current.current;
    if (!run) return;
    run.stop = true;
    if (run.jobId) void api.call('export.cancel', { jobId: run.jobId }).catch(() => undefined);
    setState({ phase: 'cancelled' });
  }, [api]);

  useEffect(() => {
    const c = JSON.parse(key) as ExportChoice;
    const run = { jobId: null as string | null, stop: false };
    current.current = run;
    setState({ phase: 'running', step: 'queued', fraction: 0 });
    const report = (s: ExportState) => {
      if (!run.stop) setState(s);
    };
    (async () => {
      if (isCaseWide(c.format)) {
        report({ phase: 'done', file: await caseWide(api, c.format, caseTitle) });
        return;
      }
      const { jobId } = await api.call('export.start', {
        id: briefingId,
        format: c.format,
        paper: c.paper,
        annexes: c.annexes,
      });
      run.jobId = jobId;
      if (run.stop) {
        void api.call('export.cancel', { jobId }).catch(() => undefined);
        return;
      }
      for (;;) {
        const status = await api.call('export.jobStatus', { jobId });
        if (run.stop) return;
        if (status.state === 'running') {
          report({ phase: 'running', step: status.step, fraction: status.fraction });
          await sleep(POLL_MS);
          continue;
        }
        if (status.state === 'cancelled') return report({ phase: 'cancelled' });
        if (status.state === 'failed') {
          return report({ phase: 'failed', error: status.error ?? { code: 'EXPORT_FAILED', message: '' } });
        }
        const result = await api.call('export.jobResult', { jobId });
        return report({
          phase: 'done',
          file: {
            jobId,
            fileName: result.fileName,
            mediaType: result.mediaType,
            extension: EXTENSIONS[c.format],
            bytes: decodeBase64(result.dataBase64),
            pageCount: result.pageCount,
            warnings: result.warnings,
          },
        });
      }
    })().catch((err: unknown) => report({ phase: 'failed', error: toWireError(err) }));
    return () => {
      // A changed choice or a closed dialog: the running print is stopped in the core.
      run.stop = true;
      if (run.jobId) void api.call('export.cancel', { jobId: run.jobId }).catch(() => undefined);
    };
  }, [api, briefingId, caseTitle, key]);

  return { state, cancel };
}
