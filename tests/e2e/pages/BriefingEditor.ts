import { expect, type Locator, type Page } from '@playwright/test';

/** The navigator's Briefings section, the open briefing's editor and its details in the inspector. */
export class BriefingEditor {
  readonly section: Locator;
  readonly newButton: Locator;
  readonly dialog: Locator;
  readonly workspace: Locator;
  readonly toolbar: Locator;
  readonly doc: Locator;
  readonly status: Locator;
  readonly picker: Locator;
  readonly checkCard: Locator;
  readonly inspector: Locator;

  constructor(readonly page: Page) {
    const navigator = page.getByRole('region', { name: 'Navigator' });
    this.section = navigator.getByRole('region', { name: /^Briefings/ });
    this.newButton = this.section.getByRole('button', { name: 'New briefing' });
    this.dialog = page.getByRole('dialog');
    this.workspace = page.getByRole('main', { name: 'Workspace' });
    this.toolbar = this.workspace.getByRole('toolbar', { name: 'Formatting' });
    this.doc = this.workspace.getByRole('textbox', { name: 'Briefing text' });
    this.status = this.workspace.getByRole('status', { name: 'Briefing status' });
    this.picker = page.getByRole('listbox', { name: /^(Insert|Cite)/ });
    this.checkCard = this.workspace.getByRole('note', { name: 'Writing check' });
    this.inspector = page.getByRole('region', { name: 'Inspector' });
  }

  async create(title: string, template: RegExp = /^Standard/): Promise<void> {
    await this.newButton.click();
    await this.dialog.getByLabel('Title').fill(title);
    // Blueprint draws its own radio over the input: click the label, then check it took.
    await this.dialog.getByText(template).click();
    await expect(this.dialog.getByRole('radio', { name: template })).toBeChecked();
    await this.dialog.getByRole('button', { name: 'Create' }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.doc).toBeVisible();
  }

  open(title: string): Promise<void> {
    return this.section.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  }

  /** Puts the cursor at the end of the n-th paragraph (template paragraphs are empty ones under each heading). */
  async clickParagraph(n = 0): Promise<void> {
    await this.doc.locator('p').nth(n).click();
    await this.page.keyboard.press('End');
  }

  /** Types a trigger and a query, waits for the option and picks it with Enter. */
  async pick(trigger: string, query: string, option: RegExp): Promise<void> {
    await this.page.keyboard.type(`${trigger}${query}`);
    await expect(this.picker.getByRole('option', { name: option }).first()).toBeVisible();
    await expect(this.picker.getByRole('option').first()).toHaveAccessibleName(option);
    await this.page.keyboard.press('Enter');
    await expect(this.picker).toBeHidden();
  }

  citation(n: number): Locator {
    return this.doc.getByRole('button', { name: `Note ${n}`, exact: true });
  }

  async expectSaved(): Promise<void> {
    await expect(this.status).toContainText('All changes saved');
  }
}
