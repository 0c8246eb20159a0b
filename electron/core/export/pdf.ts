import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { WorkbenchError } from '../../../shared/contract/errors';
import { esc } from './escape';
import { labelsFor, printableMs } from './labels';
import { tlpLabelHtml } from './marking';
import { renderReport, type RenderedReport } from './report';
import { cancelled, launchChromium, printerFor, type PdfPrinter } from './printer';
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

/**
 * The PDF in two passes: print, read back which page each heading landed on
 * (from the PDF's own outline), print again with those numbers in the table of
 * contents. The numbers take reserved space, so the second pass paginates alike.
 */
export async function renderPdf(data: ReportData, options: RenderOptions, hooks: PdfHooks = {}): Promise<PrintedPdf> {
  const { signal, progress } = hooks;
  if (signal?.aborted) throw cancelled();
  progress?.('render', 0.1);
  const first = renderReport(data, options);
  // Without a printer or browser handed in (the CLI), a browser of our own for this one export.
  const own = hooks.printer || hooks.browser ? null : await launchChromium();
  const printer = hooks.printer ?? printerFor(hooks.browser ?? own!);
  try {
    const settings = { paper: options.paper, ...pageTemplates(first, data) };
    progress?.('layout', 0.25);
    const draft = await printer.print(first.html, settings, signal);
    if (signal?.aborted) throw cancelled();
    progress?.('pages', 0.55);
    const outline = await outlinePages(draft);
    const pageNumbers = new Map<string, number>();
    let at = 0;
    for (const entry of first.toc) {
      const i = outline.findIndex((o, k) => k >= at && o.title === entry.text);
      if (i >= 0) {
        pageNumbers.set(entry.id, outline[i]!.page);
        at = i + 1;
      }
    }
    const report = renderReport(data, { ...options, pageNumbers });
    if (signal?.aborted) throw cancelled();
    progress?.('print', 0.7);
    const printed = await printer.print(report.html, settings, signal);
    if (signal?.aborted) throw cancelled();
    progress?.('metadata', 0.9);
    const pdf = await PDFDocument.load(printed, { updateMetadata: false });
    const b = data.briefing;
    pdf.setTitle(`${b.title}`, { showInWindowTitleBar: true });
    pdf.setAuthor(b.authors.join(', '));
    pdf.setSubject(`${report.handling} — ${data.caseTitle}`);
    pdf.setKeywords([b.tlp, data.caseTitle, b.language === 'de' ? 'Lageeinschätzung' : 'Briefing']);
    pdf.setLanguage(b.language);
    pdf.setCreator('Analyst Workbench');
    pdf.setProducer('Analyst Workbench (Chromium, pdf-lib)');
    pdf.setCreationDate(new Date(printableMs(data.generatedAt) ?? Date.now()));
    pdf.setModificationDate(new Date(printableMs(data.generatedAt) ?? Date.now()));
    const bytes = await pdf.save({ useObjectStreams: false });
    progress?.('done', 1);
    return { bytes, report, pageCount: pdf.getPageCount() };
  } catch (err) {
    if (signal?.aborted) throw cancelled();
    throw err instanceof WorkbenchError
      ? err
      : new WorkbenchError('EXPORT_FAILED', `The PDF could not be made: ${(err as Error).message}`);
  } finally {
    await own?.close().catch(() => undefined);
  }
}
