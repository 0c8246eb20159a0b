/**
 * pdf.js for the page view, configured for untrusted files. Loaded on demand (the
 * page view is its own chunk), so the app's first screen never pays for it.
 *
 * What an imported PDF may do here, decided option by option:
 * - No script: pdf.js's display layer never runs a document's JavaScript (that needs
 *   the separate scripting sandbox, which is not loaded), XFA forms stay off, and no
 *   annotation layer is created, so links cannot navigate and form fields do not exist.
 * - No eval: `isEvalSupported: false` makes PostScript functions interpreted, not
 *   compiled with `new Function` (which the CSP forbids anyway).
 * - No WebAssembly (`useWasm: false`): the CSP has no 'wasm-unsafe-eval'. JBIG2 and
 *   CCITT images use pdf.js's JavaScript decoders; JPEG 2000 images and ICC colour
 *   profiles need the wasm decoders and are not drawn exactly (a known gap).
 * - No fetch by the document: the bytes come from the core (`sources.original`), CMaps
 *   and the standard fonts are bundled with the app and handed over by
 *   `BundledDataFactory`; nothing is requested from anywhere but the app itself.
 * - `disableFontFace: true`: embedded font programs are drawn as paths by pdf.js and
 *   never handed to the platform's font engine, a large parser of untrusted input;
 *   it also loads no FontFace into the document. Text draws a little slower, which the
 *   lazy page rendering absorbs. With it, `useSystemFonts` must be false (system fonts
 *   cannot be drawn as paths), so missing standard fonts come from the bundled set.
 * - The same font options as the importer (electron/core/domains/sources/extract/pdf.ts),
 *   so `getTextContent` yields the items the stored text was built from (pdfTextMap.ts).
 * - The worker is a file of the app's own origin (a Vite asset), started as a module
 *   worker: the CSP's `worker-src 'self'`.
 */
import type { DocumentInitParameters, PDFDocumentLoadingTask } from 'pdfjs-dist/types/src/display/api';
import type * as PdfJsModule from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url&no-inline';

type PdfJs = typeof PdfJsModule;

/** Emitted as assets of the app's own origin, never inlined as data: URLs (which the CSP would refuse to fetch). */
const CMAPS = import.meta.glob<string>('../../../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});
const STANDARD_FONTS = import.meta.glob<string>(
  [
    '../../../../../node_modules/pdfjs-dist/standard_fonts/*.pfb',
    '../../../../../node_modules/pdfjs-dist/standard_fonts/*.ttf',
  ],
  { query: '?url&no-inline', import: 'default', eager: true },
);

function byFileName(table: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(table).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));
}

const BUNDLED: Record<string, Map<string, string>> = {
  cMapUrl: byFileName(CMAPS),
  standardFontDataUrl: byFileName(STANDARD_FONTS),
};

/**
 * pdf.js asks the main thread for CMaps and standard fonts by file name
 * (`useWorkerFetch: false`); only files bundled with the app are answered.
 */
class BundledDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = BUNDLED[kind]?.get(filename);
    if (!url) throw new Error(`No bundled ${kind} file ${filename}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Bundled ${filename}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

let loading: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist');
  return loading;
}

export interface PdfWorkerHandle {
  pdfjs: PdfJs;
  worker: InstanceType<PdfJs['PDFWorker']>;
  /** Ends the worker (after the documents opened in it). */
  close(): void;
}

/**
 * Starts pdf.js and its worker. The page view does this as soon as it opens, while the
 * PDF's bytes are still on their way from the core: parsing the worker script is the
 * slowest step of opening a document on a busy machine.
 */
export async function startPdfWorker(): Promise<PdfWorkerHandle> {
  const pdfjs = await loadPdfJs();
  const port = new Worker(workerUrl, { type: 'module', name: 'pdf.js' });
  const worker = pdfjs.PDFWorker.create({ port, name: 'pdf.js' });
  return {
    pdfjs,
    worker,
    close() {
      worker.destroy();
      port.terminate();
      // The text layers' measuring canvases (on the body) go once no layer is pending.
      pdfjs.TextLayer.cleanup();
    },
  };
}

/** Opens PDF bytes (pdf.js takes them over) in the given worker; destroy the task to close it. */
export function openPdf({ pdfjs, worker }: PdfWorkerHandle, data: Uint8Array): PDFDocumentLoadingTask {
  const params: DocumentInitParameters = {
    data,
    worker,
    isEvalSupported: false,
    enableXfa: false,
    useWasm: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    BinaryDataFactory: BundledDataFactory,
    cMapPacked: true,
    // The document's own URL base is meaningless here (and would be used for nothing).
    docBaseUrl: undefined,
    stopAtErrors: false,
    verbosity: 0,
  };
  return pdfjs.getDocument(params);
}
