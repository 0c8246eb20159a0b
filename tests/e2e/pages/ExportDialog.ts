import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The export dialog of an open briefing (features/export). */
export class ExportDialog {
  readonly dialog: Locator;
  readonly preview: Locator;
  readonly warnings: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export briefing' });
    this.preview = this.dialog.getByRole('region', { name: 'Preview' });
    this.warnings = this.dialog.getByRole('alert');
  }

  /** Opens it with the briefing toolbar's "Export…" button. */
  async open(): Promise<void> {
    await this.page.getByRole('toolbar').getByRole('button', { name: 'Export…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async chooseFormat(name: string | RegExp): Promise<void> {
    // Blueprint draws its own indicator over the input: a click on the label is what a user does.
    const radio = this.dialog.getByRole('radio', { name });
    await radio.locator('..').click();
    await expect(radio).toBeChecked();
  }

  /** The preview's drawn page `n` (of any total). */
  page_(n: number): Locator {
    return this.preview.getByRole('img', { name: new RegExp(`^Page ${n} of \\d+$`) });
  }

  /** Waits until the export is done: the file facts are shown. */
  async expectReady(timeout = 60_000): Promise<void> {
    await expect(this.dialog.getByRole('button', { name: 'Download' })).toBeEnabled({ timeout });
  }

  /** Clicks Download and returns the browser's download. */
  async download(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.dialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    return download;
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).first().click();
    await expect(this.dialog).toBeHidden();
  }
}
