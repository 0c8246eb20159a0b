import { expect, type Locator, type Page } from '@playwright/test';

export interface NewCaseFields {
  title: string;
  question?: string;
  tlp?: string;
  scale?: 'ICD203' | 'PHIA';
  language?: 'de' | 'en' | 'other';
  path?: string;
}

export class NewCaseDialog {
  readonly dialog: Locator;
  readonly title: Locator;
  readonly question: Locator;
  readonly location: Locator;
  readonly tlp: Locator;
  readonly scale: Locator;
  readonly language: Locator;
  readonly createButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'New case' });
    this.title = this.dialog.getByLabel('Title');
    this.question = this.dialog.getByLabel('Analytic question');
    this.location = this.dialog.getByLabel('File location');
    this.tlp = this.dialog.getByLabel('TLP marking');
    this.scale = this.dialog.getByLabel('Likelihood scale');
    this.language = this.dialog.getByLabel('Working language');
    this.createButton = this.dialog.getByRole('button', { name: 'Create case' });
  }

  async fill(fields: NewCaseFields): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await this.title.fill(fields.title);
    if (fields.question !== undefined) await this.question.fill(fields.question);
    if (fields.tlp) await this.tlp.selectOption(fields.tlp);
    if (fields.scale) await this.scale.selectOption(fields.scale);
    if (fields.language) await this.language.selectOption(fields.language);
    if (fields.path !== undefined) await this.location.fill(fields.path);
  }

  /** Waits until the suggested location follows the typed title. */
  async expectSuggestedLocation(fileName: string): Promise<void> {
    await expect(this.location).toHaveValue(new RegExp(`${escapeRegExp(fileName)}$`));
  }

  async create(): Promise<void> {
    await this.createButton.click();
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
