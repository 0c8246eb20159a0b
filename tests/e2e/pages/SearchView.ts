import { expect, type Locator, type Page } from '@playwright/test';

/** The search view in the workspace: query, filters with counts, saved searches, ranked results. */
export class SearchView {
  readonly workspace: Locator;
  readonly heading: Locator;
  readonly form: Locator;
  readonly query: Locator;
  readonly filters: Locator;
  readonly kinds: Locator;
  readonly results: Locator;
  readonly status: Locator;
  readonly saved: Locator;
  readonly savedName: Locator;
  readonly saveButton: Locator;
  readonly savedList: Locator;

  constructor(readonly page: Page) {
    this.workspace = page.getByRole('main', { name: 'Workspace' });
    this.heading = this.workspace.getByRole('heading', { name: 'Search', level: 2 });
    this.form = this.workspace.getByRole('search', { name: 'Search' });
    this.query = this.form.getByRole('searchbox', { name: 'Search the case' });
    this.filters = this.form.getByRole('group', { name: 'Filters' });
    this.kinds = this.filters.getByRole('group', { name: 'Kinds' });
    this.results = this.workspace.getByRole('listbox', { name: 'Search results' });
    this.status = this.workspace.locator('.wb-search__status');
    this.saved = this.workspace.getByRole('region', { name: 'Saved searches' });
    this.savedName = this.saved.getByRole('textbox', { name: 'Name of the saved search' });
    this.saveButton = this.saved.getByRole('button', { name: 'Save search' });
    this.savedList = this.saved.getByRole('list', { name: 'Saved searches' });
  }

  /** The kind toggle, e.g. "Sources 2" (its count follows the other filters). */
  kind(name: 'Sources' | 'Excerpts' | 'Claims & judgments' | 'Briefings'): Locator {
    return this.kinds.getByRole('button', { name: new RegExp(`^${name}`) });
  }

  result(name: string | RegExp): Locator {
    return this.results.getByRole('option', { name });
  }

  async search(query: string): Promise<void> {
    await this.query.fill(query);
    await expect(this.status).toHaveText(/\d+ results?/);
  }
}

/**
 * Records the words the reader flashes from now on (the flash lasts under two seconds, which a
 * loaded machine can miss between two polls); `flashed()` gives the texts seen so far.
 */
export async function watchFlash(page: Page): Promise<{ flashed: () => Promise<string[]> }> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __wbFlashed: string[] }).__wbFlashed = seen;
    new MutationObserver(() => {
      const words = [...document.querySelectorAll('.wb-flash')].map((el) => el.textContent ?? '').join('');
      if (words && seen[seen.length - 1] !== words) seen.push(words);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  });
  return {
    flashed: () => page.evaluate(() => [...(window as unknown as { __wbFlashed: string[] }).__wbFlashed]),
  };
}
