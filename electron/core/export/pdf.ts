import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { WorkbenchError } from '../../../shared/contract/errors';
import { esc } from './escape';
import { labelsFor, printableMs } from './labels';
import { tlpLabelHtml } from './marking';
import type { TocEntry } from './docHtml';
import { readNamedPages, readOutline, withDocumentInfo, type DocumentInfo } from './pdfFile';
import { renderReport, type RenderedReport } from './report';
import { cancelled, launchChromium, printerFor, type PdfPrinter } from './printer';
import type { PrintSettings } from './printOptions';
import type { ProgressFn, RenderOptions, ReportData } from './types';

export interface PdfHooks {
  signal?: AbortSignal;
  progress?: ProgressFn;
  /** The printer to use (the app's warm Chromium or Electron's printToPDF). */
  printer?: PdfPrinter;
  /** A Chromium to reuse (tests, benchmarks); without printer or browser one is launched and closed. */
  browser?: Browser;
}

export { launchChromium } from './printer';

/** Header and footer (the same for every printer): the marking and handling line on every page, the page count in the footer. */
export function pageTemplates(report: RenderedReport, data: ReportData) {
  const l = labelsFor(data.briefing.language);
  const box = (inner: string) =>
    `<div style="width:100%;font-family:'DejaVu Sans',sans-serif;font-size:8pt;color:#111;padding:0 15mm;display:flex;align-items:center;gap:6px;-webkit-print-color-adjust:exact">${inner}</div>`;
  const handling = esc(data.briefing.handling.trim());
  const mark = `${tlpLabelHtml(data.briefing.tlp, '8pt')}<span style="flex:1">${handling}</span>`;
  return {
    headerTemplate: box(mark),
    footerTemplate: box(
      `${mark}<span>${esc(l.page)} <span class="pageNumber"></span> ${esc(l.of)} <span class="totalPages"></span></span>`,
    ),
  };
}

export interface PrintedPdf {
  bytes: Uint8Array;
  report: RenderedReport;
  pageCount: number;
  /** How many times Chromium printed it: 1 when the measured pages were right, 2 when not (and for Electron's printer). */
  prints: number;
}

/** Prints HTML once in a fresh locked context of `browser` (the benchmark's baseline uses it too). */
export async function printHtml(
  browser: Browser,
  html: string,
  templates: { headerTemplate: string; footerTemplate: string },
  paper: 'A4' | 'Letter',
): Promise<Uint8Array> {
  return printerFor(browser).print(html, { paper, ...templates });
}

interface OutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineNode[];
}

/** Page numbers (1-based) of the outline entries, in document order, read back from the PDF with pdf.js. */
export async function outlinePages(bytes: Uint8Array): Promise<{ title: string; page: number }[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const out: { title: string; page: number }[] = [];
    const visit = async (items: OutlineNode[]) => {
      for (const item of items) {
        const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
        const ref = Array.isArray(dest) ? dest[0] : null;
        if (ref && typeof ref === 'object') {
          out.push({ title: item.title.trim(), page: (await pdf.getPageIndex(ref as never)) + 1 });
        }
        await visit(item.items ?? []);
      }
    };
    await visit(((await pdf.getOutline()) ?? []) as OutlineNode[]);
    return out;
  } finally {
    await pdf.destroy();
  }
}

/** The contents' page-number cell of one entry (report.ts writes `.toc a[href="#id"] .pg`). */
const tocNumberSelector = (id: string) => `.toc a[href="#${id.replace(/["\\]/g, '\\$&')}"] .pg`;

/** The page each contents entry's heading printed on: by its id from the PDF's named destinations, else by title from the outline. */
async function headingPages(bytes: Uint8Array, toc: readonly TocEntry[]): Promise<Map<string, number>> {
  const named = readNamedPages(
    bytes,
    toc.map((t) => t.id),
  );
  if (named && toc.every((t) => named.has(t.id))) return named;
  const outline = readOutline(bytes) ?? (await outlinePages(bytes));
  const pages = new Map<string, number>();
  let at = 0;
  for (const entry of toc) {
    const i = outline.findIndex((o, k) => k >= at && o.title === entry.text);
    if (i >= 0) {
      pages.set(entry.id, outline[i]!.page);
      at = i + 1;
    }
  }
  return pages;
}

