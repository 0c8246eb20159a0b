import type { ExtractedMetadata } from '../../../../../shared/domain/source';
import { MEDIA_TYPE_OF } from './detect';
import { htmlFragmentToBlocks } from './html';
import { importError } from './importError';
import { firstHeading } from './textBlocks';
import type { ExtractInput, Extraction } from './types';

/**
 * Word documents through mammoth, which maps Word's heading, list and quote
 * styles to HTML; that HTML goes through the same sanitiser and block walker as
 * a web page, so headings become heading blocks.
 */
export async function extractDocx({ name, bytes }: ExtractInput): Promise<Extraction> {
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: true })).value;
  } catch (err) {
    const message = (err as Error).message;
    if (/encrypt|password/i.test(message)) {
      throw importError(
        'FILE_ENCRYPTED',
        name,
        'is protected by a password. Save an unprotected copy and import that.',
      );
    }
    throw importError('FILE_CORRUPT', name, `is not a readable Word document (${message}).`);
  }
  const { text, blocks } = await htmlFragmentToBlocks(html);
  if (!text.trim()) throw importError('FILE_EMPTY', name, 'is a Word document without text.');
  const metadata: ExtractedMetadata = {};
  const title = firstHeading(text, blocks);
  if (title) metadata.title = title;
  return { format: 'docx', mediaType: MEDIA_TYPE_OF.docx, encoding: null, text, blocks, pages: null, metadata };
}
