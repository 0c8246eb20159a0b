import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { Spinner } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { openPdf, startPdfWorker } from '../sources/pdf/pdfjs';

/** Preview width of a page in CSS pixels; drawn at the device's pixel ratio so the text stays sharp. */
const PAGE_WIDTH = 340;

function PreviewPage({ pdf, number, total }: { pdf: PDFDocumentProxy; number: number; total: number }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  useEffect(() => {
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<unknown> } | null = null;
    void (async () => {
      const page = await pdf.getPage(number);
      if (cancelled || !canvas.current) return;
      const base = page.getViewport({ scale: 1 });
      const scale = PAGE_WIDTH / base.width;
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * ratio });
      const el = canvas.current;
      el.width = Math.floor(viewport.width);
      el.height = Math.floor(viewport.height);
      setSize({ w: PAGE_WIDTH, h: Math.round(base.height * scale) });
      task = page.render({ canvas: el, viewport });
      await task.promise;
    })().catch(() => undefined);
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, number]);
  const label = t('export.preview.page', { page: number, total });
  return (
    <figure className="wb-export-preview__page" style={size ? { width: size.w, height: size.h } : undefined}>
      <canvas ref={canvas} role="img" aria-label={label} style={{ width: '100%', height: '100%' }} />
      <figcaption aria-hidden>{number}</figcaption>
    </figure>
  );
}

/**
 * The produced PDF's pages, drawn by pdf.js with the same security options as
 * the source page view (no script, no eval, no wasm, fonts as paths, nothing
 * fetched but the app's bundled files). The bytes are a copy: pdf.js takes over
 * the buffer it is given, and the dialog still needs them to save.
 */
export function PdfPreview({ bytes }: { bytes: Uint8Array<ArrayBuffer> }) {
  const { t } = useTranslation();
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    const starting = startPdfWorker();
    let destroy: (() => void) | null = null;
    void (async () => {
      const handle = await starting;
      if (cancelled) return;
      const task = openPdf(handle, bytes.slice());
      destroy = () => void task.destroy().catch(() => undefined);
      const doc = await task.promise;
      if (!cancelled) setPdf(doc);
    })().catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      setPdf(null);
      destroy?.();
      void starting.then((w) => w.close()).catch(() => undefined);
    };
  }, [bytes]);
  if (failed) return <p className="wb-muted">{t('export.preview.failed')}</p>;
  if (!pdf) return <Spinner size={24} aria-label={t('export.preview.loading')} />;
  return (
    <div className="wb-export-preview__pages">
      {Array.from({ length: pdf.numPages }, (_, i) => (
        <PreviewPage key={i} pdf={pdf} number={i + 1} total={pdf.numPages} />
      ))}
    </div>
  );
}
