import { type Locator, type Page } from '@playwright/test';

export class PasteTextDialog {
  readonly dialog: Locator;
  readonly title: Locator;
  readonly text: Locator;
  readonly importButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Paste text' });
    this.title = this.dialog.getByRole('textbox', { name: /^Title/ });
    this.text = this.dialog.getByRole('textbox', { name: /^Text/ });
    this.importButton = this.dialog.getByRole('button', { name: 'Import text' });
  }
}
