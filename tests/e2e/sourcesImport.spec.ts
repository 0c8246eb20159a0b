import { test, expect, corpusFile } from './fixtures';
import {
  articleVersion,
  emptyText,
  englishMarkdown,
  germanText,
  hostileHtml,
  simpleHtml,
  windowsProgram,
} from './sourceFiles';

// Each test imports and reads several sources: a few times the default budget on a 2-core machine.
test.describe.configure({ timeout: 90_000 });

const SEED = corpusFile('seed-article-de.txt');

test('imports the seed article through the file chooser, reads it and finds a word', async ({ app, page }) => {
  test.skip(!SEED, '../shared/corpus/seed-article-de.txt is not present in this checkout');
  await app.start();
  await app.createCase('Nordkoreanische Truppen');
  await app.sources.importFiles([SEED!]);

  // One file that imports cleanly opens at once in the reader.
  const reader = app.reader;
  await expect(reader.text).toContainText('Von Pjöngjang an die Front', { timeout: 15_000 });
  await expect(reader.article).toHaveAttribute('lang', 'de');
  await expect(app.sources.list.getByRole('option')).toHaveCount(1);
  await expect(app.sources.list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expect(app.caseView.statusBar).toContainText('1 source');

  // Find ignores case and diacritics: "PJONGJANG" finds "Pjöngjang".
  await reader.find('PJONGJANG');
  await expect(reader.findStatus).toHaveText(/^1 of \d+$/);
  const total = Number((await reader.findStatus.textContent())?.split(' of ')[1]);
  expect(total).toBeGreaterThanOrEqual(2);
  await expect(reader.matches).toHaveCount(total);
  await expect(reader.currentMatch).toHaveText('Pjöngjang');
  await page.keyboard.press('Enter');
  await expect(reader.findStatus).toHaveText(`2 of ${total}`);
  await page.keyboard.press('Shift+Enter');
  await expect(reader.findStatus).toHaveText(`1 of ${total}`);
  await reader.findField.fill('Geheimdienst');
  await expect(reader.findStatus).toHaveText(/of/);
  await reader.findField.fill('gibt es nicht im Text');
  await expect(reader.findStatus).toHaveText('No matches');
  await page.keyboard.press('Escape');
  await expect(reader.findBar).toBeHidden();
  await expect(reader.text).toBeFocused();
  await expect(reader.matches).toHaveCount(0);
  await app.screenshot('reader-seed-light');

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await reader.find('Selenskyj');
  await app.screenshot('reader-seed-dark');
});

test('imports several files at once and reports each one, failures named by file', async ({ app, page }) => {
  await app.start();
  await app.createCase('Drohnen über Velmar');
  await app.sources.importFiles([germanText, englishMarkdown, simpleHtml, emptyText, windowsProgram]);

  const dialog = app.importDialog;
  await expect(dialog.dialog).toBeVisible();
  await dialog.expectFinished(5);
  await expect(dialog.dialog.getByRole('status')).toContainText('3 imported · 2 failed');
  await expect(dialog.file('lagebericht-hafen.txt')).toContainText('Imported as “Lagebericht Hafen Velmar”.');
  await expect(dialog.file('port-authority-briefing.md')).toContainText('Imported as');
  await expect(dialog.file('velmar-observer.html')).toContainText('Imported as “Drones over Velmar harbour”.');
  await expect(dialog.file('empty.txt')).toContainText(
    'Not imported. This file is empty or contains no readable text.',
  );
  await expect(dialog.file('setup.exe')).toContainText('Not imported. This file format is not supported.');
  await expect(dialog.file('setup.exe').getByRole('button')).toHaveCount(0);
  await app.screenshot('import-results');
  await dialog.close();
  await app.sources.expectTitles([
    'Lagebericht Hafen Velmar',
    'Port authority briefing on drone sightings',
    'Drones over Velmar harbour',
  ]);

  // The same bytes again: already in this case, with a way to the source that has them.
  await app.caseView.header.getByRole('button', { name: 'Import…' }).click({ noWaitAfter: true });
  await page.keyboard.press('Escape');
  await app.sources.importFiles([englishMarkdown]);
  await expect(dialog.file('port-authority-briefing.md')).toContainText(
    'Already in this case as “Port authority briefing on drone sightings”',
  );
  await dialog.file('port-authority-briefing.md').getByRole('button', { name: /^Open/ }).click();
  await expect(dialog.dialog).toBeHidden();
  await app.reader.expectTitle('Port authority briefing on drone sightings');
  await expect(app.reader.article.getByRole('heading', { name: 'What is known' })).toBeVisible();
  await expect(app.reader.article.getByRole('listitem')).toHaveCount(2);
  await expect(app.sources.list.getByRole('option')).toHaveCount(3);
});

test('pasted text becomes a source with the title given to it', async ({ app }) => {
  await app.start();
  await app.createCase('Hinweise aus Messengern');
  await app.sources.pasteButton.click();
  const paste = app.pasteText;
  await expect(paste.dialog).toBeVisible();
  await expect(paste.title).toBeFocused();
  await paste.importButton.click();
  await expect(paste.dialog.getByText('Give the text a title.')).toBeVisible();
  await expect(paste.dialog.getByText('Paste or type the text to import.')).toBeVisible();

  await paste.title.fill('Telegram: Sichtung am Fischereihafen');
  await paste.text.fill(
    'Heute gegen 22:10 Uhr drei Lichter über dem Fischereihafen, sehr leise.\n\nKein Foto – zu weit weg. Weiß jemand mehr?',
  );
  await paste.importButton.click();
  await expect(paste.dialog).toBeHidden();
  await app.reader.expectTitle('Telegram: Sichtung am Fischereihafen');
  await expect(app.reader.text).toContainText('Kein Foto – zu weit weg. Weiß jemand mehr?');
  await expect(app.sources.option('Telegram: Sichtung am Fischereihafen')).toBeVisible();
  await expect(app.sourceInspector.property('File name')).toHaveText('Telegram Sichtung am Fischereihafen.txt');
  await expect(app.sourceInspector.property('Format')).toHaveText('Plain text');
});

test('files dropped onto the window are imported, with an overlay while dragging', async ({ app, page }) => {
  await app.start();
  await app.createCase('Abgelegte Dateien');
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(
      new File(['Notiz zum Gespräch mit dem Hafenmeister.\n'], 'gespraechsnotiz.txt', { type: 'text/plain' }),
    );
    dt.items.add(
      new File(['# Second note\n\nSeen from the ferry at 22:15.\n'], 'ferry-note.md', { type: 'text/markdown' }),
    );
    return dt;
  });
  const target = app.caseView.workspace;
  await target.dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByText('Drop files to import them into this case')).toBeVisible();
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Drop files to import them into this case')).toBeHidden();
  await app.importDialog.expectFinished(2);
  await expect(app.importDialog.dialog.getByRole('status')).toContainText('2 imported');
  await app.importDialog.close();
  await expect(app.sources.list.getByRole('option')).toHaveCount(2);
  // Still on the app, not navigated to a dropped file.
  await expect(app.caseView.title).toHaveText('Abgelegte Dateien');
});

