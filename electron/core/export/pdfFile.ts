/**
 * The two things the export does to a printed PDF, without parsing all of it:
 * read the outline (which page each heading landed on) and add the document
 * information (title, author, subject, keywords) as an incremental update —
 * new objects, a cross-reference section and a trailer appended after the
 * bytes Chromium wrote, which stay as they are (ISO 32000-1 §7.5.6). Each
 * returns null when the file is not in the form Chromium writes; the callers
 * then take pdf.js / pdf-lib, which read any PDF.
 */
import {
  dictOf,
  pageNumbersOf,
  PdfName,
  pdfText,
  PdfRef,
  PdfString,
  readClassicPdf,
  resolve,
  textOf,
  type ClassicPdf,
  type PdfDict,
  type PdfValue,
} from './pdfObjects';

export interface OutlineEntry {
  title: string;
  page: number;
}

/** Outline entries deeper or longer than this are not a report's: let the full library judge the file. */
const MAX_OUTLINE = 100_000;

function destPage(pdf: ClassicPdf, catalog: PdfDict, item: PdfDict, pages: Map<number, number>): number | null {
  let dest: PdfValue | undefined = resolve(pdf, item.get('Dest'));
  if (dest === undefined) {
    const action = dictOf(pdf, item.get('A'));
    if (!action) return null;
    dest = resolve(pdf, action.get('D'));
  }
  if (dest instanceof PdfName) dest = resolve(pdf, dictOf(pdf, catalog.get('Dests'))?.get(dest.name));
  if (dest instanceof Map) dest = resolve(pdf, dest.get('D'));
  if (!Array.isArray(dest) || !(dest[0] instanceof PdfRef))
    throw new Error('a destination this reader does not follow');
  return pages.get(dest[0].num) ?? null;
}

/** Outline titles with their 1-based pages, in document order; null when the file is not in Chromium's form. */
export function readOutline(bytes: Uint8Array): OutlineEntry[] | null {
  const pdf = readClassicPdf(bytes);
  if (!pdf) return null;
  try {
    const catalog = dictOf(pdf, pdf.trailer.get('Root'));
    if (!catalog) return null;
    const root = dictOf(pdf, catalog.get('Outlines'));
    if (!root) return [];
    const pages = pageNumbersOf(pdf);
    const out: OutlineEntry[] = [];
    const seen = new Set<number>();
    const visit = (first: PdfValue | undefined) => {
      for (let ref = first; ref instanceof PdfRef;) {
        if (seen.has(ref.num) || seen.size > MAX_OUTLINE) throw new Error('an outline that loops');
        seen.add(ref.num);
        const item = dictOf(pdf, ref);
        if (!item) throw new Error('a missing outline item');
        const page = destPage(pdf, catalog, item, pages);
        const title = textOf(item.get('Title'));
        if (page !== null && title !== null) out.push({ title: title.trim(), page });
        visit(item.get('First'));
        ref = item.get('Next');
      }
    };
    visit(root.get('First'));
    return out;
  } catch {
    return null;
  }
}

/**
 * The 1-based page of each named destination among `ids` (Chromium names one
 * for every element an internal link points to, by its id: the contents'
 * entries point at the headings); ids without one are left out. Null when the
 * file is not in Chromium's form.
 */
export function readNamedPages(bytes: Uint8Array, ids: readonly string[]): Map<string, number> | null {
  const pdf = readClassicPdf(bytes);
  if (!pdf) return null;
  try {
    const catalog = dictOf(pdf, pdf.trailer.get('Root'));
    const dests = dictOf(pdf, catalog?.get('Dests'));
    if (!catalog || !dests) return null;
    const pages = pageNumbersOf(pdf);
    const out = new Map<string, number>();
    for (const id of ids) {
      // Names are bytes: an id's UTF-8, one latin1 code unit per byte as the reader keeps them.
      let dest = resolve(pdf, dests.get(Buffer.from(id, 'utf8').toString('latin1')));
      if (dest instanceof Map) dest = resolve(pdf, dest.get('D'));
      const page = Array.isArray(dest) && dest[0] instanceof PdfRef ? pages.get(dest[0].num) : undefined;
      if (page !== undefined) out.set(id, page);
    }
    return out;
  } catch {
    return null;
  }
}

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
  /** Appended to what the printer put there (Skia's version says which Chromium printed). */
  producer: string;
  created: Date;
  language: string;
}

