import { expect, type Locator, type Page } from '@playwright/test';

/** The inspector while a source is selected: reliability with its history, description, provenance. */
export class SourceInspector {
  readonly inspector: Locator;
  readonly reliability: Locator;
  readonly reason: Locator;
  readonly saveRating: Locator;
  readonly history: Locator;
  readonly deleteButton: Locator;

  constructor(readonly page: Page) {
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.reliability = this.inspector.getByRole('radiogroup', { name: 'Reliability' });
    this.reason = this.inspector.getByRole('textbox', { name: /Reason for this rating/ });
    this.saveRating = this.inspector.getByRole('button', { name: 'Save rating' });
    this.history = this.inspector.getByRole('list', { name: 'History' });
    this.deleteButton = this.inspector.getByRole('button', { name: 'Delete…' });
  }

  grade(code: string): Locator {
    return this.reliability.getByRole('radio', { name: new RegExp(`^${code} – `) });
  }

  /** Clicks the grade's label, as a user does (Blueprint draws its own indicator over the input). */
  async choose(code: string): Promise<void> {
    const radio = this.page.getByRole('radio', { name: new RegExp(`^${code} – `) });
    await this.reliability.locator('label').filter({ has: radio }).click();
    await expect(this.grade(code)).toBeChecked();
  }

  field(label: string): Locator {
    return this.inspector.getByLabel(label, { exact: true });
  }

  /** The value shown for a provenance property (the <dd> after its <dt>). */
  property(label: string): Locator {
    return this.inspector.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  }

  async rate(code: string, reason: string): Promise<void> {
    await this.choose(code);
    await this.reason.fill(reason);
    await this.saveRating.click();
    await expect(this.grade(code)).toBeChecked();
    await expect(this.saveRating).toBeHidden();
  }
}
