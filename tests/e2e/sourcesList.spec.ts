import { test, expect } from './fixtures';
import { englishMarkdown, germanText, simpleHtml } from './sourceFiles';

// Each test imports and reads several sources: a few times the default budget on a 2-core machine.
test.describe.configure({ timeout: 90_000 });

const GERMAN = 'Lagebericht Hafen Velmar';
const BRIEFING = 'Port authority briefing on drone sightings';
const OBSERVER = 'Drones over Velmar harbour';

test.beforeEach(async ({ app }) => {
  await app.start();
  await app.createCase('Quellenliste');
  await app.sources.importFiles([germanText, englishMarkdown, simpleHtml]);
  await app.importDialog.expectFinished(3);
  await app.importDialog.close();
  await expect(app.sources.list.getByRole('option')).toHaveCount(3);
});

test('filters the list by reliability, language, type, tag and title, and sorts it', async ({ app }) => {
  const { sources, sourceInspector } = app;
  await sources.option(GERMAN).click();
  await sourceInspector.rate('B', 'Lokale Behörde, bisher meist zutreffend.');
  await sources.option(OBSERVER).click();
  await sourceInspector.rate('C', 'Regional outlet, anonymous witnesses.');
  await sourceInspector.field('Source type').selectOption({ label: 'News' });
  await sourceInspector.field('Tags').fill('Hafen');
  await sourceInspector.field('Tags').press('Enter');
  await expect(sources.option(OBSERVER)).toHaveAccessibleDescription(/News/);

  await sources.filterBy('Reliability', 'B – Usually reliable');
  await sources.expectTitles([GERMAN]);
  await expect(sources.status).toHaveText('1 of 3 sources shown');
  await expect(sources.filtersButton).toHaveText('Filters (1)');
  await sources.filterBy('Reliability', 'Not rated');
  await sources.expectTitles([BRIEFING]);
  await sources.filterBy('Reliability', 'Any');

  await sources.filterBy('Language', 'German');
  await sources.expectTitles([GERMAN]);
  await sources.filterBy('Language', 'English');
  await sources.expectTitles([BRIEFING, OBSERVER]);
  await app.screenshot('source-list-filtered');
  await sources.filterBy('Type', 'News');
  await sources.expectTitles([OBSERVER]);
  await sources.filterPanel.getByRole('button', { name: 'Clear filters' }).click();
  await sources.expectTitles([GERMAN, BRIEFING, OBSERVER]);

  await sources.filterBy('Tag', 'Hafen');
  await sources.expectTitles([OBSERVER]);
  await sources.filterBy('Tag', 'Any');

  await sources.filterText.fill('velmar');
  await sources.expectTitles([GERMAN, OBSERVER]);
  await sources.filterText.fill('kein solcher titel');
  await expect(sources.section.getByText('No sources match these filters.')).toBeVisible();
  await sources.filterText.fill('');

  await sources.sortBy.selectOption({ label: 'Title' });
  await expect(sources.list.getByRole('option')).toHaveText([/^.*Drones/, /^.*Lagebericht/, /^.*Port/]);
  await sources.sortBy.selectOption({ label: 'Reliability' });
  await expect(sources.list.getByRole('option')).toHaveText([/Lagebericht/, /Drones/, /Port/]);
  // Reversed, the worst grade comes first; sources not rated yet stay at the end either way.
  await sources.section.getByRole('button', { name: /^Sort order: ascending/ }).click();
  await expect(sources.list.getByRole('option')).toHaveText([/Drones/, /Lagebericht/, /Port/]);
});

test('moves through the list with the keyboard and opens with Enter', async ({ app, page }) => {
  const { sources, reader } = app;
  await sources.sortBy.selectOption({ label: 'Title' });
  await sources.list.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await reader.expectTitle(OBSERVER);
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await reader.expectTitle(GERMAN);
  await expect(sources.option(GERMAN)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await reader.expectTitle(BRIEFING);
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await reader.expectTitle(OBSERVER);

  // "/" jumps to the text filter; Ctrl+I opens the file chooser from anywhere.
  await reader.text.focus();
  await page.keyboard.press('/');
  await expect(sources.filterText).toBeFocused();
  await reader.text.focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+I');
  await (await chooser).setFiles([]);
});

test('deletes a source after asking, and says so clearly when it is still cited', async ({ app, page }) => {
  const { sources, reader, sourceInspector } = app;
  await sources.option(BRIEFING).click();
  await reader.expectTitle(BRIEFING);

  // Delete in the list asks first, naming the source; Cancel keeps it.
  await sources.list.focus();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete source' });
  await expect(dialog).toContainText(`Delete “${BRIEFING}” from this case?`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(sources.list.getByRole('option')).toHaveCount(3);

  // While anything cites the source, the core refuses (simulated here: excerpts come later).
  await page.route('**/api/sources.delete', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: {
          code: 'IN_USE',
          message: 'This source is cited 2 time(s).',
          details: {
            citedBy: [
              { kind: 'excerpt', id: 'exc_1' },
              { kind: 'excerpt', id: 'exc_2' },
            ],
          },
        },
      }),
    }),
  );
  await sourceInspector.deleteButton.click();
  await dialog.getByRole('button', { name: 'Delete source' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText(`“${BRIEFING}” is still cited`);
  await expect(alert).toContainText('2 citations use this source. Remove them first, then delete the source.');
  await expect(dialog.getByRole('button', { name: 'Delete source' })).toBeDisabled();
  await app.screenshot('delete-in-use');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.unroute('**/api/sources.delete');

  await sourceInspector.deleteButton.click();
  await dialog.getByRole('button', { name: 'Delete source' }).click();
  await expect(dialog).toBeHidden();
  await sources.expectTitles([GERMAN, OBSERVER]);
  await expect(app.caseView.workspace.getByText('Select a source to read it')).toBeVisible();
  await expect(app.caseView.statusBar).toContainText('2 sources');
});
