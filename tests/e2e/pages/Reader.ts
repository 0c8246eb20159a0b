import { expect, type Locator, type Page } from '@playwright/test';

/** The reader in the workspace: the source text (a focusable region) and its find bar. */
export class Reader {
  readonly workspace: Locator;
  readonly text: Locator;
  readonly article: Locator;
  readonly title: Locator;
  readonly findButton: Locator;
  readonly findBar: Locator;
  readonly findField: Locator;
  readonly findStatus: Locator;
  readonly matches: Locator;
  readonly currentMatch: Locator;

  constructor(readonly page: Page) {
    this.workspace = page.getByRole('main', { name: 'Workspace' });
    this.text = this.workspace.getByRole('region', { name: 'Source text' });
    this.article = this.text.getByRole('article');
    this.title = this.text.getByRole('heading', { level: 2 });
    this.findButton = this.workspace.getByRole('button', { name: 'Find', exact: true });
    this.findBar = this.workspace.getByRole('search', { name: 'Find in the source' });
    this.findField = this.findBar.getByRole('textbox', { name: 'Find in the source' });
    this.findStatus = this.findBar.getByRole('status');
    this.matches = this.text.locator('mark');
    this.currentMatch = this.text.locator('mark.wb-find-current');
  }

  async expectTitle(title: string | RegExp): Promise<void> {
    await expect(this.title).toHaveText(title, { timeout: 15_000 });
  }

  /** Ctrl+F with the reader focused, as the reader's own shortcut (not the browser's). */
  async find(query: string): Promise<void> {
    await this.text.focus();
    await this.page.keyboard.press('Control+F');
    await expect(this.findField).toBeFocused();
    await this.findField.fill(query);
  }
}
