/**
 * Windows-1252, written out. Node 20's TextDecoder('windows-1252') (and its
 * aliases latin1, iso-8859-1, ascii) decodes 0x80–0x9F as C1 control codes,
 * i.e. as ISO-8859-1, so „quotes“, – dashes and € in legacy German text would
 * come out wrong. Bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90,
 * 0x9D) map to the C1 controls, as the WHATWG Encoding Standard says.
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Labels the Encoding Standard maps to windows-1252. */
export const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'latin1',
  'l1',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'iso-ir-100',
  'ibm819',
  'cp819',
  'csisolatin1',
  'us-ascii',
  'ascii',
  'ansi_x3.4-1968',
]);

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(HIGH[c.charCodeAt(0) - 0x80]!));
}

/** Unicode → Windows-1252 byte for every character the code page has (0x20–0xFF). */
export function windows1252Encoder(): Map<string, number> {
  const map = new Map<string, number>();
  for (let b = 0x20; b <= 0xff; b++) map.set(decodeWindows1252(new Uint8Array([b])), b);
  return map;
}
