import { expect, type Locator, type Page } from '@playwright/test';

/** The start screen: new/open buttons and the recent cases list. */
export class WelcomePage {
  readonly heading: Locator;
  readonly newCaseButton: Locator;
  readonly openCaseButton: Locator;
  readonly recentSection: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Analyst Workbench' });
    this.newCaseButton = page.getByRole('button', { name: 'New case…' });
    this.openCaseButton = page.getByRole('button', { name: 'Open case…' });
    this.recentSection = page.getByRole('region', { name: 'Recent cases' });
  }

  async expectVisible(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.newCaseButton).toBeVisible();
  }

  recentEntry(title: string): Locator {
    return this.recentSection.getByRole('button', { name: `Open “${title}”` });
  }

  removeRecentButton(title: string): Locator {
    return this.recentSection.getByRole('button', { name: `Remove “${title}” from recent cases` });
  }
}
