import { test, expect } from './fixtures';
import { seriousViolations } from './support/axe';

for (const theme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations (${theme} theme)`, async ({ app, page }) => {
    // axe-core takes a few seconds per page on a 2-core machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    await app.start();
    await app.createCase('Barrierefreiheit – Prüfung');
    await app.caseView.closeButton.click();
    await app.welcome.expectVisible();
    expect(await seriousViolations(page), 'welcome screen').toEqual([]);

    await app.welcome.newCaseButton.click();
    await expect(app.newCase.dialog).toBeVisible();
    expect(await seriousViolations(page), 'new case dialog').toEqual([]);
    await app.newCase.dialog.getByRole('button', { name: 'Cancel' }).click();

    await app.welcome.recentEntry('Barrierefreiheit – Prüfung').click();
    await expect(app.caseView.title).toBeVisible();
    expect(await seriousViolations(page), 'case view').toEqual([]);

    await app.caseView.settingsButton.click();
    await app.settings.addKeyQuestion('Wer ist betroffen?');
    expect(await seriousViolations(page), 'settings dialog').toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations with sources, the reader and the import dialogs (${theme} theme)`, async ({
    app,
    page,
  }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: theme });
    await app.start();
    await page.getByRole('button', { name: 'Open sample case' }).click();
    await expect(app.sources.list.getByRole('option')).toHaveCount(4, { timeout: 30_000 });
    await app.sources.option(/no confirmed drone incursions/).click();
    await expect(app.reader.title).toBeVisible();
    expect(await seriousViolations(page), 'case view with the reader and a source in the inspector').toEqual([]);

    await app.reader.find('drone');
    await expect(app.reader.findStatus).toHaveText(/of/);
    await app.sources.filtersButton.click();
    await app.sourceInspector.choose('A');
    expect(await seriousViolations(page), 'find bar, filter panel, reliability reason').toEqual([]);

    await app.sources.importFiles([
      { name: 'leer.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'notiz.txt', mimeType: 'text/plain', buffer: Buffer.from('Notiz über die Sichtung am Kai.\n') },
    ]);
    await app.importDialog.expectFinished(2);
    expect(await seriousViolations(page), 'import results').toEqual([]);
    await app.importDialog.close();

    await app.sources.pasteButton.click();
    await app.pasteText.importButton.click();
    expect(await seriousViolations(page), 'paste text dialog with errors').toEqual([]);
    await page.keyboard.press('Escape');

    await app.sourceInspector.deleteButton.click();
    await expect(page.getByRole('dialog', { name: 'Delete source' })).toBeVisible();
    expect(await seriousViolations(page), 'delete dialog').toEqual([]);
  });
}
