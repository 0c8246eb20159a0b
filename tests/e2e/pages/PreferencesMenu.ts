import { expect, type Locator, type Page } from '@playwright/test';

/** The gear menu in the header. Names are given by the caller, so it works in either language. */
export class PreferencesMenu {
  constructor(readonly page: Page) {}

  button(name = 'Preferences'): Locator {
    return this.page.getByRole('banner').getByRole('button', { name, exact: true });
  }

  async choose(item: string, buttonName = 'Preferences'): Promise<void> {
    await this.button(buttonName).click();
    const entry = this.page.getByRole('menuitemradio', { name: item });
    await expect(entry).toBeVisible();
    await entry.click();
    await expect(entry).toBeHidden();
  }

  async expectChecked(item: string, buttonName = 'Preferences'): Promise<void> {
    await this.button(buttonName).click();
    await expect(this.page.getByRole('menuitemradio', { name: item })).toHaveAttribute('aria-checked', 'true');
    await this.page.keyboard.press('Escape');
  }
}
