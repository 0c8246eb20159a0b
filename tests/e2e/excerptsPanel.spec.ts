import { reportPdf } from '../fixtures/sources/pdfPages';
import { expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { ExcerptInspector } from './pages/ExcerptInspector';
import { ExcerptsPanel } from './pages/ExcerptsPanel';
import { BERICHT, BERICHT_TITLE, BERICHT_V2, HAFEN_TITLE, P2, caseWithExcerpts } from './pages/excerptScenario';
import { callApi, createExcerpt, importFile, importText } from './pages/pageApi';

/**
 * The excerpt panel and the excerpt inspector, driven through the UI. Excerpts are made
 * through the API from inside the page (the reader's selection UI has its own spec), so
 * these tests stand on the panel and inspector alone. Re-anchoring: excerptsPanelReanchor.spec.ts.
 */

// Each test imports, makes excerpts and reloads: twice the default budget on a busy 2-core machine.
test.describe.configure({ timeout: 60_000 });

test('lists the case’s excerpts; filters by tag, colour and words (umlauts folded); sorts; narrows to one source', async ({
  app,
  page,
}) => {
  await caseWithExcerpts(app, page);
  const panel = new ExcerptsPanel(page);
  await expect(panel.count).toHaveText('4');
  // Position order: by source, then place in the text.
  const byPosition = ['Sechs nordkoreanische Offiziere', 'einzigen Geheimdienstquelle', 'Größe der Einheit'];
  const all = await panel.quotes();
  expect(all).toHaveLength(4);
  expect(all.filter((q) => byPosition.includes(q))).toEqual(byPosition);

  // Each row: quote, source and paragraph, tags; the description spells them out.
  const row = panel.option(/einzigen Geheimdienstquelle/);
  await expect(row).toContainText(`${BERICHT_TITLE} · ¶ 3`);
  await expect(row).toContainText('unbestätigt');
  await expect(row).toHaveAccessibleDescription(/Green · paragraph 3 · tags: Quelle, unbestätigt/);
  await app.screenshot('excerpts-panel');

  await panel.filterBy('Tag', 'Quelle');
  await panel.expectQuotes(['einzigen Geheimdienstquelle', 'Three drones were seen']);
  await expect(panel.status).toHaveText('2 of 4 excerpts shown');
  await panel.filterBy('Colour', 'Green');
  await expect(panel.options()).toHaveCount(2);
  await panel.filterBy('Tag', 'Any');
  await panel.filterBy('Colour', 'Pink');
  await panel.expectQuotes(['Größe der Einheit']);
  await panel.filterBy('Colour', 'Any');

  // Words: case, accents and ß/ss are folded by the core.
  await panel.search.fill('GROSSE');
  await panel.expectQuotes(['Größe der Einheit']);
  await panel.search.fill('bestatigt');
  await panel.expectQuotes(['einzigen Geheimdienstquelle']);
  await panel.search.fill('keinwortdavon');
  await expect(panel.section.getByText('No excerpts match these filters.')).toBeVisible();
  await panel.search.fill('');
  await expect(panel.options()).toHaveCount(4);

  // Sort by colour (palette order: yellow, green, …, pink).
  await panel.sortBy.selectOption({ label: 'Colour' });
  await expect.poll(async () => (await panel.quotes())[0]).toBe('Sechs nordkoreanische Offiziere');
  await expect.poll(async () => (await panel.quotes())[3]).toBe('Größe der Einheit');
  await panel.direction.click();
  await expect.poll(async () => (await panel.quotes())[0]).toBe('Größe der Einheit');

  // This source only: follows the source open in the reader.
  await expect(panel.thisSourceOnly).toBeDisabled();
  await app.sources.option(HAFEN_TITLE).click();
  await app.reader.expectTitle(HAFEN_TITLE);
  await panel.section.getByText('This source only').click();
  await expect(panel.thisSourceOnly).toBeChecked();
  await panel.expectQuotes(['Three drones were seen']);
  await expect(panel.count).toHaveText('1');
  await app.sources.option(BERICHT_TITLE).click();
  await expect(panel.count).toHaveText('3');
  await expect(panel.options()).toHaveCount(3);
});

test('edits colour, tags, comment and translation in the inspector; they survive a reload', async ({ app, page }) => {
  const { b } = await caseWithExcerpts(app, page);
  const panel = new ExcerptsPanel(page);
  const inspector = new ExcerptInspector(page);
  await panel.option(/einzigen Geheimdienstquelle/).click();
  await expect(inspector.heading).toBeVisible();
  await expect(inspector.quote).toHaveText('einzigen Geheimdienstquelle');
  await expect(inspector.quote).toHaveAttribute('lang', 'de');
  await expect(inspector.property('Source')).toHaveText(BERICHT_TITLE);
  await expect(inspector.property('Location')).toHaveText('paragraph 3');
  await expect(inspector.property('Version')).toHaveText('Version 1 of 1 · current');
  await expect(inspector.property('SHA-256 of the original')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(inspector.history).toContainText('Created');
  await expect(inspector.inspector.getByText('Not used by any claim, judgment or hypothesis yet.')).toBeVisible();

  await inspector.colour('Purple').check({ force: true });
  await inspector.comment.fill('Nur eine Quelle – Gegencheck nötig.');
  // A German quote gets an English translation by default.
  await expect(inspector.translationLanguage).toHaveValue('en');
  await inspector.translation.fill('only a single intelligence source');
  await inspector.tags.fill('Gegencheck');
  await inspector.tags.press('Enter');
  await inspector.comment.focus(); // blur the translation and tags: both save on blur
  await expect(inspector.translationText).toHaveText('only a single intelligence source');
  await expect(inspector.translationText).toHaveAttribute('lang', 'en');
  await expect(panel.option(/einzigen Geheimdienstquelle/)).toHaveAccessibleDescription(
    /Purple · paragraph 3 · with translation · tags: Quelle, unbestätigt, Gegencheck/,
  );
  await app.screenshot('excerpt-inspector');

  // Stored in the case file, not just on screen.
  await expect
    .poll(async () => (await callApi<{ comment: string }>(page, 'excerpts.get', { excerptId: b.id })).comment)
    .toBe('Nur eine Quelle – Gegencheck nötig.');
  await page.reload();
  await panel.option(/einzigen Geheimdienstquelle/).click();
  await expect(inspector.comment).toHaveValue('Nur eine Quelle – Gegencheck nötig.');
  await expect(inspector.translation).toHaveValue('only a single intelligence source');
  await expect(inspector.colour('Purple')).toBeChecked();
  await expect(inspector.inspector.getByText('Gegencheck', { exact: true })).toBeVisible();

  // Quote and translation stack in the narrow inspector and stand side by side in a wide one.
  const columns = () =>
    page
      .locator('.wb-excerpt-quote__grid')
      .evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
  expect(await columns()).toBe(1);
  await app.caseView.separator('inspector').focus();
  await page.keyboard.press('End');
  await expect.poll(columns).toBe(2);
  await app.screenshot('excerpt-inspector-wide');

  // Emptying the translation removes it.
  await inspector.translation.fill('');
  await inspector.comment.focus();
  await expect(inspector.translationText).toHaveCount(0);
});

test('deletes an excerpt after asking; Cancel keeps it', async ({ app, page }) => {
  await caseWithExcerpts(app, page);
  const panel = new ExcerptsPanel(page);
  const inspector = new ExcerptInspector(page);
  await panel.option(/Größe der Einheit/).click();
  await inspector.deleteButton.click();
  await expect(inspector.deleteDialog).toBeVisible();
  await expect(inspector.deleteDialog).toContainText('Größe der Einheit');
  await inspector.deleteDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(inspector.deleteDialog).toBeHidden();
  await expect(panel.count).toHaveText('4');

  await inspector.deleteButton.click();
  await inspector.deleteDialog.getByRole('button', { name: 'Delete excerpt' }).click();
  await expect(inspector.deleteDialog).toBeHidden();
  await expect(panel.count).toHaveText('3');
  await expect(panel.option(/Größe der Einheit/)).toHaveCount(0);
  // The inspector moves on to what is still selected (nothing: the case).
  await expect(inspector.heading).toBeHidden();
  await expect(page.getByRole('region', { name: 'Inspector' }).getByText('Case properties')).toBeVisible();
});

test('a delete refused while a claim uses the excerpt names the use; “remove those uses too” deletes both', async ({
  app,
  page,
}) => {
  const { c } = await caseWithExcerpts(app, page);
  const claim = await callApi<{ id: string }>(page, 'analysis.create', {
    kind: 'claim',
    text: 'Die Einheit ist größer als gemeldet.',
  });
  await callApi(page, 'evidence.add', { excerptId: c.id, targetId: claim.id });
  const panel = new ExcerptsPanel(page);
  const inspector = new ExcerptInspector(page);
  await panel.option(/Größe der Einheit/).click();
  // The inspector says where the excerpt is used.
  const uses = inspector.inspector.getByRole('list', { name: 'Used as evidence' });
  await expect(uses).toContainText('Supports · claim');
  await expect(uses).toContainText('Die Einheit ist größer als gemeldet.');
  await inspector.deleteButton.click();
  await inspector.deleteDialog.getByRole('button', { name: 'Delete excerpt' }).click();
  const refusal = inspector.deleteDialog.getByRole('alert');
  await expect(refusal).toContainText('This excerpt is still in use');
  await expect(refusal).toContainText('In use as evidence for 1 claim or judgment.');
  await app.screenshot('excerpt-delete-in-use');
  await expect(panel.count).toHaveText('4');
  await inspector.deleteDialog.getByRole('button', { name: 'Remove those uses too and delete' }).click();
  await expect(inspector.deleteDialog).toBeHidden();
  await expect(panel.count).toHaveText('3');
  const evidence = await callApi<unknown[]>(page, 'evidence.list', { targetId: claim.id });
  expect(evidence).toEqual([]);
});

test('“Show in source” opens the reader on the excerpt’s source', async ({ app, page }) => {
  await caseWithExcerpts(app, page);
  const panel = new ExcerptsPanel(page);
  const inspector = new ExcerptInspector(page);
  await panel.option(/Three drones were seen/).click();
  await inspector.showInSource.click();
  await app.reader.expectTitle(HAFEN_TITLE);
  // The reader flashes the exact words (for a moment: the flash goes after about two seconds).
  await expect(app.reader.text.locator('.wb-flash')).toHaveText('Three drones were seen');
  // The excerpt stays selected: the inspector still shows it.
  await expect(inspector.quote).toHaveText('Three drones were seen');

  // Double-click on a row of another source does the same.
  await panel.option(/Größe der Einheit/).dblclick();
  await app.reader.expectTitle(BERICHT_TITLE);
  await expect(app.reader.text.locator('.wb-flash')).toHaveText('Größe der Einheit');
  await expect(inspector.quote).toHaveText('Größe der Einheit');
});

test('keyboard only: search, move through the list, select, show in source', async ({ app, page }) => {
  await caseWithExcerpts(app, page);
  const panel = new ExcerptsPanel(page);
  const inspector = new ExcerptInspector(page);
  await panel.search.focus();
  await page.keyboard.type('Quelle');
  await expect(panel.options()).toHaveCount(2);
  // Tab on to the list (sort, direction, filters and the scope switch come first).
  for (let i = 0; i < 8 && !(await panel.list.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(panel.list).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('Space');
  await expect(inspector.quote).toHaveText('Three drones were seen');
  await expect(panel.option(/Three drones were seen/)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await app.reader.expectTitle(BERICHT_TITLE);
  await expect(inspector.quote).toHaveText('einzigen Geheimdienstquelle');
  await expect(panel.option(/einzigen Geheimdienstquelle/)).toHaveAttribute('aria-selected', 'true');

  // Delete asks first; Esc keeps the excerpt, the dialog's own button deletes it.
  await panel.list.focus();
  await page.keyboard.press('Delete');
  await expect(inspector.deleteDialog).toContainText('einzigen Geheimdienstquelle');
  await page.keyboard.press('Escape');
  await expect(inspector.deleteDialog).toBeHidden();
  await expect(panel.list).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(inspector.deleteDialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(inspector.deleteDialog).toBeHidden();
  await expect(panel.options()).toHaveCount(1);
  await expect(panel.count).toHaveText('3');
  await expect(inspector.heading).toBeHidden();
});

for (const theme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations in the excerpt panel and inspector (${theme} theme)`, async ({
    app,
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    await app.start();
    await app.createCase('Barrierefreiheit Auszüge');
    const sourceId = await importText(page, 'bericht.txt', BERICHT);
    await createExcerpt(page, { sourceId, quote: P2, tags: ['Quelle'], colour: 'purple' });
    await createExcerpt(page, { sourceId, quote: 'keine Foto- oder Videobeweise', colour: 'orange' });
    const kept = await createExcerpt(page, { sourceId, quote: 'Sechs nordkoreanische Offiziere', colour: 'blue' });
    await callApi(page, 'excerpts.update', {
      excerptId: kept.id,
      patch: { translation: { language: 'en', text: 'Six North Korean officers' } },
    });
    await importText(page, 'bericht-v2.txt', BERICHT_V2, sourceId);
    const panel = new ExcerptsPanel(page);
    const inspector = new ExcerptInspector(page);
    await panel.filtersButton.click();
    await panel.option(P2).click();
    await expect(inspector.reanchor).toContainText('Moved — please confirm');
    await app.screenshot(`excerpts-moved-${theme}`);
    expect(await seriousViolations(page), 'panel with filters, moved excerpt in the inspector').toEqual([]);

    await panel.option('keine Foto- oder Videobeweise').click();
    await expect(inspector.reanchor).toContainText('Orphan');
    await panel.option('Sechs nordkoreanische Offiziere').click();
    await expect(inspector.translationText).toHaveText('Six North Korean officers');
    expect(await seriousViolations(page), 'excerpt with translation').toEqual([]);

    await inspector.deleteButton.click();
    await expect(inspector.deleteDialog).toBeVisible();
    expect(await seriousViolations(page), 'delete dialog').toEqual([]);
  });
}

test('a long list is drawn 200 rows at a time, the count and the status counts still cover all', async ({
  app,
  page,
}) => {
  test.setTimeout(90_000);
  await app.start();
  await app.createCase('Viele Auszüge');
  const words = Array.from({ length: 230 }, (_, i) => `Satz${String(i).padStart(3, '0')}`);
  const sourceId = await importText(
    page,
    'viele.txt',
    ['Viele Sätze', ...words.map((w) => `${w} endet hier.`)].join('\n\n'),
  );
  for (const w of words) await createExcerpt(page, { sourceId, quote: w });
  const panel = new ExcerptsPanel(page);
  await expect(panel.count).toHaveText('230');
  await expect(panel.options()).toHaveCount(200);
  await panel.section.getByRole('button', { name: 'Show 30 more (of 230)' }).click();
  await expect(panel.options()).toHaveCount(230);
  await expect(panel.option('Satz229')).toBeVisible();
});

test('a PDF excerpt is located by its page: “p. 3”, in German “S. 3”', async ({ app, page }) => {
  await app.start();
  await app.createCase('PDF-Auszüge');
  const sourceId = await importFile(page, 'lagebericht.pdf', 'application/pdf', await reportPdf());
  await createExcerpt(page, { sourceId, quote: 'unabhängige Bestätigung' });
  const panel = new ExcerptsPanel(page);
  const inspector = new ExcerptInspector(page);
  const row = panel.option('unabhängige Bestätigung');
  await expect(row).toContainText('Lagebericht Grenzregion Nord · p. 3');
  await row.click();
  await expect(inspector.property('Location')).toHaveText('page 3');
  await app.preferences.choose('Deutsch');
  await expect(page.getByRole('option', { name: /unabhängige Bestätigung/ })).toContainText(
    'Lagebericht Grenzregion Nord · S. 3',
  );
  await expect(
    page
      .getByRole('region', { name: 'Inspektor' })
      .locator('dt', { hasText: 'Stelle' })
      .locator('xpath=following-sibling::dd[1]'),
  ).toHaveText('Seite 3');
});
