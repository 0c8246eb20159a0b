import { MAX_EXPORT_BYTES, type exportMethods } from '../../../../shared/contract/export';
import { WorkbenchError } from '../../../../shared/contract/errors';
import { exportBriefing } from '../../export';
import type { HandlerMap } from '../../handlerTypes';
import { gatherReportData, handlerReads } from './gather';
import { briefingsHandlers } from '../briefings/handlers';
import { mergeBundles, renderStix } from '../../export/stix';
import { appPdfPrinter } from '../../export/printer';
import { writeExportFile } from '../../export/writeFile';
import { isAbsolute } from 'node:path';
import { exportJobs } from './jobs';
import { excerptsHandlers } from '../excerpts/handlers';
import type { HandlerContext } from '../../handlerTypes';

const EXTENSIONS = { pdf: 'pdf', html: 'html', md: 'md', docx: 'docx', stix: 'stix.json' } as const;

/** A file name from the title: letters and digits kept (umlauts too), everything else a dash. */
export function exportFileName(title: string, format: keyof typeof EXTENSIONS): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'briefing'}.${EXTENSIONS[format]}`;
}

/** A path from the desktop's native save dialog (or the CLI's `call`); a browser page downloads instead. */
function checkSavePath(path: string, ctx: HandlerContext): void {
  if (ctx.door === 'browser') {
    throw new WorkbenchError('NOT_SUPPORTED', 'In browser mode the export is downloaded by the browser.');
  }
  if (!isAbsolute(path)) throw new WorkbenchError('INVALID_INPUT', 'The save path must be absolute.');
}

async function caseStix(ctx: HandlerContext) {
  const list = await briefingsHandlers['briefings.list']({}, ctx);
  const parts = [];
  for (const b of list) parts.push(renderStix(await gatherReportData(handlerReads(ctx), b.id)));
  return { bundle: mergeBundles(parts.map((p) => p.bundle)), warnings: parts.flatMap((p) => p.warnings) };
}

export const exportHandlers: HandlerMap<keyof typeof exportMethods> = {
  'export.briefing': async (input, ctx) => {
    const data = await gatherReportData(handlerReads(ctx), input.id);
    const file = await exportBriefing(data, input);
    if (file.bytes.byteLength > MAX_EXPORT_BYTES) {
      throw new WorkbenchError(
        'PAYLOAD_TOO_LARGE',
        `The export is ${Math.round(file.bytes.byteLength / 1048576)} MB; write it to a file with the CLI instead.`,
      );
    }
    return {
      fileName: exportFileName(data.briefing.title, input.format),
      mediaType: file.mediaType,
      sizeBytes: file.bytes.byteLength,
      dataBase64: Buffer.from(file.bytes).toString('base64'),
      tlp: data.briefing.tlp,
      pageCount: file.pageCount,
      warnings: file.warnings,
    };
  },
  'export.start': async (input, ctx) => {
    // Gathered now, so a missing briefing or no open case fails the call itself, and later edits
    // do not change a preview already on screen.
    const data = await gatherReportData(handlerReads(ctx), input.id);
    const printer = input.format === 'pdf' ? appPdfPrinter() : undefined;
    const jobId = exportJobs.start(async (signal, progress) => {
      const file = await exportBriefing(data, input, { signal, progress, printer });
      if (file.bytes.byteLength > MAX_EXPORT_BYTES) {
        throw new WorkbenchError(
          'PAYLOAD_TOO_LARGE',
          `The export is ${Math.round(file.bytes.byteLength / 1048576)} MB.`,
        );
      }
      return { ...file, fileName: exportFileName(data.briefing.title, input.format), tlp: data.briefing.tlp };
    });
    return { jobId };
  },
  'export.jobStatus': ({ jobId }) => exportJobs.status(jobId),
  'export.cancel': ({ jobId }) => ({ cancelled: exportJobs.cancel(jobId) }),
  'export.jobResult': ({ jobId }) => {
    const { bytes, ...facts } = exportJobs.file(jobId);
    return { ...facts, sizeBytes: bytes.byteLength, dataBase64: Buffer.from(bytes).toString('base64') };
  },
  'export.saveJob': ({ jobId, path, overwrite }, ctx) => {
    checkSavePath(path, ctx);
    const file = exportJobs.file(jobId);
    writeExportFile(path, file.bytes, overwrite);
    return { path, sizeBytes: file.bytes.byteLength };
  },
  'export.saveCase': async ({ format, path, overwrite }, ctx) => {
    checkSavePath(path, ctx);
    // The same JSON the browser's download and `workbench export` write.
    const { value, warnings } =
      format === 'annotations'
        ? { value: await excerptsHandlers['excerpts.exportAnnotations']({}, ctx), warnings: [] }
        : await caseStix(ctx).then((r) => ({ value: r.bundle, warnings: r.warnings }));
    const bytes = Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
    writeExportFile(path, bytes, overwrite);
    return { path, sizeBytes: bytes.byteLength, warnings };
  },
  'export.caseStix': (_input, ctx) => caseStix(ctx),
};
