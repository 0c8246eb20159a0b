/**
 * The PDF's outline and document information without a full PDF library:
 * a real Chromium print read back by the small reader and by pdf.js, the
 * information appended as an incremental update and checked with poppler
 * (pdfinfo, pdftotext), pdf-lib and, where installed, qpdf; and the fallback
 * to pdf-lib for a file in another form (a cross-reference stream).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDocumentInfo, outlinePages } from '../../electron/core/export/pdf';
import { readNamedPages, readOutline, withDocumentInfo, type DocumentInfo } from '../../electron/core/export/pdfFile';
import {
  PdfRef,
  readClassicPdf,
  resolve,
  textOf,
  type PdfName,
  type PdfString,
} from '../../electron/core/export/pdfObjects';
import { launchChromium, printerFor } from '../../electron/core/export/printer';

const INFO: DocumentInfo = {
  title: 'Lageeinschätzung: Größe der Verbände „Nord“',
  author: 'Jörg Weiß, Anna Müller',
  subject: 'TLP:AMBER · Nur für den Dienstgebrauch — Lage Kursk',
  keywords: 'TLP:AMBER Lageeinschätzung Ελλάδα Киев',
  creator: 'Analyst Workbench',
  producer: 'Analyst Workbench',
  created: new Date(Date.UTC(2026, 10, 30, 8, 15, 0)),
  language: 'de',
};

const HTML = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>x</title>
<style>h2 { break-before: page; } body { font-family: 'DejaVu Serif'; }</style></head><body>
<nav><a href="#a">Erster Teil</a> <a href="#b">Zweiter Teil</a> <a href="#c">Dritter Teil (Größe)</a></nav>
<h2 id="a">Erster Teil</h2><p>Über die Grenze.</p>
<h2 id="b">Zweiter Teil</h2><p>${'Straßen und Brücken. '.repeat(400)}</p>
<h3 id="c">Dritter Teil (Größe)</h3><p>Schluss.</p></body></html>`;

const dirs: string[] = [];
let browser: Browser;
let printed: Uint8Array;
beforeAll(async () => {
  browser = await launchChromium();
  printed = await printerFor(browser).print(HTML, {
    paper: 'A4',
    headerTemplate: '<span></span>',
    footerTemplate: '<span></span>',
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function saved(bytes: Uint8Array, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wb-pdffile-'));
  dirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const info = (path: string) => execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' });
const field = (out: string, key: string) => new RegExp(`^${key}:\\s+(.*)$`, 'm').exec(out)?.[1];
const hasQpdf = (() => {
  try {
    execFileSync('qpdf', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe('reading a Chromium PDF without a PDF library', () => {
  it('reads the outline as pdf.js does, and the headings’ pages by their ids', async () => {
    const fast = readOutline(printed);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(await outlinePages(printed));
    expect(fast!.map((o) => o.title)).toEqual(['Erster Teil', 'Zweiter Teil', 'Dritter Teil (Größe)']);
    const pages = readNamedPages(printed, ['a', 'b', 'c', 'missing'])!;
    expect(Object.fromEntries(pages)).toEqual({
      a: fast![0]!.page,
      b: fast![1]!.page,
      c: fast![2]!.page,
    });
    expect(pages.get('a')).toBe(2);
    expect(pages.get('c')!).toBeGreaterThan(pages.get('b')!);
  });

  it('parses the value forms a PDF uses', () => {
    const text =
      '%PDF-1.4\n1 0 obj\n<</A (x\\(y\\)\\101\\n) /B <FEFF00C4> /C [1 0 R 2 -3.5 /N#20a true null] /D <</E 7>>>>\nendobj\n';
    const xref = text.length;
    const file = `${text}xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<</Size 2 /Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
    const pdf = readClassicPdf(new TextEncoder().encode(file))!;
    expect(pdf).not.toBeNull();
    const d = resolve(pdf, new PdfRef(1, 0)) as Map<string, unknown>;
    expect((d.get('A') as PdfString).raw).toBe('x(y)A\n');
    expect(textOf(d.get('B') as PdfString)).toBe('Ä');
    const c = d.get('C') as unknown[];
    expect(c[0]).toEqual(new PdfRef(1, 0));
    expect(c.slice(1, 3)).toEqual([2, -3.5]);
    expect((c[3] as PdfName).name).toBe('N a');
    expect(c.slice(4)).toEqual([true, null]);
    expect((d.get('D') as Map<string, unknown>).get('E')).toBe(7);
  });

  it('says “not in this form” for what it does not read: a truncated file, a cross-reference stream', async () => {
    expect(readClassicPdf(printed.subarray(0, printed.byteLength - 40))).toBeNull();
    expect(readOutline(new TextEncoder().encode('not a pdf'))).toBeNull();
    const doc = await PDFDocument.load(printed);
    const streamed = await doc.save({ useObjectStreams: true });
    expect(Buffer.from(streamed).toString('latin1')).toContain('/XRef');
    expect(readClassicPdf(streamed)).toBeNull();
    expect(withDocumentInfo(streamed, INFO)).toBeNull();
  });
});

describe('document information as an incremental update', () => {
  it('keeps Chromium’s bytes, adds title, author, subject and keywords that poppler, pdf-lib and qpdf read', async () => {
    const out = withDocumentInfo(printed, INFO)!;
    expect(out).not.toBeNull();
    expect(out.pageCount).toBe(readOutline(printed)!.at(-1)!.page);
    // The new table points at the new objects (resolve checks the object number at each offset).
    const updated = readClassicPdf(out.bytes)!;
    expect(textOf((resolve(updated, updated.trailer.get('Info')) as Map<string, never>).get('Title'))).toBe(INFO.title);
    expect(updated.trailer.get('Prev')).toBe(readClassicPdf(printed)!.startxref);
    // An update appends: every byte Chromium wrote is still there, unchanged.
    expect(Buffer.from(out.bytes.subarray(0, printed.byteLength)).equals(Buffer.from(printed))).toBe(true);
    const path = saved(out.bytes, 'info.pdf');
    const before = saved(printed, 'before.pdf');
    const meta = info(path);
    expect(field(meta, 'Title')).toBe(INFO.title);
    expect(field(meta, 'Author')).toBe(INFO.author);
    expect(field(meta, 'Subject')).toBe(INFO.subject);
    expect(field(meta, 'Keywords')).toBe(INFO.keywords);
    expect(field(meta, 'Creator')).toBe('Analyst Workbench');
    expect(field(meta, 'Producer')).toMatch(/^Analyst Workbench \(Skia\/PDF m\d+\)$/);
    expect(field(meta, 'Tagged')).toBe('yes');
    expect(field(meta, 'Pages')).toBe(String(out.pageCount));
    expect(field(meta, 'CreationDate')).toMatch(/Nov 30 08:15:00 2026/);
    const lib = await PDFDocument.load(out.bytes, { updateMetadata: false });
    expect([lib.getTitle(), lib.getAuthor(), lib.getSubject(), lib.getKeywords()]).toEqual([
      INFO.title,
      INFO.author,
      INFO.subject,
      INFO.keywords,
    ]);
    expect(lib.getCreationDate()?.toISOString()).toBe(INFO.created.toISOString());
    // Text, outline and links are the printed ones.
    const text = (p: string) => execFileSync('pdftotext', [p, '-'], { encoding: 'utf8' });
    expect(text(path)).toBe(text(before));
    expect(await outlinePages(out.bytes)).toEqual(await outlinePages(printed));
    expect(readNamedPages(out.bytes, ['c'])).toEqual(readNamedPages(printed, ['c']));
    if (hasQpdf) expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toMatch(/No syntax or stream/);
  });

  it('updates an updated file again (the newest revision wins) and adds /Lang when the catalog has none', () => {
    const once = withDocumentInfo(printed, INFO)!.bytes;
    const twice = withDocumentInfo(once, { ...INFO, title: 'Zweite Fassung', language: 'en' })!;
    const meta = info(saved(twice.bytes, 'twice.pdf'));
    expect(field(meta, 'Title')).toBe('Zweite Fassung');
    expect(field(meta, 'Author')).toBe(INFO.author);
    // Chromium wrote /Lang (de) from <html lang>: kept, not replaced.
    const pdf = readClassicPdf(twice.bytes)!;
    const catalog = resolve(pdf, pdf.trailer.get('Root')) as Map<string, unknown>;
    expect((catalog.get('Lang') as PdfString).raw).toBe('de');
    // Without one, the catalog is rewritten with it.
    const noLang = Buffer.from(Buffer.from(printed).toString('latin1').replace('/Lang (de)', '/Xang (de)'), 'latin1');
    const added = withDocumentInfo(noLang, INFO)!;
    const p2 = readClassicPdf(added.bytes)!;
    const c2 = resolve(p2, p2.trailer.get('Root')) as Map<string, unknown>;
    expect((c2.get('Lang') as PdfString).raw).toBe('de');
    expect(c2.get('Outlines')).toBeInstanceOf(PdfRef);
    if (hasQpdf) {
      expect(execFileSync('qpdf', ['--check', saved(added.bytes, 'lang.pdf')], { encoding: 'utf8' })).toMatch(
        /No syntax or stream/,
      );
    }
  });

  it('falls back to pdf-lib for a file in another form, with the same information', async () => {
    const streamed = await (await PDFDocument.load(printed)).save({ useObjectStreams: true });
    const out = await addDocumentInfo(streamed, INFO);
    const meta = info(saved(out.bytes, 'fallback.pdf'));
    expect(field(meta, 'Title')).toBe(INFO.title);
    expect(field(meta, 'Keywords')).toBe(INFO.keywords);
    expect(field(meta, 'Producer')).toBe('Analyst Workbench (pdf-lib)');
    expect(out.pageCount).toBe((await PDFDocument.load(printed)).getPageCount());
    // Chromium's own file takes the fast path.
    const fast = await addDocumentInfo(printed, INFO);
    expect(field(info(saved(fast.bytes, 'fast.pdf')), 'Producer')).toMatch(/Skia/);
  });
});
