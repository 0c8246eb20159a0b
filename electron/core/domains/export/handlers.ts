import { MAX_EXPORT_BYTES, type exportMethods } from '../../../../shared/contract/export';
import { WorkbenchError } from '../../../../shared/contract/errors';
import { exportBriefing } from '../../export';
import type { HandlerMap } from '../../handlerTypes';
import { gatherReportData, handlerReads } from './gather';
import { briefingsHandlers } from '../briefings/handlers';
import { mergeBundles, renderStix } from '../../export/stix';

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
  'export.caseStix': async (_input, ctx) => {
    const list = await briefingsHandlers['briefings.list']({}, ctx);
    const parts = [];
    for (const b of list) parts.push(renderStix(await gatherReportData(handlerReads(ctx), b.id)));
    return { bundle: mergeBundles(parts.map((p) => p.bundle)), warnings: parts.flatMap((p) => p.warnings) };
  },
};
