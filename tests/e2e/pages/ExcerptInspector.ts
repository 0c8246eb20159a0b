import type { Locator, Page } from '@playwright/test';

/** The inspector while an excerpt is selected: quote and translation, re-anchoring, notes, provenance, history. */
export class ExcerptInspector {
  readonly inspector: Locator;
  readonly heading: Locator;
  readonly quote: Locator;
  readonly translationText: Locator;
  readonly showInSource: Locator;
  readonly deleteButton: Locator;
  readonly colours: Locator;
  readonly tags: Locator;
  readonly comment: Locator;
  readonly translation: Locator;
  readonly translationLanguage: Locator;
  readonly reanchor: Locator;
  readonly history: Locator;
  readonly deleteDialog: Locator;

  constructor(readonly page: Page) {
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.heading = this.inspector.getByRole('heading', { name: 'Excerpt', exact: true });
    this.quote = this.inspector.locator('.wb-excerpt-quote__text').first();
    this.translationText = this.inspector.locator('.wb-excerpt-quote__text--translation');
    this.showInSource = this.inspector.getByRole('button', { name: 'Show in source' });
    this.deleteButton = this.inspector.getByRole('button', { name: 'Delete…' });
    this.colours = this.inspector.getByRole('radiogroup', { name: 'Colour' });
    this.tags = this.inspector.getByLabel('Tags', { exact: true });
    this.comment = this.inspector.getByLabel('Comment', { exact: true });
    this.translation = this.inspector.getByLabel('Translation', { exact: true });
    this.translationLanguage = this.inspector.getByLabel('Language of the translation');
    this.reanchor = this.inspector.getByRole('group', { name: 'Re-anchoring' });
    this.history = this.inspector.getByRole('list', { name: 'Anchoring history' });
    this.deleteDialog = page.getByRole('dialog', { name: 'Delete excerpt' });
  }

  colour(name: string): Locator {
    return this.colours.getByRole('radio', { name });
  }

  button(name: string): Locator {
    return this.inspector.getByRole('button', { name, exact: true });
  }

  /** The value shown for a provenance property (the <dd> after its <dt>). */
  property(label: string): Locator {
    return this.inspector.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  }
}
