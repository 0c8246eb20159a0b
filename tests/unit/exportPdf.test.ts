/** The PDF of a briefing, printed by the real Chromium and read back with poppler (pdftotext, pdftoppm) and pdf-lib. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractReferences } from '../../shared/editor/references';
import { outlinePages } from '../../electron/core/export/pdf';
import { ok } from '../helpers/tempDirs';
import { reportCase, type ReportCase } from '../fixtures/export/reportCase';

interface Exported {
  dataBase64: string;
  pageCount: number;
  warnings: { code: string; message: string }[];
  tlp: string;
  fileName: string;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

async function pdfOf(c: ReportCase, input: object = {}) {
  const r = await ok<Exported>(c.core, 'export.briefing', { id: c.briefing.id, format: 'pdf', ...input });
  // Our own folder: the PDF is read by several tests, after the per-test temp folders are gone.
  const dir = mkdtempSync(join(tmpdir(), 'wb-pdf-'));
  dirs.push(dir);
  const path = join(dir, r.fileName);
  const bytes = Buffer.from(r.dataBase64, 'base64');
  writeFileSync(path, bytes);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim());
  return { r, dir, path, bytes, text, pages };
}

describe('export: PDF of a German briefing with 20 citations', () => {
  let c: ReportCase;
  let pdf: Awaited<ReturnType<typeof pdfOf>>;
  beforeAll(async () => {
    c = await reportCase({ language: 'de', count: 20, paragraphs: 2 });
    pdf = await pdfOf(c);
  }, 120_000);

  it('holds every quote, every umlaut and every endnote number', () => {
    const flat = norm(pdf.text);
    for (const e of c.excerpts) expect(flat, e.quote).toContain(norm(e.quote));
    for (const word of ['Größe', 'Stärke', 'nördlich', 'Über', 'Behörde für Äußeres', 'Süddeutsche', 'Jörg Weiß']) {
      expect(flat).toContain(word);
    }
    const notesStart = pdf.pages.findIndex((p) => /^\s*Anmerkungen\s*$/m.test(p));
    expect(notesStart).toBeGreaterThan(1);
    const notes = pdf.pages.slice(notesStart).join('\n');
    for (let n = 1; n <= 20; n++)
      expect(notes, `note ${n}`).toMatch(new RegExp(`^\\s*${n}\\.\\s+„Bericht Nr\\. ${n}:`, 'm'));
    // Translations, grade and locator sit in the note.
    expect(norm(notes)).toContain('Übersetzung (en): Report no. 1:');
    expect(norm(notes)).toMatch(/Abs\. 2 · Bewertung C–/);
  });

  it('puts the TLP and handling line on every page, top and bottom, and numbers the pages in German', () => {
    expect(pdf.pages.length).toBe(pdf.r.pageCount);
    const total = pdf.pages.length;
    pdf.pages.forEach((page, i) => {
      const lines = page.split('\n').filter((l) => l.trim());
      expect(lines[0], `page ${i + 1} header`).toMatch(/^\s*TLP:AMBER\s+Nur für den Dienstgebrauch/);
      expect(lines.at(-1), `page ${i + 1} footer`).toMatch(
        new RegExp(`^\\s*TLP:AMBER\\s+Nur für den Dienstgebrauch\\s+Seite ${i + 1} von ${total}\\s*$`),
      );
    });
  });

  it('lists the contents with the pages the headings really landed on', async () => {
    const toc = pdf.pages[1]!;
    expect(toc).toMatch(/^\s*Inhalt\s*$/m);
    const outline = await outlinePages(new Uint8Array(pdf.bytes));
    const expectations = ['Kernaussagen', 'Diskussion', 'Ausblick', 'Anmerkungen', 'Anhang A: Quellenbewertung'];
    for (const heading of expectations) {
      const m = toc.match(new RegExp(`${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ .]+(\\d+)\\s*$`, 'm'));
      expect(m, heading).not.toBeNull();
      const page = Number(m![1]);
      // The heading is printed on that page (as a line of its own) and the bookmark points there too.
      expect(pdf.pages[page - 1], `${heading} on page ${page}`).toMatch(
        new RegExp(`^\\s*${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm'),
      );
      expect(outline.find((o) => o.title === heading)?.page).toBe(page);
    }
  });

  it('renders every page with pdftoppm, A4 portrait, the cover and contents on their own pages', () => {
    execFileSync('pdftoppm', ['-r', '30', '-png', pdf.path, join(pdf.dir, 'page')]);
    const pngs = readdirSync(pdf.dir).filter((f) => f.endsWith('.png'));
    expect(pngs.length).toBe(pdf.r.pageCount);
    const png = readFileSync(join(pdf.dir, pngs.sort()[0]!));
    const [w, hgt] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(hgt / w).toBeCloseTo(297 / 210, 2);
    // Cover: title, case and handling, no body text; the contents page holds no body text either.
    expect(pdf.pages[0]).toContain('Truppenbewegungen bei Kursk');
    expect(pdf.pages[0]).toContain('Lage Kursk „Nord“');
    expect(pdf.pages[0]).not.toContain('Die Beobachtungen');
    expect(pdf.pages[1]).not.toContain('Die Beobachtungen');
    // Key judgments in words, in German.
    expect(norm(pdf.text)).toContain('(wahrscheinlich, mittlere Konfidenz)');
    expect(norm(pdf.text)).toContain('(sehr unwahrscheinlich, hohe Konfidenz)');
    // The annexes: source evaluation with reliability, reason and SHA-256, gaps, indicators and the scale.
    expect(norm(pdf.text)).toContain('B – Im Allgemeinen zuverlässig');
    expect(norm(pdf.text)).toContain('Bisher meist zutreffend (Prüfung 2)');
    expect(pdf.text).toMatch(/SHA-256\s+[0-9a-f]{64}/);
    expect(norm(pdf.text)).toContain('Stärke der Reserveverbände unbekannt');
    expect(norm(pdf.text)).toContain('Verlegung von Brückengerät an die Grenze');
    expect(norm(pdf.text)).toContain('etwa gleich wahrscheinlich 45–55 %');
  });

  it('carries title, author, subject, keywords, language and a bookmark outline', async () => {
    const doc = await PDFDocument.load(pdf.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Lageeinschätzung: Truppenbewegungen bei Kursk');
    expect(doc.getAuthor()).toBe('Jörg Weiß, Anna Müller');
    expect(doc.getSubject()).toContain('TLP:AMBER · Nur für den Dienstgebrauch');
    expect(doc.getKeywords()).toContain('TLP:AMBER');
    const outline = await outlinePages(new Uint8Array(pdf.bytes));
    expect(outline.map((o) => o.title)).toEqual(expect.arrayContaining(['Kernaussagen', 'Anmerkungen']));
    // Fonts are embedded (DejaVu), so German prints the same everywhere.
    const fonts = execFileSync('pdffonts', [pdf.path], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVu/);
    expect(
      fonts
        .split('\n')
        .slice(2)
        .filter((l) => l.trim())
        .every((l) => / yes /.test(l)),
    ).toBe(true);
  });

  it('numbers notes as the editor does', () => {
    const refs = extractReferences(c.briefing.doc);
    expect(refs.excerptIds).toEqual(c.excerpts.map((e) => e.id));
  });
});

describe('export: PDF in English, Letter, empty', () => {
  it('prints an English briefing on Letter with “Page X of Y” and English ratings', async () => {
    const c = await reportCase({ language: 'en', count: 5 });
    const pdf = await pdfOf(c, { paper: 'Letter', annexes: ['sources'] });
    const total = pdf.pages.length;
    pdf.pages.forEach((page, i) => expect(page).toMatch(new RegExp(`Page ${i + 1} of ${total}\\s*$`)));
    expect(norm(pdf.text)).toContain('(likely, moderate confidence)');
    expect(pdf.text).not.toContain('Annex B');
    const doc = await PDFDocument.load(pdf.bytes);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([612, 792]);
  }, 90_000);

  it('exports an empty briefing as a valid PDF with its cover and marking', async () => {
    const c = await reportCase({ count: 2 });
    const empty = await ok<{ id: string }>(c.core, 'briefings.create', { title: 'Leer', template: 'blank' });
    const pdf = await pdfOf({ ...c, briefing: { ...c.briefing, id: empty.id } as never });
    expect(pdf.r.warnings).toEqual([]);
    expect(pdf.pages[0]).toContain('Leer');
    expect(norm(pdf.text)).toContain('Diese Lageeinschätzung hat noch keinen Inhalt.');
    for (const p of pdf.pages) expect(p).toMatch(/TLP:AMBER/);
    expect((await PDFDocument.load(pdf.bytes)).getPageCount()).toBe(pdf.r.pageCount);
  }, 90_000);
});
