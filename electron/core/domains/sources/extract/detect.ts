import type { SourceFormat } from '../../../../../shared/domain/source';
import { importError } from './importError';

/** Signatures of formats we refuse, so the message can say what the file really is. */
const FOREIGN_MAGIC: [bytes: number[], offset: number, what: string][] = [
  [[0x4d, 0x5a], 0, 'a Windows program'],
  [[0x7f, 0x45, 0x4c, 0x46], 0, 'a Linux program'],
  [[0xcf, 0xfa, 0xed, 0xfe], 0, 'a macOS program'],
  [[0x89, 0x50, 0x4e, 0x47], 0, 'a PNG image'],
  [[0xff, 0xd8, 0xff], 0, 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 0, 'a GIF image'],
  [[0x52, 0x49, 0x46, 0x46], 0, 'a RIFF media file (WebP, WAV, AVI)'],
  [[0x66, 0x74, 0x79, 0x70], 4, 'a video or audio file'],
  [[0x49, 0x44, 0x33], 0, 'an MP3 file'],
  [[0x1f, 0x8b], 0, 'a gzip archive'],
  [[0x52, 0x61, 0x72, 0x21], 0, 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 0, 'a 7-Zip archive'],
  [[0x42, 0x5a, 0x68], 0, 'a bzip2 archive'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a], 0, 'an xz archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 0, 'an old Office document (.doc, .xls, .msg)'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 0, 'an SQLite database'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 0, 'an RTF document'],
  [[0x49, 0x49, 0x2a, 0x00], 0, 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 0, 'a TIFF image'],
];

const SUPPORTED = 'Supported: text, Markdown, HTML, PDF, DOCX and e-mail (.eml).';

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: 'text',
  text: 'text',
  log: 'text',
  csv: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
  eml: 'eml',
};

const BY_MEDIA_TYPE: Record<string, SourceFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'message/rfc822': 'eml',
};

export const MEDIA_TYPE_OF: Record<SourceFormat, string> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  eml: 'message/rfc822',
};

function startsWith(bytes: Buffer, sig: number[], offset: number): boolean {
  if (bytes.length < offset + sig.length) return false;
  return sig.every((b, i) => bytes[offset + i] === b);
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** A block of RFC 5322 header lines (with folded continuations) at the very start. */
const EML_HEADER = /^(?:[A-Za-z][\w-]*:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)+/;

/** A first look at text content when neither the name nor the door says what it is. */
function sniffText(bytes: Buffer): SourceFormat | null {
  const head = bytes
    .subarray(0, 2048)
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  if (/^\s*(?:<!doctype html|<html[\s>]|<head[\s>])/i.test(head)) return 'html';
  const match = EML_HEADER.exec(head);
  // Three or more header lines, one of them a header only mail has: plain notes rarely start like that.
  if (match && /^(?:from|date|subject|received|message-id):/im.test(match[0]) && match[0].split('\n').length > 3) {
    return 'eml';
  }
  return null;
}

/**
 * Decides how to read a file: magic bytes first (a PNG named `.txt` is still a
 * PNG), then the extension, then the media type the door reported, then a sniff
 * of text content for files without a usable name.
 */
export function detectFormat(name: string, bytes: Buffer, mediaType: string | undefined): SourceFormat {
  const ext = extensionOf(name);
  const head = bytes.subarray(0, 1024);
  // Some PDF writers put junk before the header; readers accept it within the first KiB.
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], 0) || (ext === 'pdf' && head.includes('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04], 0)) {
    // A DOCX is a ZIP whose entries include word/document.xml; the names are stored uncompressed.
    if (bytes.includes('word/document.xml') || bytes.includes('word/_rels')) return 'docx';
    const what = ['xlsx', 'pptx', 'odt', 'ods', 'odp', 'epub'].includes(ext) ? `a .${ext} file` : 'a ZIP archive';
    throw importError('UNSUPPORTED_FORMAT', name, `is ${what}, which the workbench cannot import. ${SUPPORTED}`);
  }
  // Word saves a password-protected .docx inside an OLE2 container, the format of the old .doc.
  if (ext === 'docx' && startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0], 0)) {
    throw importError('FILE_ENCRYPTED', name, 'is protected by a password. Save an unprotected copy and import that.');
  }
  const binary = head.includes(0);
  for (const [sig, offset, what] of FOREIGN_MAGIC) {
    // Signatures made of letters ("MZ", "GIF8", "ID3") also begin ordinary text; real files of those kinds
    // have NUL bytes near the start.
    const printable = sig.every((b) => b >= 0x20 && b < 0x7f);
    if (startsWith(bytes, sig, offset) && (binary || !printable || what.includes('RTF'))) {
      throw importError('UNSUPPORTED_FORMAT', name, `is ${what}, which the workbench cannot import. ${SUPPORTED}`, {
        detected: what,
      });
    }
  }
  const byType = BY_MEDIA_TYPE[(mediaType ?? '').split(';')[0]!.trim().toLowerCase()];
  const claimed = BY_EXTENSION[ext] ?? byType;
  // PDF and DOCX were recognised by their bytes above; a file that only claims to be one is broken.
  if (claimed === 'pdf') throw importError('FILE_CORRUPT', name, 'claims to be a PDF but is not a PDF file.');
  if (claimed === 'docx') throw importError('FILE_CORRUPT', name, 'claims to be a Word document but is not one.');
  if (claimed) return claimed;
  const sniffed = sniffText(bytes);
  if (sniffed) return sniffed;
  // A file without an extension is often plain text (README, notes); anything else we do not guess at.
  if (ext === '') return 'text';
  throw importError('UNSUPPORTED_FORMAT', name, `has a type the workbench cannot import (.${ext}). ${SUPPORTED}`, {
    extension: ext,
  });
}
