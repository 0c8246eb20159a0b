import { expect, type Locator, type Page } from '@playwright/test';

/** The reader's page view of a PDF: the Text | Pages switch, the toolbar, the pages. */
export class PdfPageView {
  readonly workspace: Locator;
  readonly modeSwitch: Locator;
  readonly textMode: Locator;
  readonly pagesMode: Locator;
  readonly pages: Locator;
  readonly toolbar: Locator;
  readonly zoomIn: Locator;
  readonly zoomOut: Locator;
  readonly fitWidth: Locator;
  readonly zoomLevel: Locator;
  readonly pageField: Locator;

  constructor(readonly page: Page) {
    this.workspace = page.getByRole('main', { name: 'Workspace' });
    this.modeSwitch = this.workspace.getByRole('radiogroup', { name: 'Reading view' });
    this.textMode = this.modeSwitch.getByRole('radio', { name: 'Text' });
    this.pagesMode = this.modeSwitch.getByRole('radio', { name: 'Pages' });
    this.pages = this.workspace.getByRole('region', { name: 'PDF pages' });
    this.toolbar = this.workspace.getByRole('toolbar', { name: 'Page view' });
    this.zoomIn = this.toolbar.getByRole('button', { name: 'Zoom in' });
    this.zoomOut = this.toolbar.getByRole('button', { name: 'Zoom out' });
    this.fitWidth = this.toolbar.getByRole('button', { name: 'Fit width' });
    this.zoomLevel = this.toolbar.getByRole('status', { name: 'Zoom' });
    this.pageField = this.toolbar.getByRole('textbox', { name: 'Page' });
  }

  /** One page box (1-based). */
  pageBox(n: number): Locator {
    return this.pages.getByRole('group', { name: new RegExp(`^Page ${n}\\b`) });
  }

  /** The text-layer span of a page that holds `text`. */
  span(n: number, text: string): Locator {
    return this.pageBox(n).locator('.textLayer span', { hasText: text }).first();
  }

  async show(): Promise<void> {
    await this.pagesMode.click();
    await expect(this.pages).toBeVisible({ timeout: 20_000 });
  }

  /** Waits until the page's canvas is drawn and its text layer is there. */
  async expectDrawn(n: number): Promise<void> {
    await expect(this.pageBox(n).locator('canvas')).toHaveCount(1, { timeout: 20_000 });
    await expect(this.pageBox(n).locator('.textLayer span').first()).toBeAttached({ timeout: 20_000 });
  }

  /** Share of the page's canvas pixels that are not white (0…1), read in the page. */
  async inkRatio(n: number): Promise<number> {
    return this.pageBox(n)
      .locator('canvas')
      .evaluate((canvas: HTMLCanvasElement) => {
        const ctx = canvas.getContext('2d');
        if (!ctx) return 0;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        let ink = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
        }
        return ink / (data.length / 4);
      });
  }

  /** The viewport point of character `at` of a span (its left edge, or its right edge with `after`). */
  async charPoint(n: number, spanText: string, at: number, after = false): Promise<{ x: number; y: number }> {
    return this.span(n, spanText).evaluate(
      (el, [i, end]) => {
        const r = document.createRange();
        r.setStart(el.firstChild!, i as number);
        r.setEnd(el.firstChild!, (i as number) + 1);
        const box = r.getBoundingClientRect();
        return { x: end ? box.right - 1 : box.left + 1, y: box.top + box.height / 2 };
      },
      [at, after] as const,
    );
  }

  /**
   * A mouse drag from character `start.at` of one page's span to the end of character
   * `end.at` of another's; both must be in view.
   */
  async dragAcross(
    start: { page: number; span: string; at: number },
    end: { page: number; span: string; at: number },
  ): Promise<void> {
    const a = await this.charPoint(start.page, start.span, start.at);
    const b = await this.charPoint(end.page, end.span, end.at, true);
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    await this.page.mouse.move(a.x, (a.y + b.y) / 2, { steps: 6 });
    await this.page.mouse.move(b.x, b.y, { steps: 6 });
    await this.page.mouse.up();
  }

  /**
   * Drags from the start of character `from` to the end of character `to - 1` of a span,
   * following the text's direction on screen (so it works on rotated pages too). `backwards`
   * drags from the end to the start, so the mouse never ends on the action shown after the words.
   */
  async dragAlong(n: number, spanText: string, from: number, to: number, backwards = false): Promise<void> {
    const span = this.span(n, spanText);
    await span.scrollIntoViewIfNeeded();
    const [a, b] = await span.evaluate(
      (el, [i, j]) => {
        const centre = (k: number) => {
          const r = document.createRange();
          r.setStart(el.firstChild!, k);
          r.setEnd(el.firstChild!, k + 1);
          const box = r.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2, size: Math.min(box.width, box.height) };
        };
        const s = centre(i!);
        const e = centre(j! - 1);
        const len = Math.hypot(e.x - s.x, e.y - s.y) || 1;
        const ux = (e.x - s.x) / len;
        const uy = (e.y - s.y) / len;
        // Half a glyph before the first character's centre and after the last one's.
        const half = Math.max(2, s.size * 0.45);
        return [
          { x: s.x - ux * half, y: s.y - uy * half },
          { x: e.x + ux * half, y: e.y + uy * half },
        ];
      },
      [from, to],
    );
    const [p, q] = backwards ? [b!, a!] : [a!, b!];
    await this.page.mouse.move(p.x, p.y);
    await this.page.mouse.down();
    await this.page.mouse.move(q.x, q.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /**
   * Drags the mouse over a span's text from the character at `from` to the one at `to`
   * (offsets into the span's text), as a user selecting words does.
   */
  async dragSelect(n: number, spanText: string, from: number, to: number): Promise<void> {
    const span = this.span(n, spanText);
    await span.scrollIntoViewIfNeeded();
    const points = await span.evaluate(
      (el, [a, b]) => {
        const node = el.firstChild!;
        const rectAt = (i: number) => {
          const r = document.createRange();
          r.setStart(node, i);
          r.setEnd(node, i + 1);
          return r.getBoundingClientRect();
        };
        const s = rectAt(a!);
        const e = rectAt(b! - 1);
        return { x1: s.left + 1, y: s.top + s.height / 2, x2: e.right - 1 };
      },
      [from, to],
    );
    await this.page.mouse.move(points.x1, points.y);
    await this.page.mouse.down();
    await this.page.mouse.move((points.x1 + points.x2) / 2, points.y, { steps: 4 });
    await this.page.mouse.move(points.x2, points.y, { steps: 4 });
    await this.page.mouse.up();
  }
}
