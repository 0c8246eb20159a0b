import type { Page } from '@playwright/test';
import { expect, test, type WorkbenchApp } from './fixtures';
import { ExcerptInspector } from './pages/ExcerptInspector';
import { ExcerptsPanel } from './pages/ExcerptsPanel';
import { callApi, createExcerpt, importText } from './pages/pageApi';

/**
 * The excerpt panel and the excerpt inspector, driven through the UI. Excerpts are made
 * through the API from inside the page (the reader's selection UI has its own spec), so
 * these tests stand on the panel and inspector alone.
 */

const BERICHT_TITLE = 'Lagebericht Grenze';
const P1 = 'Sechs nordkoreanische Offiziere sollen bei dem Angriff ums Leben gekommen sein.';
const P2 = 'Das wurde bisher nur von einer einzigen Geheimdienstquelle bestätigt.';
const P3 = 'Es gibt keine Foto- oder Videobeweise für den Vorfall an der Grenze.';
const P4 = 'Die Behörde in Köln äußerte sich nicht zur Größe der Einheit.';
const BERICHT = [BERICHT_TITLE, P1, P2, P3, P4].join('\n\n');

const HAFEN_TITLE = 'Port report';
const HAFEN = [HAFEN_TITLE, 'Three drones were seen above the container terminal on Thursday night.'].join('\n\n');

async function caseWithExcerpts(app: WorkbenchApp, page: Page) {
  await app.start();
  await app.createCase('Exzerpte');
  const bericht = await importText(page, 'bericht.txt', BERICHT);
  const hafen = await importText(page, 'hafen.txt', HAFEN);
  const a = await createExcerpt(page, { sourceId: bericht, quote: 'Sechs nordkoreanische Offiziere', tags: ['Opfer'] });
  const b = await createExcerpt(page, {
    sourceId: bericht,
    quote: 'einzigen Geheimdienstquelle',
    colour: 'green',
    tags: ['Quelle', 'unbestätigt'],
  });
  const c = await createExcerpt(page, { sourceId: bericht, quote: 'Größe der Einheit', colour: 'pink' });
  const d = await createExcerpt(page, {
    sourceId: hafen,
    quote: 'Three drones were seen',
    colour: 'green',
    tags: ['Quelle'],
  });
  return { bericht, hafen, a, b, c, d };
}

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

test('“Show in source” opens the reader on the excerpt’s source', async ({ app, page }) => {
  await caseWithExcerpts(app, page);
  const panel = new ExcerptsPanel(page);
  const inspector = new ExcerptInspector(page);
  await panel.option(/Three drones were seen/).click();
  await inspector.showInSource.click();
  await app.reader.expectTitle(HAFEN_TITLE);
  // The excerpt stays selected: the inspector still shows it.
  await expect(inspector.quote).toHaveText('Three drones were seen');

  // Double-click on a row of another source does the same.
  await panel.option(/Größe der Einheit/).dblclick();
  await app.reader.expectTitle(BERICHT_TITLE);
  await expect(inspector.quote).toHaveText('Größe der Einheit');
});
