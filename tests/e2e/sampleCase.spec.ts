import { test, expect } from './fixtures';

// Each test imports and reads several sources: a few times the default budget on a 2-core machine.
test.describe.configure({ timeout: 90_000 });

test('opens the sample case from the welcome screen, with rated sources and a paged PDF', async ({ app, page }) => {
  await app.start();
  await page.getByRole('button', { name: 'Open sample case' }).click();
  // The core builds the case through its importer (PDF included): give it time on a slow machine.
  await expect(app.caseView.title).toHaveText('Sample: drone sightings over the port of Velmar', { timeout: 30_000 });
  const options = app.sources.list.getByRole('option');
  await expect(options).toHaveCount(4);
  await expect(app.caseView.statusBar).toContainText('4 sources');
  await app.screenshot('case-view-sources');

  // The PDF reads page by page, with its printed page labels.
  await app.sources.option(/Velmar Port Authority|Statement on reported drone sightings/).click();
  const reader = app.reader;
  await expect(reader.text.getByRole('heading', { name: 'Page 1 (label i)' })).toBeVisible();
  await expect(reader.text.getByRole('heading', { name: 'Page 2 (label 1)' })).toBeVisible();
  await expect(app.sourceInspector.property('Format')).toHaveText('PDF');
  await expect(app.sourceInspector.grade('B')).toBeChecked();
  await expect(app.sourceInspector.history.getByRole('listitem')).toHaveCount(1);
  await app.screenshot('reader-pdf');

  // The e-mail shows its headers above the text.
  await app.sources.option(/Fischereihafen|Hinweis/).click();
  await expect(reader.text.getByRole('group', { name: 'E-mail headers' })).toContainText('From');
});

test('the sample case is German when the UI is', async ({ app, page }) => {
  await app.start();
  await app.preferences.choose('Deutsch');
  await app.screenshot('welcome-german');
  await page.getByRole('button', { name: 'Beispielfall öffnen' }).click();
  await expect(app.caseView.title).toHaveText('Beispiel: Drohnensichtungen über dem Hafen von Velmar', {
    timeout: 30_000,
  });
  const navigator = page.getByRole('region', { name: 'Navigator' });
  await expect(navigator.getByRole('listbox', { name: 'Quellen' }).getByRole('option')).toHaveCount(4);
  await navigator.getByRole('listbox', { name: 'Quellen' }).getByRole('option').first().click();
  await expect(page.getByRole('region', { name: 'Text der Quelle' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('4 Quellen');
  await app.screenshot('case-view-german');
});
