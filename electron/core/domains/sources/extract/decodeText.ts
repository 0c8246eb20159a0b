import { importError } from './importError';
import { decodeWindows1252, WINDOWS_1252_LABELS } from './windows1252';

export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1252`, or a charset a page declared. */
  encoding: string;
}

/** Valid UTF-8 multi-byte sequences; found in a file that is not valid UTF-8, they mean mixed encodings. */
const UTF8_MULTIBYTE = /[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}/g;

/**
 * Control characters that never occur in text (C0 except tab, newline, carriage
 * return and form feed; DEL; C1). Their presence means binary data, or a wrong
 * guess of the encoding.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM: nearly every other byte is zero in Latin-script text. */
function utf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero < pairs * 0.1) return 'utf-16le';
  if (evenZero > pairs * 0.9 && oddZero < pairs * 0.1) return 'utf-16be';
  return null;
}

/**
 * Checks decoded text for binary content. A few stray control characters (an old
 * editor's escape codes, a DOS end-of-file mark) are dropped; more than that
 * means the file is not text, whatever its name says.
 */
function checkControls(text: string, name: string): string {
  if (text.includes('\u0000')) {
    throw importError('UNSUPPORTED_FORMAT', name, 'contains binary data (NUL bytes), not text.', { reason: 'binary' });
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls === 0) return text;
  if (controls > 2 + text.length / 1000) {
    throw importError('UNSUPPORTED_FORMAT', name, 'contains binary data (control characters), not text.', {
      reason: 'binary',
      controls,
    });
  }
  return text.replace(CONTROL, '');
}

/** Legacy single-byte text is plausible when few bytes are non-ASCII and none form valid UTF-8 sequences. */
function plausibleWindows1252(bytes: Buffer): boolean {
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high++;
  if (high > bytes.length * 0.2) return false;
  const latin1 = bytes.toString('latin1');
  return (latin1.match(UTF8_MULTIBYTE)?.length ?? 0) === 0;
}

/**
 * Decodes a text file: BOMs first (UTF-8, UTF-16 LE/BE), then strict UTF-8, then a
 * charset the file declared (HTML), then Windows-1252 — the superset of
 * ISO-8859-1 that legacy German text on Windows is written in — when plausible.
 */
export function decodeText(bytes: Buffer, name: string, declaredCharset?: string): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    const text = strictDecode('utf-8', bytes.subarray(3));
    if (text === null)
      throw importError('UNKNOWN_ENCODING', name, 'starts with a UTF-8 mark but contains bytes that are not UTF-8.');
    return { text: checkControls(text, name), encoding: 'utf-8-bom' };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    if (b0 === 0xff && bytes[2] === 0 && bytes[3] === 0) {
      throw importError('UNKNOWN_ENCODING', name, 'is UTF-32 text, which is not supported; save it as UTF-8.');
    }
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    const text = strictDecode(encoding, bytes.subarray(2));
    if (text === null)
      throw importError('UNKNOWN_ENCODING', name, `starts with a ${encoding.toUpperCase()} mark but is not valid.`);
    return { text: checkControls(text, name), encoding };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const text = strictDecode(utf16, bytes);
    if (text !== null && !text.includes('\u0000')) return { text: checkControls(text, name), encoding: utf16 };
  }
  if (bytes.includes(0)) {
    throw importError('UNSUPPORTED_FORMAT', name, 'contains binary data (NUL bytes), not text.', { reason: 'binary' });
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { text: checkControls(utf8, name), encoding: 'utf-8' };
  const declared = declaredCharset?.trim().toLowerCase();
  if (declared && !/^utf-?8$/.test(declared) && !WINDOWS_1252_LABELS.has(declared)) {
    const text = strictDecode(declared, bytes);
    if (text !== null) return { text: checkControls(text, name), encoding: declared };
  }
  // Binary data first (many control characters), then the plausibility of a legacy text.
  const legacy = checkControls(decodeWindows1252(bytes), name);
  if (!plausibleWindows1252(bytes)) {
    throw importError(
      'UNKNOWN_ENCODING',
      name,
      'is not valid UTF-8 and does not look like a Windows/ISO Latin text either; save it as UTF-8 and import it again.',
    );
  }
  return { text: legacy, encoding: 'windows-1252' };
}
