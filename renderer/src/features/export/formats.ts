import type { BRIEFING_EXPORT_FORMATS, EXPORT_ANNEXES } from '../../../../shared/contract/export';

export type BriefingFormat = (typeof BRIEFING_EXPORT_FORMATS)[number];
export type Annex = (typeof EXPORT_ANNEXES)[number];
/** The briefing's formats, then the whole case's (Web Annotations of every excerpt, STIX of every briefing). */
export type DialogFormat = BriefingFormat | 'annotations' | 'caseStix';

export const DIALOG_FORMATS: readonly DialogFormat[] = ['pdf', 'html', 'md', 'docx', 'stix', 'annotations', 'caseStix'];
export const ANNEX_ORDER: readonly Annex[] = ['sources', 'gaps', 'scale', 'changes'];

export const isCaseWide = (f: DialogFormat): f is 'annotations' | 'caseStix' => f === 'annotations' || f === 'caseStix';

/** The file extension of each format, as the core names its files. */
export const EXTENSIONS: Record<DialogFormat, string> = {
  pdf: 'pdf',
  html: 'html',
  md: 'md',
  docx: 'docx',
  stix: 'stix.json',
  annotations: 'jsonld',
  caseStix: 'stix.json',
};

/**
 * A file name safe on every system, from a title: letters and digits kept
 * (umlauts too), everything else one dash, at most 80 characters, never empty,
 * never a path. The core names briefing exports the same way; case-wide exports
 * are named here from the case's title.
 */
export function safeFileName(title: string, extension: string, fallback = 'export'): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || fallback}.${extension}`;
}

/** Decodes base64 from the core (Uint8Array.fromBase64 where the engine has it). */
export function decodeBase64(data: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> }).fromBase64;
  if (native) return native(data);
  const binary = atob(data);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * Saves bytes through the browser's own download (browser mode): the analyst
 * gets the file where the browser puts downloads, or its "Save as" when set so.
 * A blob URL of our own origin, revoked right after; the name is sanitised again
 * here, so whatever the core answered can never name a path.
 */
export function downloadBytes(bytes: Uint8Array<ArrayBuffer>, fileName: string, mediaType: string): void {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  const name = fileName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').slice(0, 120) || 'export';
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
