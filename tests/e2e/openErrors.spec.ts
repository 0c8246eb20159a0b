import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { test, expect } from './fixtures';

test('opening a file that is not a case file explains why, and the app stays usable', async ({ app, page }) => {
  await app.start();
  const notes = join(app.server.scratchDir, 'notes.txt');
  writeFileSync(notes, 'Gesprächsnotizen vom 14. Oktober 2024\n');

  await app.welcome.openCaseButton.click();
  await app.openCase.open(notes);
  await expect(app.openCase.error).toContainText('This file is not an Analyst Workbench case file.');
  await expect(app.openCase.error).not.toContainText(/at .*\.(ts|js):\d+/); // never a stack trace
  await app.screenshot('open-error');

  // Still usable: correct the path in place …
  await app.openCase.open(join(app.server.scratchDir, 'missing.wbcase'));
  await expect(app.openCase.error).toContainText('There is no file at this path.');
  await app.openCase.path.fill('');
  await app.openCase.openButton.click();
  await expect(app.openCase.dialog.getByText('Enter the path of a case file.')).toBeVisible();

  // … or cancel and carry on.
  await app.openCase.cancelButton.click();
  await expect(app.openCase.dialog).toBeHidden();
  await app.createCase('Nach dem Fehler');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a case file from a newer version and a locked case file are refused with their reasons', async ({
  app,
  page,
}) => {
  await app.start();
  await app.createCase('Zukunftsdatei');
  const path = await app.caseView.property('File').locator('span').first().textContent();
  if (!path) throw new Error('no case path in the inspector');
  await app.caseView.closeButton.click();

  const db = new Database(path);
  db.pragma('user_version = 999');
  db.close();
  // From the recent list, the reason appears on the welcome screen.
  await app.welcome.recentEntry('Zukunftsdatei').click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“Zukunftsdatei” could not be opened');
  await expect(alert).toContainText('written by a newer version of Analyst Workbench');
  await expect(alert).toContainText('schema 999');
  await app.welcome.expectVisible();

  // A lock left by a process on another computer names its holder.
  const other = new Database(path);
  other.pragma('user_version = 2');
  other.close();
  writeFileSync(
    `${path}.lock`,
    JSON.stringify({ pid: 4242, host: `${hostname()}-elsewhere`, user: 'kim', door: 'electron', since: Date.now() }),
  );
  await app.welcome.openCaseButton.click();
  await app.openCase.open(path);
  await expect(app.openCase.error).toContainText('already open in another window or on another computer');
  await expect(app.openCase.error).toContainText('Opened by kim on');
});
