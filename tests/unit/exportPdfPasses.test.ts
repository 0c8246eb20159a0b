/**
 * The contents' page numbers in one print: measured in the loaded page,
 * checked against the printed PDF, printed again only when they differ. A
 * printer whose measurement is made wrong on purpose must still give the right
 * numbers (two prints), as must a printer that can only print HTML (Electron's).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherReportData, type ReadCall } from '../../electron/core/domains/export/gather';
import { outlinePages, renderPdf } from '../../electron/core/export/pdf';
import { launchChromium, printerFor, type PdfPrinter } from '../../electron/core/export/printer';
import type { ReportData } from '../../electron/core/export/types';
import { reportCase } from '../fixtures/export/reportCase';

const dirs: string[] = [];
let browser: Browser;
let data: ReportData;
beforeAll(async () => {
  browser = await launchChromium();
  const c = await reportCase({ count: 30, paragraphs: 3 });
  const call: ReadCall = async (method, input) => {
    const env = await c.core.dispatch(method, input);
    if (!env.ok) throw new Error(`${method}: ${env.error.code}`);
    return env.value as never;
  };
  data = await gatherReportData(call, c.briefing.id);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** Each contents line's number against the page its bookmark points to (pdftotext and pdf.js: independent readers). */
async function checkContents(bytes: Uint8Array): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'wb-passes-'));
  dirs.push(dir);
  const path = join(dir, 'r.pdf');
  writeFileSync(path, bytes);
  const toc = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', path, '-'], { encoding: 'utf8' });
  const outline = await outlinePages(bytes);
  let checked = 0;
  for (const line of toc.split('\n')) {
    const m = /^\s*(\S.*?)[ .]+\s(\d+)\s*$/.exec(line);
    const entry = m && outline.find((o) => o.title === m[1]);
    if (!entry) continue;
    expect(Number(m[2]), m[1]).toBe(entry.page);
    checked++;
  }
  return checked;
}

const OPTIONS = { annexes: ['sources', 'gaps', 'scale'] as const, paper: 'A4' as const };

describe('export: the contents’ page numbers', () => {
  it('are measured before the one print, A4 and Letter', async () => {
    for (const paper of ['A4', 'Letter'] as const) {
      const r = await renderPdf(data, { ...OPTIONS, annexes: [...OPTIONS.annexes], paper }, { browser });
      expect(r.prints, paper).toBe(1);
      expect(await checkContents(r.bytes)).toBeGreaterThanOrEqual(6);
    }
  }, 120_000);

  it('are printed again, right, when the measurement was wrong', async () => {
    const real = printerFor(browser);
    let measured = 0;
    const wrong: PdfPrinter = {
      kind: 'chromium',
      print: real.print,
      withLoaded: (html, settings, signal, use) =>
        real.withLoaded!(html, settings, signal, (doc) =>
          use({
            ...doc,
            // Every page one too far, written into the contents as the real one would be.
            async numberPages(entries) {
              measured++;
              const pages = await doc.numberPages(entries);
              const off = new Map([...pages].map(([id, n]) => [id, n + 1]));
              await doc.setTexts(entries.map(([id, selector]) => [selector, String(off.get(id) ?? '')] as const));
              return off;
            },
          }),
        ),
    };
    const r = await renderPdf(data, { ...OPTIONS, annexes: [...OPTIONS.annexes] }, { printer: wrong });
    expect(measured).toBe(1);
    expect(r.prints).toBe(2);
    expect(await checkContents(r.bytes)).toBeGreaterThanOrEqual(6);
  }, 120_000);

  it('come from a first print when the printer can only print HTML (Electron’s)', async () => {
    const real = printerFor(browser);
    const htmlOnly: PdfPrinter = { kind: 'electron', print: real.print };
    const steps: string[] = [];
    const r = await renderPdf(
      data,
      { ...OPTIONS, annexes: [...OPTIONS.annexes] },
      { printer: htmlOnly, progress: (s) => steps.push(s) },
    );
    expect(r.prints).toBe(2);
    expect(steps).toEqual(['render', 'layout', 'pages', 'print', 'metadata', 'done']);
    expect(await checkContents(r.bytes)).toBeGreaterThanOrEqual(6);
  }, 120_000);
});
