import { expect, type Locator, type Page } from '@playwright/test';

/** The backups view of the case settings dialog (renderer/src/features/backup). */
export class BackupsDialog {
  readonly dialog: Locator;
  readonly backUpNow: Locator;
  readonly list: Locator;
  readonly folder: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Backups' });
    this.backUpNow = this.dialog.getByRole('button', { name: 'Back up now' });
    this.list = this.dialog.getByRole('table', { name: 'Backups of this case' });
    this.folder = this.dialog.getByTestId('backup-folder');
  }

  /** From the case view: the header's settings button, then “Backups…” in the settings dialog. */
  async open(settingsButton: Locator): Promise<void> {
    await settingsButton.click();
    await this.page.getByRole('dialog', { name: 'Case settings' }).getByRole('button', { name: 'Backups…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Rows of the list (header excluded), newest first. */
  rows(): Locator {
    return this.list.locator('tbody tr.wb-backup__row');
  }

  restoreButton(row: Locator): Locator {
    return row.getByRole('button', { name: /^Restore the backup of .+ as a new file$/ });
  }

  restoreForm(): Locator {
    return this.dialog.getByRole('form', { name: /^Restore the backup of / });
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).last().click();
    await expect(this.dialog).toBeHidden();
  }
}
