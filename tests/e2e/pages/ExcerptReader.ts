import { expect, type Locator, type Page } from '@playwright/test';

/** The reader's excerpt side: keep a selection (toolbar, floating action, card) and the highlights. */
export class ExcerptReader {
  readonly workspace: Locator;
  readonly text: Locator;
  readonly keepButton: Locator;
  readonly keepNowButton: Locator;
  readonly detailsButton: Locator;
  readonly card: Locator;
  readonly highlights: Locator;
  readonly selectedHighlight: Locator;
  readonly overlaps: Locator;
  readonly nextButton: Locator;
  readonly previousButton: Locator;
  readonly status: Locator;
  readonly error: Locator;

  /** `names`: the workspace's and the text region's accessible names (German: Arbeitsbereich, Text der Quelle). */
  constructor(
    readonly page: Page,
    names: { workspace: string; text: string } = { workspace: 'Workspace', text: 'Source text' },
  ) {
    this.workspace = page.getByRole('main', { name: names.workspace });
    this.text = this.workspace.getByRole('region', { name: names.text });
    this.keepButton = this.workspace.getByRole('button', { name: 'Keep as excerpt', exact: true });
    this.keepNowButton = this.workspace.getByRole('button', { name: 'Keep', exact: true });
    this.detailsButton = this.workspace.getByRole('button', { name: 'Details…' });
    this.card = this.workspace.getByRole('dialog', { name: 'Keep as excerpt' });
    this.highlights = this.text.locator('.wb-hl');
    this.selectedHighlight = this.text.locator('.wb-hl--selected');
    this.overlaps = this.text.locator('.wb-hl--overlap');
    this.nextButton = this.workspace.getByRole('button', { name: 'Next excerpt' });
    this.previousButton = this.workspace.getByRole('button', { name: 'Previous excerpt' });
    this.status = this.workspace.locator('.wb-reader__excerpt-count');
    this.error = this.workspace.getByRole('alert');
  }

  /** All highlight pieces of one excerpt. */
  highlight(excerptId: string): Locator {
    return this.text.locator(`[data-excerpts~="${excerptId}"]`);
  }

  /**
   * Selects with a real mouse drag from the first character of `from` to the last
   * character of `to` (the first occurrence of `to` after `from`) in the source text.
   */
  async dragSelect(from: string, to: string = from): Promise<void> {
    await expect(this.text.getByText(from.slice(0, 12)).first()).toBeVisible({ timeout: 15_000 });
    const points = await this.text.evaluate(
      (region, { from, to }) => {
        // The stored text offsets the reader gives its blocks, and the text nodes inside them.
        const blocks = [...region.querySelectorAll<HTMLElement>('[data-start]')];
        const nodes: { node: Text; at: number }[] = [];
        let joined = '';
        for (const block of blocks) {
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
            nodes.push({ node: n, at: joined.length });
            joined += n.data;
          }
          joined += '\u0000';
        }
        const start = joined.indexOf(from);
        if (start < 0) throw new Error(`not in the text: ${from}`);
        const toAt = joined.indexOf(to, start);
        if (toAt < 0) throw new Error(`not in the text after "${from}": ${to}`);
        const last = toAt + to.length - 1;
        const charRange = (offset: number) => {
          const hit = nodes.filter((n) => n.at <= offset).pop()!;
          const r = document.createRange();
          r.setStart(hit.node, offset - hit.at);
          r.setEnd(hit.node, offset - hit.at + 1);
          return r;
        };
        // Scroll once, so the start of the words is in the middle of the view; then measure both ends.
        charRange(start).startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const charRect = (offset: number) => {
          const rect = charRange(offset).getClientRects()[0]!;
          return { left: rect.left, right: rect.right, y: rect.top + rect.height / 2 };
        };
        const first = charRect(start);
        const end = charRect(last);
        const view = region.getBoundingClientRect();
        if (end.y > view.bottom || first.y < view.top) throw new Error('the words do not fit the view at once');
        const words = joined
          .slice(start, last + 1)
          .split('\u0000')
          .join(' ');
        return { x1: first.left + 1, y1: first.y, x2: end.right - 1, y2: end.y, words };
      },
      { from, to },
    );
    const mouse = this.page.mouse;
    await mouse.move(points.x1, points.y1);
    await mouse.down();
    await mouse.move((points.x1 + points.x2) / 2, (points.y1 + points.y2) / 2, { steps: 4 });
    await mouse.move(points.x2, points.y2, { steps: 4 });
    await mouse.up();
    // What the browser selected must be those words (white space aside), or the drag missed.
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
    await expect.poll(async () => flat(await this.selectedText())).toBe(flat(points.words));
  }

  /** The document's selected text, as the browser reports it. */
  selectedText(): Promise<string> {
    return this.page.evaluate(() => document.getSelection()?.toString() ?? '');
  }

  field(label: string): Locator {
    return this.card.getByLabel(label, { exact: true });
  }

  colour(name: string): Locator {
    return this.card.getByRole('radio', { name });
  }

  async submitCard(): Promise<void> {
    await this.card.getByRole('button', { name: 'Keep excerpt' }).click();
    await expect(this.card).toBeHidden();
  }
}
