import { test, expect } from './fixtures';

const GERMAN_DATE =
  /\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}/;

test('switches the UI to German and back, and remembers the choice', async ({ app, page }) => {
  await app.start();
  await app.createCase('Lagebild Sahel');
  await app.caseView.closeButton.click();

  await app.preferences.choose('Deutsch');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('button', { name: 'Neuer Fall …' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fall öffnen …' })).toBeVisible();
  const recent = page.getByRole('region', { name: 'Zuletzt geöffnete Fälle' });
  await expect(recent.getByRole('button', { name: '„Lagebild Sahel“ öffnen' })).toBeVisible();
  await expect(recent).toContainText(GERMAN_DATE);

  // Survives a reload: the choice lives in the core's preferences, not in the page.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Neuer Fall …' })).toBeVisible();

  await recent.getByRole('button', { name: '„Lagebild Sahel“ öffnen' }).click();
  await expect(page.getByRole('button', { name: 'Falleinstellungen' })).toBeVisible();
  await expect(page.getByText('Alle Änderungen gespeichert')).toBeVisible();
  await expect(page.getByRole('main', { name: 'Arbeitsbereich' })).toContainText(
    'Wählen Sie eine Quelle aus, um sie zu lesen',
  );
  await expect(page.getByRole('region', { name: 'Inspektor' })).toContainText(GERMAN_DATE);
  await app.screenshot('case-view-german');

  await page.getByRole('button', { name: 'Falleinstellungen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Falleinstellungen' });
  await expect(dialog.getByLabel('Analytische Fragestellung')).toBeVisible();
  await expect(dialog.getByLabel('Einstufung / Handhabungsvermerk')).toBeVisible();
  await app.screenshot('settings-dialog-german');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();

  await app.preferences.choose('English', 'Einstellungen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Case settings' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Case settings' })).toBeVisible();
});

test('toggles the theme, remembers it, and can follow the system', async ({ app, page }) => {
  await app.start();
  const body = page.locator('body');
  await expect(body).not.toHaveClass(/bp6-dark/);

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(body).toHaveClass(/bp6-dark/);
  await app.screenshot('welcome-dark');
  await page.reload();
  await expect(body).toHaveClass(/bp6-dark/);
  await app.preferences.expectChecked('Dark');

  await app.createCase('Hafenlogistik Rostock');
  await app.screenshot('case-view-dark');

  // The keyboard shortcut does the same.
  await page.keyboard.press('Control+Shift+L');
  await expect(body).not.toHaveClass(/bp6-dark/);

  await app.preferences.choose('Follow system');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(body).toHaveClass(/bp6-dark/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(body).not.toHaveClass(/bp6-dark/);
});

test('pane sizes and collapsed panes are remembered', async ({ app, page }) => {
  await app.start();
  await app.createCase('Pipeline-Sabotage');
  const view = app.caseView;
  const separator = view.separator('navigator');
  const start = Number(await separator.getAttribute('aria-valuenow'));

  await separator.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(separator).toHaveAttribute('aria-valuenow', String(start + 16 + 64));

  // Drag the inspector's handle 40px to the left: the inspector grows.
  const inspectorHandle = view.separator('inspector');
  const inspectorStart = Number(await inspectorHandle.getAttribute('aria-valuenow'));
  const box = await inspectorHandle.boundingBox();
  if (!box) throw new Error('no bounding box for the inspector separator');
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 40, box.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect(inspectorHandle).toHaveAttribute('aria-valuenow', String(inspectorStart + 40));

  await view.navigator.getByRole('button', { name: 'Collapse Navigator' }).click();
  await expect(view.navigator).toBeHidden();
  await expect(page.getByRole('button', { name: 'Expand Navigator' })).toBeVisible();

  // Saved shortly after the last change.
  await expect
    .poll(async () => {
      await page.reload();
      await expect(view.title).toBeVisible();
      return [
        await page.getByRole('button', { name: 'Expand Navigator' }).count(),
        await view.separator('inspector').getAttribute('aria-valuenow'),
      ];
    })
    .toEqual([1, String(inspectorStart + 40)]);

  await page.getByRole('button', { name: 'Expand Navigator' }).click();
  await expect(view.separator('navigator')).toHaveAttribute('aria-valuenow', String(start + 80));
});