/** `D:YYYYMMDDHHmmSSZ`, the form pdf-lib writes, in UTC. */
export function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `(D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z)`;
}

function serialize(v: PdfValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (v instanceof PdfName)
    return `/${v.name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
  if (v instanceof PdfRef) return `${v.num} ${v.gen} R`;
  if (v instanceof PdfString) {
    let hex = '';
    for (let i = 0; i < v.raw.length; i++) hex += v.raw.charCodeAt(i).toString(16).padStart(2, '0');
    return `<${hex}>`;
  }
  if (Array.isArray(v)) return `[${v.map(serialize).join(' ')}]`;
  return `<<${[...v].map(([k, x]) => `${serialize(new PdfName(k))} ${serialize(x)}`).join('\n')}>>`;
}

/**
 * The PDF with `info` as its document information dictionary, appended as an
 * incremental update (and the catalog's /Lang when the printer left it out);
 * null when the file is not in the form Chromium writes.
 */
export function withDocumentInfo(
  bytes: Uint8Array,
  info: DocumentInfo,
): { bytes: Uint8Array; pageCount: number } | null {
  const pdf = readClassicPdf(bytes);
  if (!pdf) return null;
  try {
    const rootRef = pdf.trailer.get('Root') as PdfRef;
    const catalog = dictOf(pdf, rootRef);
    const size = pdf.trailer.get('Size');
    const pageCount = dictOf(pdf, catalog?.get('Pages'))?.get('Count');
    if (!catalog || typeof size !== 'number' || typeof pageCount !== 'number') return null;
    const oldInfoRef = pdf.trailer.get('Info');
    const oldInfo = oldInfoRef instanceof PdfRef ? dictOf(pdf, oldInfoRef) : null;
    const printed = textOf(oldInfo?.get('Producer'));
    const producer = printed ? `${info.producer} (${printed})` : info.producer;
    const date = pdfDate(info.created);
    const infoText = `<</Title ${pdfText(info.title)}\n/Author ${pdfText(info.author)}\n/Subject ${pdfText(info.subject)}\n/Keywords ${pdfText(info.keywords)}\n/Creator ${pdfText(info.creator)}\n/Producer ${pdfText(producer)}\n/CreationDate ${date}\n/ModDate ${date}>>`;
    // The information dictionary keeps its object number (the update replaces it); a file without one gets a new object.
    const infoNum = oldInfoRef instanceof PdfRef ? oldInfoRef.num : size;
    const objects: [number, string][] = [[infoNum, infoText]];
    if (!catalog.has('Lang')) {
      catalog.set('Lang', new PdfString(info.language));
      objects.push([rootRef.num, serialize(catalog)]);
    }
    objects.sort((a, b) => a[0] - b[0]);
    const enc = new TextEncoder();
    const lead = pdf.text.endsWith('\n') ? '' : '\n';
    let body = lead;
    const offsets: [number, number][] = [];
    for (const [num, text] of objects) {
      offsets.push([num, bytes.byteLength + body.length]);
      body += `${num} 0 obj\n${text}\nendobj\n`;
    }
    const xrefAt = bytes.byteLength + body.length;
    // One subsection per object (they are rarely adjacent); each entry exactly 20 bytes.
    const xref = offsets.map(([num, at]) => `${num} 1\n${String(at).padStart(10, '0')} 00000 n \n`).join('');
    const trailer = new Map<string, PdfValue>([
      ['Size', Math.max(size, infoNum + 1)],
      ['Root', rootRef],
      ['Info', new PdfRef(infoNum, 0)],
      ['Prev', pdf.startxref],
    ]);
    const id = pdf.trailer.get('ID');
    if (id !== undefined) trailer.set('ID', id);
    body += `xref\n${xref}trailer\n${serialize(trailer)}\nstartxref\n${xrefAt}\n%%EOF\n`;
    // Everything appended is ASCII (hex strings), so characters and bytes line up.
    const tail = enc.encode(body);
    const out = new Uint8Array(bytes.byteLength + tail.byteLength);
    out.set(bytes, 0);
    out.set(tail, bytes.byteLength);
    return { bytes: out, pageCount };
  } catch {
    return null;
  }
}
