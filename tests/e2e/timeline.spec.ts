import type { Page } from '@playwright/test';
import { SEED_DE } from '../fixtures/timeline/texts';
import { expect, test, type WorkbenchApp } from './fixtures';
import { seriousViolations } from './support/axe';
import { callApi, importText } from './pages/pageApi';
import { recordFlashes, Timeline } from './pages/Timeline';

// Import, timeline, reader and excerpt in one test: a few times the default budget on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

const TITLE = 'Von Pjöngjang an die Front: Sind nordkoreanische Soldaten am Ukraine-Krieg beteiligt?';
const ENDE_JULI_SENTENCE =
  'Die südkoreanische Nachrichtenagentur Yonhap berichtete Ende Juli, Nordkorea habe Container mit angeblich mehr als fünf Millionen Artilleriegranaten nach Russland geliefert.';

/** A case with the seed article's sentences, published on 24 October 2024. */
async function caseWithArticle(app: WorkbenchApp, page: Page): Promise<string> {
  await app.start();
  await app.createCase('Zeitleiste Nordkorea');
  const sourceId = await importText(page, 'pjoengjang.txt', SEED_DE);
  await callApi(page, 'sources.update', { sourceId, patch: { publishedAt: Date.parse('2024-10-24T06:00:00Z') } });
  return sourceId;
}

test('a German article: “Ende Juli” on the timeline, opened in the reader, kept as an excerpt', async ({
  app,
  page,
}) => {
  const sourceId = await caseWithArticle(app, page);
  const timeline = new Timeline(page);
  await timeline.navButton.click();
  await expect(timeline.heading).toBeVisible();
  // Six mentions and the publication date.
  await expect(timeline.status).toHaveText('7 dated events');

  const endeJuli = timeline.event(/^late July 2024: “Ende Juli” in Von Pjöngjang/);
  await expect(endeJuli).toBeVisible();
  const row = timeline.row(/^late July 2024: “Ende Juli”/);
  await expect(row).toContainText(ENDE_JULI_SENTENCE);
  await expect(row).toContainText('year inferred');
  await expect(row).toContainText('resolved against the publication date, October 24, 2024');
  await expect(timeline.event(/^October 24, 2024: publication of Von Pjöngjang/)).toBeVisible();
  await expect(timeline.workspace.getByRole('heading', { name: 'July 2024', level: 4 })).toBeVisible();
  await app.screenshot('timeline-light');

  // Only publication dates.
  await timeline.filters.getByRole('combobox', { name: 'Kind of event' }).selectOption('published');
  await expect(timeline.status).toHaveText('1 dated event');
  await timeline.filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(timeline.status).toHaveText('7 dated events');

  // Keep the sentence as an excerpt: it is stored with exactly those words and shows in the excerpt list.
  await row.getByRole('button', { name: 'Keep sentence as excerpt' }).click();
  await expect(row.getByRole('status')).toHaveText('Kept as excerpt');
  const excerpts = await callApi<{ items: { quote: string; sourceId: string }[] }>(page, 'excerpts.list', {});
  expect(excerpts.items).toEqual([expect.objectContaining({ quote: ENDE_JULI_SENTENCE, sourceId })]);
  await expect(
    page.getByRole('region', { name: 'Navigator', exact: true }).getByText(ENDE_JULI_SENTENCE).first(),
  ).toBeVisible();

  // Open it: the reader shows the source and flashes the mention.
  const flashes = await recordFlashes(page);
  await endeJuli.click();
  await expect(timeline.heading).toBeHidden();
  await app.reader.expectTitle(TITLE);
  await expect.poll(flashes.flashed).toContain('Ende Juli');
  await app.screenshot('timeline-opened-in-reader');
});

test('keyboard: arrow keys move through the events, Enter opens one', async ({ app, page }) => {
  await caseWithArticle(app, page);
  const timeline = new Timeline(page);
  await timeline.navButton.focus();
  await page.keyboard.press('Enter');
  await expect(timeline.heading).toBeVisible();
  await expect(timeline.openButtons).toHaveCount(7);
  await timeline.openButtons.first().focus();
  // In date order (by first day, then last): June, 19 June, late July, early October, 4 October, 14 October, publication.
  await expect(timeline.openButtons.first()).toHaveAccessibleName(/^June 2024: “Juni”/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(timeline.event(/^late July 2024/)).toBeFocused();
  await page.keyboard.press('End');
  await expect(timeline.event(/publication of/)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(timeline.event(/^October 14, 2024: “14. Oktober”/)).toBeFocused();
  const flashes = await recordFlashes(page);
  await page.keyboard.press('Enter');
  await app.reader.expectTitle(TITLE);
  await expect.poll(flashes.flashed).toContain('14. Oktober');
});

for (const theme of ['light', 'dark'] as const) {
  test(`German UI, ${theme} theme: dates in German, no serious accessibility violations`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await caseWithArticle(app, page);
    await app.preferences.choose('Deutsch');
    const timeline = new Timeline(page, 'de');
    await timeline.navButton.click();
    await expect(timeline.heading).toBeVisible();
    await expect(timeline.status).toHaveText('7 datierte Ereignisse');
    const row = timeline.row(/^Ende Juli 2024: „Ende Juli“ in Von Pjöngjang/);
    await expect(row).toContainText('Jahr erschlossen');
    await expect(row).toContainText('bezogen auf das Erscheinungsdatum, 24. Oktober 2024');
    await expect(timeline.event(/^14\. Oktober 2024: „14\. Oktober“/)).toBeVisible();
    await expect(timeline.event(/^Anfang Oktober 2024: „Anfang des Monats“/)).toBeVisible();
    await expect(timeline.workspace.getByRole('heading', { name: 'Juli 2024', level: 4 })).toBeVisible();
    await app.screenshot(`timeline-de-${theme}`);
    expect(await seriousViolations(page, ['.wb-timeline-view']), 'timeline view').toEqual([]);
  });
}
