import { test, expect, type WorkbenchApp } from './fixtures';
import { Palette } from './pages/Palette';
import { watchFlash } from './pages/SearchView';

/**
 * Issue 8's command palette on the sample case: every action with its shortcut, the
 * case's objects by name through the search core (German folding), grouped; keyboard
 * only inside it; a hit opens the reader at the words, scrolled and flashed; Esc gives
 * focus back to where it was.
 */

test.describe.configure({ timeout: 90_000 });

async function openSample(app: WorkbenchApp) {
  await app.start();
  await app.page.getByRole('button', { name: 'Open sample case' }).click();
  await expect(app.sources.list.getByRole('option')).toHaveCount(4, { timeout: 30_000 });
}

test('the palette lists actions with their shortcuts, finds a passage by a folded spelling and opens it flashed', async ({
  app,
  page,
}) => {
  await openSample(app);
  const palette = new Palette(page);

  // Empty: the actions, each with its shortcut where it has one.
  await palette.open();
  const actions = palette.group('Actions');
  await expect(actions.getByRole('option', { name: /^Search the case/ }).getByRole('img')).toHaveAccessibleName(
    'Ctrl+Shift+F',
  );
  await expect(actions.getByRole('option', { name: /^Import sources…/ }).getByRole('img')).toHaveAccessibleName(
    'Ctrl+I',
  );
  await expect(actions.getByRole('option', { name: /^New claim or judgment/ })).toBeVisible();
  // The first option is active; ↑ wraps to the last, ↓ back to the first.
  const first = await palette.activeOption();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(first).toContainText('Search the case');
  await page.keyboard.press('ArrowUp');
  await expect(await palette.activeOption()).toContainText('About Analyst Workbench');
  await page.keyboard.press('ArrowDown');
  await expect(await palette.activeOption()).toContainText('Search the case');
  await app.screenshot('palette-actions');

  // Typing narrows the actions to those whose names hold every word.
  await palette.type('theme');
  await expect(palette.group('Actions').getByRole('option')).toHaveCount(1);
  await expect(palette.option(/Switch light\/dark theme/).getByRole('img')).toHaveAccessibleName('Ctrl+Shift+L');

  // An object by a spelling without umlauts: "haeufig" finds „häufig“ in the German article.
  await page.keyboard.press('Control+A');
  await palette.type('haeufig');
  const sources = palette.group('Sources');
  const hit = sources.getByRole('option', { name: /Drohnen über dem Hafen von Velmar/ });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark')).toHaveText('häufig');
  await expect(palette.group('Search').getByRole('option')).toHaveText('Search the whole case for “haeufig”');
  await app.screenshot('palette-hit');
  await expect(await palette.activeOption()).toContainText('Drohnen über dem Hafen von Velmar');
  const flash = await watchFlash(page);
  await page.keyboard.press('Enter');

  await expect(palette.dialog).toBeHidden();
  await app.reader.expectTitle(/Drohnen über dem Hafen von Velmar/);
  await expect.poll(flash.flashed).toContain('häufig');
  // Scrolled to the words: they are on screen (the article's last paragraph).
  await expect(app.reader.text.getByText(/häufig für Drohnen gehalten/)).toBeInViewport();
  await expect(app.reader.text).toBeFocused();

  // Esc closes the palette and focus returns to the reader.
  await palette.open();
  await page.keyboard.press('Escape');
  await expect(palette.dialog).toBeHidden();
  await expect(app.reader.text).toBeFocused();

  // An action from the palette runs: the search view, its field focused.
  await palette.open();
  await palette.type('search the');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('searchbox', { name: 'Search the case' })).toBeFocused();
});

test('the palette in German: actions and objects by name, the shortcut sheet lists the new shortcuts', async ({
  app,
  page,
}) => {
  await app.start();
  await app.preferences.choose('Deutsch');
  await page.getByRole('button', { name: 'Beispielfall öffnen' }).click();
  await expect(
    page.getByRole('region', { name: 'Navigator' }).getByRole('listbox', { name: 'Quellen' }).getByRole('option'),
  ).toHaveCount(4, {
    timeout: 30_000,
  });
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Befehlspalette' });
  const input = dialog.getByRole('combobox', { name: 'Befehl oder Name' });
  await expect(input).toBeFocused();
  // "schliessen" finds „Fall schließen“; "weissen" the e-mail's „weißen Lieferwagen“.
  await page.keyboard.type('schliessen');
  await expect(
    dialog.getByRole('group', { name: 'Aktionen' }).getByRole('option', { name: /Fall schließen/ }),
  ).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('weissen');
  const mail = dialog.getByRole('group', { name: 'Quellen' }).getByRole('option');
  await expect(mail.first().locator('mark')).toHaveText('weißen');
  await app.screenshot('palette-german');
  await page.keyboard.press('Escape');

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Tastenkürzel' });
  await expect(sheet.getByRole('row', { name: /Befehlspalette/ }).getByRole('img')).toHaveAccessibleName('Ctrl+K');
  await expect(sheet.getByRole('row', { name: /Im Fall suchen/ }).getByRole('img')).toHaveAccessibleName(
    'Ctrl+Shift+F',
  );
  await expect(
    sheet.getByRole('row', { name: /Neue Aussage aus dem gewählten Auszug/ }).getByRole('img'),
  ).toHaveAccessibleName('Alt+Shift+E');
});