const samePages = (toc: readonly TocEntry[], a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  toc.every((t) => a.get(t.id) === b.get(t.id));

/** At most this many prints of one report: the numbers take reserved space, so the second print always agrees. */
const MAX_PRINTS = 3;

/**
 * One load, usually one print: the headings' pages are measured in the loaded
 * page and written into the contents before printing; the PDF's own
 * destinations then say where the headings landed, and only when that differs
 * is the page printed again with those numbers.
 */
async function printMeasured(
  withLoaded: NonNullable<PdfPrinter['withLoaded']>,
  report: RenderedReport,
  settings: PrintSettings,
  hooks: PdfHooks,
): Promise<{ bytes: Uint8Array; prints: number }> {
  const { signal, progress } = hooks;
  return withLoaded(report.html, settings, signal, async (doc) => {
    progress?.('layout', 0.2);
    let numbers = await doc.numberPages(report.toc.map((t) => [t.id, tocNumberSelector(t.id)] as const));
    for (let prints = 1; ; prints++) {
      if (prints > 1) {
        await doc.setTexts(report.toc.map((t) => [tocNumberSelector(t.id), String(numbers.get(t.id) ?? '')] as const));
      }
      progress?.('print', prints === 1 ? 0.3 : 0.85);
      const bytes = await doc.print();
      progress?.('pages', prints === 1 ? 0.8 : 0.88);
      const landed = await headingPages(bytes, report.toc);
      if (samePages(report.toc, numbers, landed) || prints >= MAX_PRINTS) return { bytes, prints };
      numbers = landed;
    }
  });
}

/** A printer that only prints HTML (Electron's): print, read where the headings landed, print again with the numbers. */
async function printTwice(
  printer: PdfPrinter,
  data: ReportData,
  options: RenderOptions,
  report: RenderedReport,
  settings: PrintSettings,
  hooks: PdfHooks,
): Promise<{ bytes: Uint8Array; prints: number }> {
  const { signal, progress } = hooks;
  progress?.('layout', 0.25);
  const draft = await printer.print(report.html, settings, signal);
  if (signal?.aborted) throw cancelled();
  progress?.('pages', 0.55);
  const pageNumbers = await headingPages(draft, report.toc);
  const numbered = renderReport(data, { ...options, pageNumbers });
  if (signal?.aborted) throw cancelled();
  progress?.('print', 0.7);
  return { bytes: await printer.print(numbered.html, settings, signal), prints: 2 };
}

/** Title, author, subject and keywords through pdf-lib: any PDF, at the price of parsing and writing all of it. */
async function infoWithPdfLib(
  bytes: Uint8Array,
  info: DocumentInfo,
): Promise<{ bytes: Uint8Array; pageCount: number }> {
  // Loaded only here: Chromium's files take the fast path, and every door starts without it.
  const { PDFDocument } = await import('pdf-lib');
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setAuthor(info.author);
  pdf.setSubject(info.subject);
  pdf.setKeywords([info.keywords]);
  pdf.setLanguage(info.language);
  pdf.setCreator(info.creator);
  pdf.setProducer(`${info.producer} (pdf-lib)`);
  pdf.setCreationDate(info.created);
  pdf.setModificationDate(info.created);
  return { bytes: await pdf.save({ useObjectStreams: false }), pageCount: pdf.getPageCount() };
}

/** The document information: appended to Chromium's file as an incremental update, or through pdf-lib when the file is in another form. */
export async function addDocumentInfo(
  bytes: Uint8Array,
  info: DocumentInfo,
): Promise<{ bytes: Uint8Array; pageCount: number }> {
  return withDocumentInfo(bytes, info) ?? infoWithPdfLib(bytes, info);
}

export function documentInfo(data: ReportData, report: RenderedReport): DocumentInfo {
  const b = data.briefing;
  return {
    title: b.title,
    author: b.authors.join(', '),
    subject: `${report.handling} — ${data.caseTitle}`,
    keywords: [b.tlp, data.caseTitle, b.language === 'de' ? 'Lageeinschätzung' : 'Briefing'].join(' '),
    creator: 'Analyst Workbench',
    producer: 'Analyst Workbench',
    created: new Date(printableMs(data.generatedAt) ?? Date.now()),
    language: b.language,
  };
}

/**
 * The PDF: the report loaded once, its contents numbered with the pages the
 * headings will land on, printed, checked against the PDF's own destinations
 * (printed again only when they differ), then title, author, subject and
 * keywords added. `report` is the report as rendered (its HTML without the
 * contents' numbers, which are filled in in the printer's page).
 */
export async function renderPdf(data: ReportData, options: RenderOptions, hooks: PdfHooks = {}): Promise<PrintedPdf> {
  const { signal, progress } = hooks;
  if (signal?.aborted) throw cancelled();
  progress?.('render', 0.1);
  // Without a printer or browser handed in (the CLI), a browser of our own for this one export,
  // started first: it takes a second or more, and the report renders meanwhile.
  const launching = hooks.printer || hooks.browser ? null : launchChromium();
  launching?.catch(() => undefined);
  let report: RenderedReport;
  try {
    report = renderReport(data, options);
  } catch (err) {
    void launching?.then((b) => b.close()).catch(() => undefined);
    throw err;
  }
  const own = await launching;
  const printer = hooks.printer ?? printerFor(hooks.browser ?? own!);
  try {
    const settings = { paper: options.paper, ...pageTemplates(report, data) };
    const withLoaded = printer.withLoaded?.bind(printer);
    const printed = withLoaded
      ? await printMeasured(withLoaded, report, settings, hooks)
      : await printTwice(printer, data, options, report, settings, hooks);
    if (signal?.aborted) throw cancelled();
    progress?.('metadata', 0.9);
    const { bytes, pageCount } = await addDocumentInfo(printed.bytes, documentInfo(data, report));
    progress?.('done', 1);
    return { bytes, report, pageCount, prints: printed.prints };
  } catch (err) {
    if (signal?.aborted) throw cancelled();
    throw err instanceof WorkbenchError
      ? err
      : new WorkbenchError('EXPORT_FAILED', `The PDF could not be made: ${(err as Error).message}`);
  } finally {
    await own?.close().catch(() => undefined);
  }
}
