import { expect, type Locator, type Page } from '@playwright/test';

/** A file for the file chooser: a path on disk, or a name with bytes made up by the test. */
export type ImportPayload = string | { name: string; mimeType: string; buffer: Buffer };

/** The navigator's Sources section: import actions, filters, sort and the list (a listbox). */
export class SourcesPane {
  readonly section: Locator;
  readonly importButton: Locator;
  readonly pasteButton: Locator;
  readonly list: Locator;
  readonly filterText: Locator;
  readonly sortBy: Locator;
  readonly filtersButton: Locator;
  readonly filterPanel: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Navigator' }).getByRole('region', { name: /^Sources/ });
    this.importButton = this.section.getByRole('button', { name: 'Import…' });
    this.pasteButton = this.section.getByRole('button', { name: 'Paste text…' });
    this.list = this.section.getByRole('listbox', { name: 'Sources' });
    this.filterText = this.section.getByRole('searchbox', { name: 'Filter sources by title, outlet or author' });
    this.sortBy = this.section.getByRole('combobox', { name: 'Sort sources by' });
    this.filtersButton = this.section.getByRole('button', { name: /^Filters/ });
    this.filterPanel = this.section.getByRole('group', { name: 'Filters' });
    this.status = this.section.getByRole('status');
  }

  option(title: string | RegExp): Locator {
    return this.list.getByRole('option', { name: title });
  }

  /** Opens the file chooser with the Import… button and picks the files, as a user would. */
  async importFiles(files: ImportPayload[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    const fileChooser = await chooser;
    expect(fileChooser.isMultiple()).toBe(true);
    // Handing over megabytes takes Playwright a while on a busy machine.
    await fileChooser.setFiles(files as Parameters<typeof fileChooser.setFiles>[0], { timeout: 60_000 });
  }

  /** Sets one of the filter panel's selects (Type, Reliability, Language, Tag); '' means any. */
  async filterBy(label: 'Type' | 'Reliability' | 'Language' | 'Tag', optionLabel: string): Promise<void> {
    if (!(await this.filterPanel.isVisible())) await this.filtersButton.click();
    await this.filterPanel.getByLabel(label).selectOption({ label: optionLabel });
  }

  async expectTitles(titles: string[]): Promise<void> {
    await expect(this.list.getByRole('option')).toHaveCount(titles.length);
    for (const title of titles) await expect(this.option(title)).toBeVisible();
  }
}
