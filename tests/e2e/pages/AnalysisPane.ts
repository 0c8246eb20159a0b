import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The analysis UI (issue 5) in English: the navigator's "Claims & judgments" section, the
 * analytic-object inspector, its dialogs and the workspace's checks list and ACH matrix.
 */
export class AnalysisPane {
  readonly section: Locator;
  readonly list: Locator;
  readonly count: Locator;
  readonly kind: Locator;
  readonly newText: Locator;
  readonly search: Locator;
  readonly inspector: Locator;
  readonly evidence: Locator;
  readonly history: Locator;
  readonly objectChecks: Locator;
  readonly workspace: Locator;
  readonly caseChecks: Locator;
  readonly ach: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Navigator' }).getByRole('region', { name: /^Claims & judgments/ });
    this.list = this.section.getByRole('listbox', { name: 'Claims and judgments' });
    this.count = this.section.getByRole('heading', { name: /^Claims & judgments/ }).locator('.wb-count');
    this.kind = this.section.getByRole('combobox', { name: 'Kind' });
    this.newText = this.section.getByRole('textbox', { name: 'Text of the new object' });
    this.search = this.section.getByRole('searchbox', { name: 'Search claims and judgments' });
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.evidence = this.inspector.getByRole('list', { name: 'Evidence' });
    this.history = this.inspector.getByRole('list', { name: 'Rating history' });
    this.objectChecks = this.inspector.getByRole('list', { name: 'Analytic checks' });
    this.workspace = page.getByRole('main', { name: 'Workspace' });
    this.caseChecks = this.workspace.getByRole('list', { name: 'Analytic checks' });
    this.ach = this.workspace.getByRole('table', { name: 'Hypotheses and evidence' });
  }

  /** The row whose text (its accessible name) matches. */
  row(text: string | RegExp): Locator {
    return this.list.getByRole('option', { name: text });
  }

  group(name: string): Locator {
    return this.list.getByRole('group', { name });
  }

  /** Creates an object through the section's form (kind, words, Enter) and waits for its row. */
  async create(kind: string, text: string): Promise<void> {
    await this.kind.selectOption({ label: kind });
    await this.newText.fill(text);
    await this.newText.press('Enter');
    await expect(this.row(text)).toBeVisible();
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Opens a rating dialog from the inspector, picks a value and saves with the reason ('' tries without). */
  async rate(field: 'likelihood' | 'confidence', valueLabel: string, reason: string): Promise<Locator> {
    await this.inspector.getByRole('button', { name: `Change ${field}…` }).click();
    const dialog = this.dialog(field === 'likelihood' ? 'Change the likelihood' : 'Change the confidence');
    await dialog
      .getByLabel(field === 'likelihood' ? 'Likelihood' : 'Analytic confidence')
      .selectOption({ label: valueLabel });
    await dialog.getByLabel(/^Reason for this rating/).fill(reason);
    await dialog.getByRole('button', { name: 'Save rating' }).click();
    return dialog;
  }

  /** The evidence entry of the inspector whose quote matches. */
  evidenceItem(quote: string | RegExp): Locator {
    return this.evidence.getByRole('listitem', { name: quote });
  }

  /** Changes one evidence link's credibility with a reason in its dialog. */
  async rateCredibility(quote: string | RegExp, code: string, reason: string): Promise<void> {
    await this.evidenceItem(quote)
      .getByRole('button', { name: /credibility/i })
      .click();
    const dialog = this.dialog('Information credibility');
    await chooseRadio(dialog, code);
    await dialog.getByLabel(/^Reason for this rating/).fill(reason);
    await dialog.getByRole('button', { name: 'Save rating' }).click();
    await expect(dialog).toBeHidden();
  }

  async openChecks(): Promise<void> {
    await this.section.getByRole('button', { name: /^\d+ open checks?$/ }).click();
    await expect(this.workspace.getByRole('heading', { name: 'Analytic checks' })).toBeVisible();
  }

  async openAch(): Promise<void> {
    await this.section.getByRole('button', { name: 'ACH matrix' }).click();
    await expect(this.workspace.getByRole('heading', { name: 'Analysis of competing hypotheses' })).toBeVisible();
  }
}

/** Clicks a credibility's label, as a user does (Blueprint draws its own indicator over the input). */
export async function chooseRadio(scope: Locator, code: string): Promise<void> {
  const radio = scope.getByRole('radio', { name: new RegExp(`^${code} – `) });
  await scope
    .locator('label')
    .filter({ has: scope.page().getByRole('radio', { name: new RegExp(`^${code} – `) }) })
    .click();
  await expect(radio).toBeChecked();
}
