/**
 * The print settings of a report, in one place, mapped to each printer's own
 * options: Playwright's page.pdf (headless Chromium: browser mode, CLI) and
 * Electron's webContents.printToPDF (desktop). Both are Chromium's printer, so the
 * same margins, the same header/footer templates and the same tagging give the
 * same pages; a unit test compares the two mappings.
 */

export interface PrintSettings {
  paper: 'A4' | 'Letter';
  headerTemplate: string;
  footerTemplate: string;
}

/** Page margins in millimetres: the header and footer (marking line, page numbers) are drawn inside them. */
export const PRINT_MARGINS_MM = { top: 22, bottom: 22, left: 18, right: 18 } as const;

/** Paper sizes in inches as Playwright's page.pdf formats give them to Chromium (A4 is 8.27 × 11.7, not 210 × 297 mm exactly). */
export const PAPER_INCHES: Record<PrintSettings['paper'], readonly [number, number]> = {
  A4: [8.27, 11.7],
  Letter: [8.5, 11],
};

/** Playwright's page.pdf options. */
export function chromiumPdfOptions(s: PrintSettings) {
  const mm = (v: number) => `${v}mm`;
  return {
    format: s.paper,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: s.headerTemplate,
    footerTemplate: s.footerTemplate,
    margin: {
      top: mm(PRINT_MARGINS_MM.top),
      bottom: mm(PRINT_MARGINS_MM.bottom),
      left: mm(PRINT_MARGINS_MM.left),
      right: mm(PRINT_MARGINS_MM.right),
    },
    // The outline (bookmarks, and the page numbers of the contents) only exists in a tagged PDF.
    tagged: true,
    outline: true,
  };
}

/** Electron's printToPDF options (margins in inches, the same switches under Electron's names). */
export function electronPdfOptions(s: PrintSettings) {
  const inch = (v: number) => v / 25.4;
  return {
    pageSize: s.paper,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: s.headerTemplate,
    footerTemplate: s.footerTemplate,
    margins: {
      top: inch(PRINT_MARGINS_MM.top),
      bottom: inch(PRINT_MARGINS_MM.bottom),
      left: inch(PRINT_MARGINS_MM.left),
      right: inch(PRINT_MARGINS_MM.right),
    },
    preferCSSPageSize: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}
