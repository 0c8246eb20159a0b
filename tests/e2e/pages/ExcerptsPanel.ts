import { expect, type Locator, type Page } from '@playwright/test';

/** The navigator's Excerpts section: words, sort, scope, filters with status counts, and the list (a listbox). */
export class ExcerptsPanel {
  readonly section: Locator;
  readonly heading: Locator;
  readonly count: Locator;
  readonly list: Locator;
  readonly search: Locator;
  readonly sortBy: Locator;
  readonly direction: Locator;
  readonly filtersButton: Locator;
  readonly filterPanel: Locator;
  readonly thisSourceOnly: Locator;
  readonly attention: Locator;
  readonly status: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Navigator' }).getByRole('region', { name: /^Excerpts/ });
    this.heading = this.section.getByRole('heading', { name: /^Excerpts/ });
    this.count = this.heading.locator('.wb-count');
    this.list = this.section.getByRole('listbox', { name: 'Excerpts' });
    this.search = this.section.getByRole('searchbox', { name: /^Search excerpts/ });
    this.sortBy = this.section.getByRole('combobox', { name: 'Sort excerpts by' });
    this.direction = this.section.getByRole('button', { name: /^Sort order/ });
    this.filtersButton = this.section.getByRole('button', { name: /^Filters/ });
    this.filterPanel = this.section.getByRole('group', { name: 'Filters' });
    this.thisSourceOnly = this.section.getByRole('checkbox', { name: 'This source only' });
    this.attention = this.section.getByRole('group', { name: 'Excerpts that need attention' });
    this.status = this.section.getByRole('status');
    this.notice = this.section.getByRole('alert');
  }

  options(): Locator {
    return this.list.getByRole('option');
  }

  /** The row whose quote (its accessible name) contains the words. */
  option(words: string | RegExp): Locator {
    return this.list.getByRole('option', { name: words });
  }

  /** Sets one of the filter panel's selects; '' (Any) clears it. */
  async filterBy(label: 'Tag' | 'Colour' | 'Status', optionLabel: string | RegExp): Promise<void> {
    if (!(await this.filterPanel.isVisible())) await this.filtersButton.click();
    const select = this.filterPanel.getByLabel(label);
    if (typeof optionLabel === 'string') {
      await select.selectOption({ label: optionLabel });
    } else {
      const labels = await select.locator('option').allTextContents();
      const found = labels.find((l) => optionLabel.test(l));
      if (!found) throw new Error(`no option ${optionLabel} in ${labels.join(', ')}`);
      await select.selectOption({ label: found });
    }
  }

  /** The rows' quotes in the order shown (each without its typographic quotation marks). */
  async quotes(): Promise<string[]> {
    const texts = await this.list.locator('.wb-excerpt-row__quote').allTextContents();
    return texts.map((t) => t.replace(/^[“„"]|[”“"]$/g, ''));
  }

  async expectQuotes(quotes: string[]): Promise<void> {
    await expect(this.options()).toHaveCount(quotes.length);
    await expect.poll(() => this.quotes()).toEqual(quotes);
  }
}
