import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import { useMethodQuery } from '../../../api/queries';
import { openPdf, startPdfWorker, type PdfWorkerHandle } from './pdfjs';
import type { PageSize } from './pageLayout';

export type PdfDocumentState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; pdf: PDFDocumentProxy; firstPage: PageSize };

/** Base64 to bytes; Uint8Array.fromBase64 where the engine has it (Chromium ≥ 140), else atob. */
function decodeBase64(data: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(data);
  const binary = atob(data);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * The version's original PDF, opened in pdf.js. The bytes come from the core
 * (`sources.original`), never from a URL; they are not kept in the query cache
 * once the view closes (a PDF may be large), and each open gets its own copy
 * because pdf.js hands the buffer over to its worker.
 */
export function usePdfDocument(sourceId: string, version: number): PdfDocumentState {
  const original = useMethodQuery('sources.original', { sourceId, version }, { gcTime: 0 });
  const data = original.data?.dataBase64;
  const [state, setState] = useState<PdfDocumentState>({ status: 'loading' });
  const workerRef = useRef<Promise<PdfWorkerHandle> | null>(null);

  // The worker starts at once, in parallel with fetching the bytes, and lives as long as the view.
  useEffect(() => {
    const starting = startPdfWorker();
    workerRef.current = starting;
    return () => {
      workerRef.current = null;
      void starting.then((w) => w.close()).catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    const starting = workerRef.current;
    if (data === undefined || !starting) return;
    let cancelled = false;
    let task: PDFDocumentLoadingTask | null = null;
    setState({ status: 'loading' });
    (async () => {
      const handle = await starting;
      if (cancelled) return;
      task = openPdf(handle, decodeBase64(data));
      const pdf = await task.promise;
      const first = (await pdf.getPage(1)).getViewport({ scale: 1 });
      if (!cancelled) setState({ status: 'ready', pdf, firstPage: { width: first.width, height: first.height } });
    })().catch((error: unknown) => {
      if (!cancelled) setState({ status: 'error', error });
    });
    return () => {
      cancelled = true;
      void task?.destroy().catch(() => undefined);
    };
  }, [data]);

  if (original.error) return { status: 'error', error: original.error };
  return state;
}
