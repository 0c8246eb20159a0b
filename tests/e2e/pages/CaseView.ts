import { expect, type Locator, type Page } from '@playwright/test';

/** The open case: header with title and marking, three panes, status bar. */
export class CaseView {
  readonly header: Locator;
  readonly title: Locator;
  readonly marking: Locator;
  readonly navigator: Locator;
  readonly workspace: Locator;
  readonly inspector: Locator;
  readonly statusBar: Locator;
  readonly settingsButton: Locator;
  readonly closeButton: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.title = this.header.getByRole('heading', { level: 1 });
    this.marking = this.header.getByRole('group', { name: 'Handling marking' });
    this.navigator = page.getByRole('region', { name: 'Navigator' });
    this.workspace = page.getByRole('main', { name: 'Workspace' });
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.statusBar = page.getByRole('contentinfo', { name: 'Status' });
    this.settingsButton = this.header.getByRole('button', { name: 'Case settings' });
    this.closeButton = this.header.getByRole('button', { name: 'Close case' });
  }

  async expectCase(title: string, tlp: string): Promise<void> {
    await expect(this.title).toHaveText(title);
    await expect(this.marking).toContainText(tlp);
  }

  /** The value shown in the inspector for a property label (the <dd> after its <dt>). */
  property(label: string): Locator {
    return this.inspector.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  }

  separator(pane: 'navigator' | 'inspector'): Locator {
    return this.page.getByRole('separator', { name: pane === 'navigator' ? 'Resize Navigator' : 'Resize Inspector' });
  }
}
