import { test, expect } from './fixtures';
import { largeGermanMarkdown } from './sourceFiles';

// Playwright's trace takes a DOM snapshot per action; with tens of thousands of paragraphs
// that, not the reader, would dominate the run.
test.use({ trace: 'off' });

test('a 5 MB German text imports, opens at its first heading and scrolls to its end', async ({ app, page }) => {
  test.setTimeout(180_000);
  await app.start();
  await app.createCase('Großer Bericht');
  const big = largeGermanMarkdown(5 * 1024 * 1024);
  await app.sources.importFiles([big]);

  const reader = app.reader;
  await reader.expectTitle('Lagebericht: Kapitel 1');
  await expect(reader.article).toHaveAttribute('lang', 'de');
  await expect(reader.text.getByRole('heading', { name: 'Lagebericht: Kapitel 2', exact: true })).toBeVisible();

  // Scrolling works, down to the last line (the rest of the text renders in the background).
  const last = reader.text.getByText('Ende des Berichts.');
  await reader.text.focus();
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(last).toBeInViewport({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  expect(await reader.text.evaluate((el) => el.scrollTop)).toBeGreaterThan(100_000);
  await page.keyboard.press('Home');
  await expect(reader.title).toBeInViewport();

  // Find reaches the end of the text too.
  await reader.find('ende des berichts');
  await expect(reader.findStatus).toHaveText('1 of 1', { timeout: 20_000 });
  await expect(reader.currentMatch).toBeInViewport();
});
