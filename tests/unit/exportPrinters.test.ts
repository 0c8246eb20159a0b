/**
 * The two printers print alike: the Electron path (printToPDF in an offscreen
 * window) gets the same paper, margins, header and footer and tagging as the
 * headless-Chromium path. Electron itself cannot run here, so these check the
 * options each receives and the print window's and save dialog's settings.
 */
import { describe, expect, it } from 'vitest';
import { chromiumPdfOptions, electronPdfOptions, PRINT_MARGINS_MM } from '../../electron/core/export/printOptions';
import { pageTemplates } from '../../electron/core/export/pdf';
import { renderReport } from '../../electron/core/export/report';
import { isPrintRequestAllowed, PRINT_DOCUMENT_URL, printWindowOptions } from '../../electron/main/printWindow';
import { exportSaveDialogOptions, withExportExtension } from '../../electron/main/exportDialog';
import { gatherReportData } from '../../electron/core/domains/export/gather';
import { reportCase } from '../fixtures/export/reportCase';

describe('export printers', () => {
  it('map one set of print settings to the same page in Playwright and in Electron', async () => {
    const c = await reportCase({ count: 2 });
    const call = async (m: string, i: unknown) => {
      const e = await c.core.dispatch(m, i);
      if (!e.ok) throw new Error(m);
      return e.value as never;
    };
    const data = await gatherReportData(call, c.briefing.id);
    const templates = pageTemplates(renderReport(data, { annexes: [], paper: 'A4' }), data);
    expect(templates.footerTemplate).toContain('class="pageNumber"');
    expect(templates.footerTemplate).toContain('Seite');
    expect(templates.headerTemplate).toContain('TLP:AMBER');
    for (const paper of ['A4', 'Letter'] as const) {
      const s = { paper, ...templates };
      const pw = chromiumPdfOptions(s);
      const el = electronPdfOptions(s);
      expect(el.pageSize).toBe(pw.format);
      // The very same template strings reach both printers.
      expect(el.headerTemplate).toBe(pw.headerTemplate);
      expect(el.footerTemplate).toBe(pw.footerTemplate);
      expect([el.displayHeaderFooter, el.printBackground]).toEqual([pw.displayHeaderFooter, pw.printBackground]);
      expect([el.generateTaggedPDF, el.generateDocumentOutline]).toEqual([pw.tagged, pw.outline]);
      for (const side of ['top', 'bottom', 'left', 'right'] as const) {
        expect(pw.margin[side]).toBe(`${PRINT_MARGINS_MM[side]}mm`);
        expect(el.margins[side] * 25.4).toBeCloseTo(PRINT_MARGINS_MM[side], 9);
      }
      expect(el.preferCSSPageSize).toBe(false);
    }
  });

  it('print in an offscreen, sandboxed window without script, in its own session, loading only the report', () => {
    const o = printWindowOptions();
    expect(o.show).toBe(false);
    expect(o.webPreferences).toMatchObject({
      offscreen: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    expect(o.webPreferences?.partition).not.toMatch(/^persist:/);
    expect(o.webPreferences?.preload).toBeUndefined();
    expect(isPrintRequestAllowed(PRINT_DOCUMENT_URL)).toBe(true);
    for (const url of [
      'https://example.org/x.png',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'data:text/html,<p>x</p>',
      'app://workbench/index.html',
      `${PRINT_DOCUMENT_URL}?x`,
    ]) {
      expect(isPrintRequestAllowed(url), url).toBe(false);
    }
  });

  it('the native save dialog suggests the sanitised name, filters by the extension and never leaves the folder', () => {
    const o = exportSaveDialogOptions('Lageeinschätzung-Kursk.pdf', 'pdf', 'Export speichern');
    expect(o).toMatchObject({ title: 'Export speichern', defaultPath: 'Lageeinschätzung-Kursk.pdf' });
    expect(o.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(o.properties).toContain('showOverwriteConfirmation');
    expect(exportSaveDialogOptions('../../etc/passwd', 'md').defaultPath).toBe('passwd');
    expect(exportSaveDialogOptions('a\\b\\c.docx', 'docx').defaultPath).toBe('c.docx');
    expect(exportSaveDialogOptions('x.stix.json', 'stix.json').filters).toEqual([
      { name: 'STIX 2.1 (JSON)', extensions: ['json'] },
    ]);
    expect(withExportExtension('/home/a/Bericht', 'pdf')).toBe('/home/a/Bericht.pdf');
    expect(withExportExtension('/home/a/Bericht.PDF', 'pdf')).toBe('/home/a/Bericht.PDF');
  });
});
