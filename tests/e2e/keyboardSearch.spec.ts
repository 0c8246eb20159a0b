import { test, expect } from './fixtures';
import { AnalysisPane } from './pages/AnalysisPane';
import { ExcerptsPanel } from './pages/ExcerptsPanel';
import { Palette } from './pages/Palette';
import { watchFlash } from './pages/SearchView';

/**
 * The seed-article workflow without a mouse (issue 8): open the sample case, find a word
 * of the German article by a spelling without umlauts in the palette, open it in the
 * reader, keep it as an excerpt, turn that into a claim, and come back to the claim by
 * name. Only key presses; focus is checked at every step so no trap or loss goes unseen.
 */

test.describe.configure({ timeout: 120_000 });

test('keyboard only: sample case, palette search with folding, reader, excerpt, claim, back to it', async ({
  app,
  page,
}) => {
  await app.start();
  const sample = page.getByRole('button', { name: 'Open sample case' });
  for (let i = 0; i < 25 && !(await sample.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(sample).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.sources.list.getByRole('option')).toHaveCount(4, { timeout: 30_000 });

  // The palette finds „Frühschicht“ as "Fruehschicht" and opens the reader at it.
  const palette = new Palette(page);
  await palette.open();
  await palette.type('Fruehschicht');
  const hit = palette.group('Sources').getByRole('option', { name: /Drohnen über dem Hafen von Velmar/ });
  await expect(hit.locator('mark')).toHaveText('Frühschicht');
  await expect(await palette.activeOption()).toContainText('Drohnen über dem Hafen von Velmar');
  const flash = await watchFlash(page);
  await page.keyboard.press('Enter');
  await expect(palette.dialog).toBeHidden();
  await expect.poll(flash.flashed).toContain('Frühschicht');
  await expect(app.reader.text).toBeFocused();

  // H keeps the found words at once: the hit is the reader's selection.
  await page.keyboard.press('h');
  const excerpts = new ExcerptsPanel(page);
  await expect(excerpts.list.getByRole('option')).toHaveCount(1);
  await expect(excerpts.list.getByRole('option').first()).toContainText('Frühschicht');
  await expect(app.reader.text).toBeFocused();

  // Alt+Shift+E: a claim from the selected excerpt, with it as evidence; the claim is selected and focused.
  await page.keyboard.press('Alt+Shift+E');
  const analysis = new AnalysisPane(page);
  const claim = analysis.row(/^Frühschicht/);
  await expect(claim).toHaveAttribute('aria-selected', 'true');
  await expect(analysis.list).toBeFocused();
  await expect(analysis.inspector.getByRole('heading', { name: 'Claim', exact: true })).toBeVisible();
  await expect(analysis.evidence.getByRole('listitem')).toHaveCount(1);

  // Elsewhere (the reader), then back to the claim by name through the palette.
  await page.keyboard.press('Control+K');
  await palette.type('Fruehschicht');
  const claimOption = palette.group('Claims & judgments').getByRole('option', { name: /^Frühschicht/ });
  await expect(claimOption).toBeVisible();
  for (let i = 0; i < 10 && (await claimOption.getAttribute('aria-selected')) !== 'true'; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(claimOption).toHaveAttribute('aria-selected', 'true');
  await app.screenshot('keyboard-palette-claim');
  await page.keyboard.press('Enter');
  await expect(palette.dialog).toBeHidden();
  await expect(claim).toHaveAttribute('aria-selected', 'true');
  await expect(analysis.list).toBeFocused();

  // Esc in the palette gives focus back to where it was (the analysis list).
  await palette.open();
  await page.keyboard.press('Escape');
  await expect(palette.dialog).toBeHidden();
  await expect(analysis.list).toBeFocused();

  // The search view and back into its results, by keyboard.
  await page.keyboard.press('Control+Shift+F');
  const query = page.getByRole('searchbox', { name: 'Search the case' });
  await expect(query).toBeFocused();
  await page.keyboard.type('Fruehschicht');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option')).toHaveCount(3);
  await page.keyboard.press('ArrowDown');
  await expect(results).toBeFocused();
});
