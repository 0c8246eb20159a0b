import { existsSync, rmSync } from 'node:fs';
import { test, expect } from './fixtures';

const TITLE = '„Nordkoreanische Truppen“ – Ukraine';

test('creates a case from the welcome screen and shows it', async ({ app, page }) => {
  await app.start();
  await app.screenshot('welcome-empty');
  await app.welcome.newCaseButton.click();
  await app.newCase.fill({
    title: TITLE,
    question: 'Werden nordkoreanische Truppen bis Ende 2024 in der Ukraine eingesetzt?',
  });
  // The suggested file name follows the title, with the characters file systems reject removed.
  await app.newCase.expectSuggestedLocation('„Nordkoreanische Truppen“ – Ukraine.wbcase');
  await app.screenshot('new-case-dialog');
  await app.newCase.create();

  await expect(app.newCase.dialog).toBeHidden();
  await app.caseView.expectCase(TITLE, 'TLP:AMBER');
  await expect(page).toHaveTitle(`${TITLE} – Analyst Workbench`);
  await expect(app.caseView.workspace.getByText('Select a source to read it')).toBeVisible();
  await expect(app.caseView.navigator.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(app.caseView.property('Analytic question')).toHaveText(
    'Werden nordkoreanische Truppen bis Ende 2024 in der Ukraine eingesetzt?',
  );
  await expect(app.caseView.statusBar).toContainText('All changes saved');
  await expect(app.caseView.statusBar).toContainText('Browser');
  await app.screenshot('case-view-light');
});

test('a new case needs a title and a free file name', async ({ app }) => {
  await app.start();
  await app.createCase('Lagebild Ostsee');
  await app.caseView.closeButton.click();
  await app.welcome.expectVisible();

  await app.welcome.newCaseButton.click();
  await app.newCase.createButton.click();
  await expect(app.newCase.dialog.getByText('A case needs a title.')).toBeVisible();

  // Same title again: the suggestion avoids the taken name; typing the taken path is refused inline.
  await app.newCase.fill({ title: 'Lagebild Ostsee' });
  await app.newCase.expectSuggestedLocation('Lagebild Ostsee 2.wbcase');
  await app.newCase.location.fill(`${app.server.casesDir}/Lagebild Ostsee.wbcase`);
  await app.newCase.create();
  await expect(
    app.newCase.dialog.getByText('A file with this name already exists. Choose another name.'),
  ).toBeVisible();
  await expect(app.newCase.location).toHaveAttribute('aria-invalid', 'true');
});

test('edits the case settings, and they survive a reload', async ({ app, page }) => {
  await app.start();
  await app.createCase('Desinformation Bundestagswahl');

  await app.caseView.settingsButton.click();
  const settings = app.settings;
  await expect(settings.title).toHaveValue('Desinformation Bundestagswahl');
  await settings.question.fill('Welche Akteure steuern die Kampagne?');
  await settings.addKeyQuestion('Welche Plattformen werden genutzt?');
  await settings.addKeyQuestion('Wer finanziert die Anzeigen?');
  // Reorder: the second question moves up.
  await settings.dialog.getByRole('button', { name: 'Move question 2 up' }).click();
  await expect(settings.keyQuestion(1)).toHaveValue('Wer finanziert die Anzeigen?');
  await settings.tlp.selectOption('TLP:RED');
  await settings.handling.fill('VS – NUR FÜR DEN DIENSTGEBRAUCH');
  await settings.author.fill('A. Analystin');
  await app.screenshot('settings-dialog');
  await settings.save();

  const view = app.caseView;
  await view.expectCase('Desinformation Bundestagswahl', 'TLP:RED');
  await expect(view.marking).toContainText('VS – NUR FÜR DEN DIENSTGEBRAUCH');
  await expect(view.property('Analytic question')).toHaveText('Welche Akteure steuern die Kampagne?');
  await expect(view.property('Key intelligence questions').getByRole('listitem')).toHaveText([
    'Wer finanziert die Anzeigen?',
    'Welche Plattformen werden genutzt?',
  ]);
  await expect(view.property('Author')).toHaveText('A. Analystin');
  await app.screenshot('case-view-marked');

  await page.reload();
  await view.expectCase('Desinformation Bundestagswahl', 'TLP:RED');
  await expect(view.marking).toContainText('VS – NUR FÜR DEN DIENSTGEBRAUCH');
  await expect(view.property('Key intelligence questions').getByRole('listitem')).toHaveCount(2);

  // Cancel discards edits.
  await view.settingsButton.click();
  await settings.title.fill('Something else');
  await settings.cancelButton.click();
  await expect(settings.dialog).toBeHidden();
  await expect(view.title).toHaveText('Desinformation Bundestagswahl');
});

test('closes the case and reopens it from the recent list', async ({ app, page }) => {
  await app.start();
  await app.createCase(TITLE);
  await app.caseView.closeButton.click();

  await app.welcome.expectVisible();
  const entry = app.welcome.recentEntry(TITLE);
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('.wbcase');
  await expect(app.welcome.recentSection.getByText('TLP:AMBER')).toBeVisible();
  await app.screenshot('welcome-recent');
  await entry.click();
  await app.caseView.expectCase(TITLE, 'TLP:AMBER');

  // A case file that disappeared is marked as missing in the list.
  await app.caseView.closeButton.click();
  await app.createCase('Gelöschter Fall');
  const path = await app.caseView.property('File').locator('span').first().textContent();
  await app.caseView.closeButton.click();
  rmSync(String(path));
  await page.reload();
  const missing = app.welcome.recentSection.getByRole('listitem').filter({ hasText: 'Gelöschter Fall' });
  await expect(missing.getByText('File missing')).toBeVisible();
  await app.welcome.recentEntry('Gelöschter Fall').click();
  await expect(page.getByRole('alert')).toContainText('There is no file at this path.');

  // Removing an entry forgets it (the file stays).
  await app.welcome.removeRecentButton(TITLE).click();
  await expect(app.welcome.recentEntry(TITLE)).toHaveCount(0);
  await app.welcome.removeRecentButton('Gelöschter Fall').click();
  await expect(app.welcome.recentSection.getByText('No recent cases yet.')).toBeVisible();
  expect(existsSync(app.server.casesDir + '/„Nordkoreanische Truppen“ – Ukraine.wbcase')).toBe(true);
});
