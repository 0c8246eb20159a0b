import { expect, type Locator, type Page } from '@playwright/test';

/** Progress and per-file results of an import. */
export class ImportDialog {
  readonly dialog: Locator;
  readonly progress: Locator;
  readonly files: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import' });
    this.progress = this.dialog.getByRole('progressbar', { name: 'Import progress' });
    this.files = this.dialog.getByRole('list', { name: 'Files' });
  }

  /** The result row of one file. */
  file(name: string): Locator {
    return this.files.getByRole('listitem').filter({ hasText: name });
  }

  async expectFinished(count: number): Promise<void> {
    await expect(this.dialog.getByRole('status')).toContainText(
      count === 1 ? '1 file processed.' : `${count} files processed.`,
      { timeout: 60_000 },
    );
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).last().click();
    await expect(this.dialog).toBeHidden();
  }
}
