import { expect, type Locator, type Page } from '@playwright/test';

export class CaseSettingsDialog {
  readonly dialog: Locator;
  readonly title: Locator;
  readonly question: Locator;
  readonly author: Locator;
  readonly tlp: Locator;
  readonly handling: Locator;
  readonly scale: Locator;
  readonly language: Locator;
  readonly addQuestionButton: Locator;
  readonly saveButton: Locator;
  readonly cancelButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Case settings' });
    this.title = this.dialog.getByLabel('Title');
    this.question = this.dialog.getByLabel('Analytic question');
    this.author = this.dialog.getByLabel('Author');
    this.tlp = this.dialog.getByLabel('TLP marking');
    this.handling = this.dialog.getByLabel('Classification / handling line');
    this.scale = this.dialog.getByLabel('Likelihood scale');
    this.language = this.dialog.getByLabel('Working language');
    this.addQuestionButton = this.dialog.getByRole('button', { name: 'Add question' });
    this.saveButton = this.dialog.getByRole('button', { name: 'Save' });
    this.cancelButton = this.dialog.getByRole('button', { name: 'Cancel' });
  }

  keyQuestion(n: number): Locator {
    return this.dialog.getByRole('textbox', { name: `Key intelligence question ${n}`, exact: true });
  }

  async addKeyQuestion(text: string): Promise<void> {
    await this.addQuestionButton.click();
    const count = await this.dialog.getByRole('textbox', { name: /^Key intelligence question \d+$/ }).count();
    await expect(this.keyQuestion(count)).toBeFocused();
    await this.keyQuestion(count).fill(text);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await expect(this.dialog).toBeHidden();
  }
}
