import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ExtractedMetadata, TextBlock, TextPage } from '../../../../../shared/domain/source';
import { MEDIA_TYPE_OF } from './detect';
import { importError } from './importError';
import { parseDate } from './metaDates';
import { plainTextBlocks } from './textBlocks';
import type { ExtractInput, Extraction } from './types';

/** Stable warning code: the PDF has pages but no text (a scan); the original is kept, nothing can be excerpted yet. */
export const WARNING_PDF_NO_TEXT = 'pdf.noTextLayer';

/** pdf.js's own font and CMap data, read from disk: nothing is fetched. */
function pdfjsDataDirs() {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { standardFontDataUrl: join(root, 'standard_fonts') + '/', cMapUrl: join(root, 'cmaps') + '/' };
}

interface PositionedItem {
  str: string;
  hasEOL: boolean;
  height: number;
  transform: number[];
}

function isTextItem(item: unknown): item is PositionedItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/**
 * A page's text from pdf.js items: a line ends where pdf.js says it does, and a
 * vertical gap of more than one and a half lines starts a new paragraph, so
 * blocks follow the layout's paragraphs.
 */
function pageText(items: unknown[]): string {
  let out = '';
  let lineY: number | null = null;
  let atLineStart = true;
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const y = item.transform[5] ?? 0;
    if (atLineStart && lineY !== null && item.height > 0 && lineY - y > item.height * 1.8) out += '\n';
    if (atLineStart && item.str.trim()) lineY = y;
    out += item.str;
    if (item.str.trim()) atLineStart = false;
    if (item.hasEOL) {
      out += '\n';
      atLineStart = true;
    }
  }
  return out
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function stringInfo(info: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof info !== 'object' || info === null) return out;
  for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer', 'CreationDate', 'ModDate']) {
    const value = (info as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim()) out[key] = value.trim();
  }
  return out;
}

export async function extractPdf({ name, bytes }: ExtractInput): Promise<Extraction> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the array it is given; hand it a copy so the stored original stays intact.
  const task = getDocument({
    data: new Uint8Array(bytes),
    ...pdfjsDataDirs(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let pdf;
    try {
      pdf = await task.promise;
    } catch (err) {
      const kind = (err as Error).name;
      if (kind === 'PasswordException') {
        throw importError(
          'FILE_ENCRYPTED',
          name,
          'is protected by a password. Save an unprotected copy and import that.',
        );
      }
      throw importError('FILE_CORRUPT', name, `is not a readable PDF (${(err as Error).message}).`);
    }
    const labels = await pdf.getPageLabels().catch(() => null);
    const { info } = await pdf.getMetadata().catch(() => ({ info: {}, metadata: null }));
    const pages: TextPage[] = [];
    const blocks: TextBlock[] = [];
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      let pageString = '';
      try {
        const page = await pdf.getPage(n);
        pageString = pageText((await page.getTextContent()).items);
        page.cleanup();
      } catch (err) {
        throw importError('FILE_CORRUPT', name, `has a damaged page ${n} (${(err as Error).message}).`);
      }
      if (pageString && text) text += '\n\n';
      const start = text.length;
      text += pageString;
      pages.push({ page: n, label: labels?.[n - 1] || String(n), start, end: text.length });
      blocks.push(...plainTextBlocks(pageString, start, { splitLines: false }));
    }
    const pdfInfo = stringInfo(info);
    const metadata: ExtractedMetadata = { pageCount: pdf.numPages, pdf: pdfInfo };
    if (pdfInfo.Title) metadata.title = pdfInfo.Title;
    if (pdfInfo.Author) metadata.author = pdfInfo.Author;
    if (pdfInfo.CreationDate) {
      metadata.publishedRaw = pdfInfo.CreationDate;
      const at = parseDate(pdfInfo.CreationDate);
      if (at !== undefined) metadata.publishedAt = at;
    }
    const lang = (info as Record<string, unknown>).Language;
    if (typeof lang === 'string' && lang) metadata.declaredLanguage = lang;
    if (!text.trim()) metadata.warnings = [WARNING_PDF_NO_TEXT];
    return { format: 'pdf', mediaType: MEDIA_TYPE_OF.pdf, encoding: null, text, blocks, pages, metadata };
  } finally {
    await task.destroy();
  }
}
