import { MEDIA_TYPE_OF } from './detect';
import { decodeText } from './decodeText';
import { importError } from './importError';
import { firstHeading, normaliseText, plainTextBlocks } from './textBlocks';
import type { ExtractInput, Extraction } from './types';

/** Plain text: decoded, normalised, stored as is; paragraphs become blocks. */
export function extractText({ name, bytes }: ExtractInput): Extraction {
  const { text: raw, encoding } = decodeText(bytes, name);
  const text = normaliseText(raw);
  if (!text.trim()) throw importError('FILE_EMPTY', name, 'contains no text.');
  const blocks = plainTextBlocks(text);
  const title = firstHeading(text, blocks);
  return {
    format: 'text',
    mediaType: MEDIA_TYPE_OF.text,
    encoding,
    text,
    blocks,
    pages: null,
    metadata: title ? { title } : {},
  };
}
