/**
 * A minimal PDF writer for the sample case: Helvetica text pages with
 * WinAnsiEncoding (so German letters work), document info and page labels.
 * PDF generator libraries are development dependencies only; the core writes
 * the few objects it needs itself.
 */
import { windows1252Encoder } from '../extract/windows1252';

export interface TinyPdfPage {
  heading?: string;
  paragraphs: string[];
}

export interface TinyPdfOptions {
  title: string;
  author: string;
  /** `D:YYYYMMDDHHmmSSZ` */
  creationDate: string;
  lang: string;
  /** /PageLabels number tree entries: start index and a label style dictionary, e.g. `[0, '/S /r']`. */
  pageLabels?: [number, string][];
}

/** Unicode → WinAnsi byte (PDF's WinAnsiEncoding is Windows-1252). */
const WIN_ANSI = windows1252Encoder();

/** A PDF literal string in WinAnsi bytes; non-ASCII as octal escapes so the file stays ASCII. */
function pdfString(text: string): string {
  let out = '(';
  for (const ch of text) {
    const b = WIN_ANSI.get(ch) ?? 0x3f;
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (b < 0x80) out += String.fromCharCode(b);
    else out += `\\${b.toString(8).padStart(3, '0')}`;
  }
  return `${out})`;
}

/** A text string for the document info: UTF-16BE with a byte-order mark, in hex. */
function infoString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function pageStream(page: TinyPdfPage): string {
  const ops: string[] = ['BT', '56 780 Td'];
  if (page.heading) ops.push('/F2 15 Tf', `${pdfString(page.heading)} Tj`, '0 -30 Td');
  ops.push('/F1 11 Tf');
  page.paragraphs.forEach((p, i) => {
    if (i > 0) ops.push('0 -12 Td'); // paragraph gap: the extractor starts a new paragraph at gaps like this
    for (const line of wrap(p, 88)) ops.push(`${pdfString(line)} Tj`, '0 -14 Td');
  });
  ops.push('ET');
  return ops.join('\n');
}

export function buildTinyPdf(pages: readonly TinyPdfPage[], options: TinyPdfOptions): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const pageIds = pages.map((_, i) => 6 + i * 2);
  const labels = options.pageLabels?.map(([start, style]) => `${start} << ${style} >>`).join(' ');
  add(
    `<< /Type /Catalog /Pages 2 0 R /Lang ${pdfString(options.lang)}${labels ? ` /PageLabels << /Nums [${labels}] >>` : ''} >>`,
  );
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  add(
    `<< /Title ${infoString(options.title)} /Author ${infoString(options.author)} /CreationDate (${options.creationDate}) /Producer (Analyst Workbench) >>`,
  );
  for (const [i, page] of pages.entries()) {
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
    );
    const stream = pageStream(page);
    add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
  }
  let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
