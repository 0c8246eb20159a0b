import { expect, type Locator, type Page } from '@playwright/test';

/** The command palette (Ctrl/Cmd+K): a combobox over a grouped listbox of actions and objects. */
export class Palette {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly list: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Command palette' });
    this.input = this.dialog.getByRole('combobox', { name: 'Command or item name' });
    this.list = this.dialog.getByRole('listbox', { name: 'Commands and items' });
    this.status = this.dialog.getByRole('status');
  }

  /** Opens the palette with its shortcut, as a keyboard user does. */
  async open(): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await expect(this.dialog).toBeVisible();
    await expect(this.input).toBeFocused();
  }

  group(name: string): Locator {
    return this.list.getByRole('group', { name });
  }

  option(name: string | RegExp): Locator {
    return this.list.getByRole('option', { name });
  }

  /** The option the keyboard is on (aria-activedescendant of the field). */
  async activeOption(): Promise<Locator> {
    const id = await this.input.getAttribute('aria-activedescendant');
    expect(id, 'an active option').toBeTruthy();
    return this.page.locator(`[id="${id}"]`);
  }

  /** Types into the field key by key and waits until the search has answered. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    await expect(this.status).not.toHaveText('Searching…');
  }
}
