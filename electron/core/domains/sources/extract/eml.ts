import type { Address } from 'postal-mime';
import type { ExtractedMetadata } from '../../../../../shared/domain/source';
import { MEDIA_TYPE_OF } from './detect';
import { htmlFragmentToBlocks } from './html';
import { importError } from './importError';
import { parseDate } from './metaDates';
import { normaliseText, plainTextBlocks } from './textBlocks';
import type { ExtractInput, Extraction } from './types';

/** Warning codes (metadata.warnings), like pdf.ts's: the UI words them. */
export const WARNING_EML_NO_BODY_TEXT = 'eml.noBodyText';
export const WARNING_EML_FRAMESET_BODY = 'eml.framesetBody';

function formatAddress(a: Address): string[] {
  if (a.group) return a.group.flatMap(formatAddress);
  return [a.name ? `${a.name} <${a.address}>` : a.address];
}

function sizeOf(content: ArrayBuffer | Uint8Array | string): number {
  return typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
}

/**
 * E-mail (.eml): the body is the text; headers and the attachment list become
 * metadata. The plain-text part is preferred; an HTML-only mail is sanitised and
 * reduced to text like a web page. Attachments are listed, not imported.
 */
export async function extractEml({ name, bytes }: ExtractInput): Promise<Extraction> {
  const { default: PostalMime } = await import('postal-mime');
  let email;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch (err) {
    throw importError('FILE_CORRUPT', name, `is not a readable e-mail (${(err as Error).message}).`);
  }
  if (!email.from && !email.subject && !email.date && !email.messageId) {
    throw importError('FILE_CORRUPT', name, 'does not look like an e-mail: it has no From, Subject or Date header.');
  }
  let text: string;
  let blocks;
  let frameset = false;
  if (email.text?.trim()) {
    text = normaliseText(email.text).replace(/\s+$/, '');
    blocks = plainTextBlocks(text);
  } else {
    ({ text, blocks, frameset } = await htmlFragmentToBlocks(email.html ?? ''));
  }
  const from = email.from ? formatAddress(email.from).join(', ') : '';
  const subject = email.subject?.trim() ?? '';
  const attachments = email.attachments
    .filter((a) => a.disposition !== 'inline' || a.filename)
    .map((a) => ({ name: a.filename ?? '(unnamed)', mediaType: a.mimeType, sizeBytes: sizeOf(a.content) }));
  // A mail whose body has no readable text (empty, only images, or a frameset whose frames are never
  // fetched) is still evidence: who wrote to whom, when, about what, with which attachments. It is
  // imported with an empty text and a warning saying why; only a mail with nothing to read at all
  // (no body text, no sender, no subject, no attachment) is refused.
  const bodyless = !text.trim();
  if (bodyless && !attachments.length && !from && !subject) {
    throw importError(
      'FILE_EMPTY',
      name,
      frameset
        ? 'is an e-mail whose HTML body is only a frameset (its frames are never fetched), without sender, subject or attachments.'
        : 'is an e-mail without any text: no body, sender, subject or attachments.',
    );
  }
  const metadata: ExtractedMetadata = {
    email: {
      from,
      to: (email.to ?? []).flatMap(formatAddress),
      cc: (email.cc ?? []).flatMap(formatAddress),
      subject,
      date: email.date ?? '',
      messageId: email.messageId ?? '',
      attachments,
    },
  };
  if (subject) metadata.title = subject;
  if (from) metadata.author = from;
  if (email.date) {
    metadata.publishedRaw = email.date;
    const at = parseDate(email.date);
    if (at !== undefined) metadata.publishedAt = at;
  }
  if (bodyless) metadata.warnings = [frameset ? WARNING_EML_FRAMESET_BODY : WARNING_EML_NO_BODY_TEXT];
  const language = email.headers.find((h) => h.key === 'content-language')?.value.trim();
  if (language) metadata.declaredLanguage = language;
  return { format: 'eml', mediaType: MEDIA_TYPE_OF.eml, encoding: null, text, blocks, pages: null, metadata };
}
