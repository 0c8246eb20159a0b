import { WorkbenchError } from '../../../shared/contract/errors';
import { renderDocx } from './docx';
import { renderMarkdown } from './markdown';
import { renderPdf, type PdfHooks } from './pdf';
import { renderReport } from './report';
import { renderStix } from './stix';
import type { Annex, ExportWarning, ReportData } from './types';

export const BRIEFING_FORMATS = ['pdf', 'html', 'md', 'docx', 'stix'] as const;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];

export const MEDIA_TYPES: Record<BriefingFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  stix: 'application/stix+json;version=2.1',
};

export interface ExportedFile {
  bytes: Uint8Array;
  mediaType: string;
  warnings: ExportWarning[];
  pageCount: number | null;
}

export type ExportHooks = PdfHooks;

/** One briefing in one format, from data gathered once; every format shares the numbering and warnings. */
export async function exportBriefing(
  data: ReportData,
  options: { format: BriefingFormat; paper: 'A4' | 'Letter'; annexes: readonly Annex[] },
  hooks: ExportHooks = {},
): Promise<ExportedFile> {
  if (hooks.signal?.aborted) throw new WorkbenchError('CANCELLED', 'The export was cancelled.');
  const enc = (s: string) => new TextEncoder().encode(s);
  const mediaType = MEDIA_TYPES[options.format];
  switch (options.format) {
    case 'pdf': {
      const pdf = await renderPdf(data, options, hooks);
      return { bytes: pdf.bytes, mediaType, warnings: pdf.report.warnings, pageCount: pdf.pageCount };
    }
    case 'html': {
      const r = renderReport(data, options);
      return { bytes: enc(r.html), mediaType, warnings: r.warnings, pageCount: null };
    }
    case 'md': {
      const r = renderMarkdown(data);
      return { bytes: enc(r.text), mediaType, warnings: r.warnings, pageCount: null };
    }
    case 'docx': {
      const r = await renderDocx(data);
      return { bytes: r.bytes, mediaType, warnings: r.warnings, pageCount: null };
    }
    case 'stix': {
      const r = renderStix(data);
      return { bytes: enc(`${JSON.stringify(r.bundle, null, 2)}\n`), mediaType, warnings: r.warnings, pageCount: null };
    }
  }
}

export { ANNEXES, type Annex, type ReportData, type ExportWarning } from './types';
