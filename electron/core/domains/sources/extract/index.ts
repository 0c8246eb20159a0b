import type { SourceFormat } from '../../../../../shared/domain/source';
import { detectFormat } from './detect';
import { extractDocx } from './docx';
import { extractEml } from './eml';
import { extractHtml } from './html';
import { importError } from './importError';
import { extractMarkdown } from './markdown';
import { extractPdf } from './pdf';
import { extractText } from './text';
import type { ExtractInput, Extraction } from './types';

const EXTRACTORS: Record<SourceFormat, (input: ExtractInput) => Extraction | Promise<Extraction>> = {
  text: extractText,
  markdown: extractMarkdown,
  html: extractHtml,
  pdf: extractPdf,
  docx: extractDocx,
  eml: extractEml,
};

/** Detects the format and extracts text, structure and metadata; throws a WorkbenchError naming the file. */
export async function extract(input: ExtractInput): Promise<Extraction & { ogType?: string }> {
  if (input.bytes.length === 0) throw importError('FILE_EMPTY', input.name, 'is empty.');
  const format = detectFormat(input.name, input.bytes, input.mediaType);
  return EXTRACTORS[format](input);
}

export type { Extraction, ExtractInput } from './types';
