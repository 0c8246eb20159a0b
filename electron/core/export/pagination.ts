/**
 * Where the headings will print, measured in the page before printing, so the
 * table of contents can carry its page numbers in the one print. Chromium
 * paginates with the same block-fragmentation engine that lays out CSS columns:
 * the document is laid out for a moment as columns exactly one page's content
 * box wide and high (page breaks turned into column breaks), and each heading's
 * column is its page. The PDF printed afterwards is checked against it (its
 * named destinations), and printed again with the real numbers when they
 * differ, so a wrong guess costs time, never a wrong number.
 */
import { PRINT_MARGINS_MM, PAPER_INCHES, type PrintSettings } from './printOptions';

/** The page's content box in CSS pixels (96 per inch), as Chromium's printer lays it out. */
export function contentBox(paper: PrintSettings['paper']): { width: number; height: number } {
  const [w, h] = PAPER_INCHES[paper];
  const px = (mm: number) => (mm / 25.4) * 96;
  return {
    width: Math.floor(w * 96 - px(PRINT_MARGINS_MM.left) - px(PRINT_MARGINS_MM.right)),
    height: Math.floor(h * 96 - px(PRINT_MARGINS_MM.top) - px(PRINT_MARGINS_MM.bottom)),
  };
}

/**
 * Runs in the page (print media emulated; page scripts are off, this comes
 * through the DevTools protocol), in one round trip: loads `html` when given
 * (document.write parses it whole before returning: nothing in a report loads
 * or runs), measures the page of each `number` entry's element and writes it
 * as text into the elements its selector matches, then applies `texts`.
 * Returns [id, page] pairs. A plain-JavaScript string: the core is compiled
 * without the DOM's types. The measurement changes the document's own rules
 * and puts every one back before it returns.
 */
export const PAGE_JS = `({ html, number, texts, width, height }) => {
  if (html !== null) {
    document.open();
    document.write(html);
    document.close();
  }
  const out = [];
  if (number.length) {
    const PAGE = new Set(['page', 'left', 'right', 'recto', 'verso']);
    const undo = [];
    const visit = (rules) => {
      for (const rule of rules) {
        if (rule.cssRules) visit(rule.cssRules);
        const st = rule.style;
        if (!st) continue;
        for (const prop of ['break-before', 'break-after', 'break-inside']) {
          const v = st.getPropertyValue(prop);
          const to = PAGE.has(v) ? 'column' : v === 'avoid-page' ? 'avoid' : null;
          if (!to) continue;
          const prio = st.getPropertyPriority(prop);
          undo.push(() => st.setProperty(prop, v, prio));
          st.setProperty(prop, to, prio);
        }
      }
    };
    for (const sheet of document.styleSheets) visit(sheet.cssRules);
    const style = document.createElement('style');
    style.textContent = 'html, body { margin: 0 !important; padding: 0 !important; }' +
      'body { width: ' + width + 'px !important; height: ' + height + 'px !important; max-width: none !important;' +
      ' column-count: 1 !important; column-gap: 0 !important; column-fill: auto !important; overflow: visible !important; }';
    document.head.appendChild(style);
    try {
      const left = document.body.getBoundingClientRect().left;
      for (const [id] of number) {
        const el = document.getElementById(id);
        const box = el && el.getClientRects()[0];
        if (box) out.push([id, Math.floor((box.left - left + 0.5) / width) + 1]);
      }
    } finally {
      style.remove();
      for (const u of undo.reverse()) u();
    }
    const pages = new Map(out);
    for (const [id, selector] of number) {
      for (const el of document.querySelectorAll(selector)) el.textContent = String(pages.get(id) ?? '');
    }
  }
  for (const [selector, text] of texts) {
    for (const el of document.querySelectorAll(selector)) el.textContent = text;
  }
  return out;
}`;

export interface PageCall {
  html: string | null;
  number: readonly (readonly [id: string, selector: string])[];
  texts: readonly (readonly [selector: string, text: string])[];
  width: number;
  height: number;
}

/** PAGE_JS applied to its argument, as one expression (a string handed to page.evaluate is evaluated, not called). */
export function pageCall(arg: PageCall): string {
  return `(${PAGE_JS})(${JSON.stringify(arg)})`;
}
