import { expect, type Locator, type Page } from '@playwright/test';

export class OpenCaseDialog {
  readonly dialog: Locator;
  readonly path: Locator;
  readonly openButton: Locator;
  readonly cancelButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Open case' });
    this.path = this.dialog.getByLabel('Case file path');
    this.openButton = this.dialog.getByRole('button', { name: 'Open', exact: true });
    this.cancelButton = this.dialog.getByRole('button', { name: 'Cancel' });
    this.error = this.dialog.getByRole('alert');
  }

  async open(path: string): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await this.path.fill(path);
    await this.openButton.click();
  }
}