test('imported HTML is shown as text: its script and event handlers never run', async ({ app, page }) => {
  await app.start();
  await app.createCase('Feindseliges HTML');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const strayRequests: string[] = [];
  page.on('request', (r) => {
    if (!/\/(api\/|events|assets\/|index\.html|$)/.test(new URL(r.url()).pathname)) strayRequests.push(r.url());
  });

  await app.sources.importFiles([hostileHtml]);
  await app.reader.expectTitle('Harmless looking report');
  await expect(app.reader.text).toContainText('Before the script.');
  await expect(app.reader.text).toContainText('After the image.');
  await expect(app.reader.article.locator('script, img, iframe, object, embed, form')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(strayRequests).toEqual([]);
});

test('a changed page from the same address becomes version 2, and the reader can show version 1', async ({ app }) => {
  await app.start();
  await app.createCase('Versionen');
  await app.sources.importFiles([articleVersion(1)]);
  await app.reader.expectTitle('Lights over the container terminal');
  await app.sources.importFiles([articleVersion(2)]);
  await expect(app.reader.text).toContainText('Update, Friday', { timeout: 15_000 });
  await expect(app.sources.list.getByRole('option')).toHaveCount(1);

  const version = app.sourceInspector.inspector.getByRole('combobox', { name: 'Version shown in the reader' });
  await expect(version).toHaveValue('2');
  await version.selectOption('1');
  await expect(app.reader.text).toContainText('You are reading version 1 of 2, not the current one.');
  await expect(app.reader.text).not.toContainText('Update, Friday');
  await expect(app.sourceInspector.property('File name')).toHaveText('velmar-article-v1.html');
  await app.reader.text.getByRole('button', { name: 'Show the current version' }).click();
  await expect(app.reader.text).toContainText('Update, Friday');
  await expect(version).toHaveValue('2');
});
