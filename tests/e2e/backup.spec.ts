import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { Palette } from './pages/Palette';
import { BackupsDialog } from './support/backupsDialog';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const BEFORE = 'Stehen nordkoreanische Einheiten in Kursk? (Stand der Sicherung)';
const AFTER = 'Geändert nach der Sicherung';

test('back up now, see it listed with its time, restore it as a new file (never over one), open it', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await app.start();
  await app.createCase('Sicherung Ostsee', { question: BEFORE });
  const backups = new BackupsDialog(app.page);
  await backups.open(app.caseView.settingsButton);
  // The automatic backup made when the case was opened… is not there: a new case holds nothing worth one yet.
  await backups.backUpNow.click();
  const made = backups.dialog.getByRole('status').filter({ hasText: /^Backed up at / });
  await expect(made).toBeVisible();
  await expect(backups.rows()).toHaveCount(1);
  const row = backups.rows().first();
  await expect(row).toContainText('by hand');
  // The time shown is the backup's: the success line and the row agree, to the second.
  const shownTime = await row.locator('time').innerText();
  expect(shownTime).toMatch(/\d{1,2}:\d{2}:\d{2}/);
  await expect(made).toContainText(shownTime);
  await app.screenshot('backup-made');

  // Change the case after the backup: the restore must bring back the backed-up state.
  await backups.dialog.getByRole('button', { name: 'Case settings' }).click();
  await app.settings.question.fill(AFTER);
  await app.settings.save();
  await expect(app.caseView.property('Analytic question')).toHaveText(AFTER);

  await backups.open(app.caseView.settingsButton);
  await expect(backups.rows().first()).toContainText('by hand');
  await backups.restoreButton(backups.rows().first()).click();
  const form = backups.restoreForm();
  const target = form.getByLabel('New case file');
  const suggested = await target.inputValue();
  expect(suggested).toMatch(/Sicherung Ostsee \(restored \d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d\)\.wbcase$/);
  const restoredPath = join(app.server.scratchDir, 'Wiederhergestellt.wbcase');
  await target.fill(restoredPath);
  await app.screenshot('backup-restore-form');
  await form.getByRole('button', { name: 'Restore' }).click();
  const restored = backups.dialog.getByRole('status').filter({ hasText: 'Restored into a new case file' });
  await expect(restored).toBeVisible();
  await expect(restored).toContainText(restoredPath);
  expect(existsSync(restoredPath)).toBe(true);
  const restoredHash = sha(restoredPath);

  // A second restore to the same name is refused, and the file there is untouched.
  await restored.getByRole('button', { name: 'Close' }).click();
  await backups.restoreButton(backups.rows().first()).click();
  await backups.restoreForm().getByLabel('New case file').fill(restoredPath);
  await backups.restoreForm().getByRole('button', { name: 'Restore' }).click();
  await expect(backups.restoreForm().getByRole('alert')).toContainText('a restore never overwrites');
  await app.screenshot('backup-restore-refused');
  expect(sha(restoredPath)).toBe(restoredHash);

  // Open the restored case: its content is the backed-up state.
  await backups.restoreForm().getByLabel('New case file').fill(join(app.server.scratchDir, 'Zweite Kopie.wbcase'));
  await backups.restoreForm().getByRole('button', { name: 'Restore' }).click();
  await backups.dialog.getByRole('button', { name: 'Open restored case' }).click();
  await expect(backups.dialog).toBeHidden();
  await expect(app.caseView.title).toHaveText('Sicherung Ostsee');
  await expect(app.caseView.property('Analytic question')).toHaveText(BEFORE);
  await app.screenshot('backup-restored-open');
});

test('the backup folder can be chosen; backups then go there, one subfolder per case', async ({ app }) => {
  test.setTimeout(60_000);
  await app.start();
  await app.createCase('Ordnerwahl');
  const backups = new BackupsDialog(app.page);
  await backups.open(app.caseView.settingsButton);
  await expect(backups.folder).toHaveText(join(app.server.casesDir, 'Ordnerwahl.backups'));
  await expect(backups.dialog.getByText('Beside the case file (the default).')).toBeVisible();
  await expect(backups.dialog.getByText('No backups yet')).toBeVisible();

  const chosen = join(app.server.scratchDir, 'Sicherungen extern');
  await backups.dialog.getByRole('button', { name: 'Change folder…' }).click();
  await backups.dialog.getByLabel('Folder for the backups of every case').fill(chosen);
  await backups.dialog.getByRole('button', { name: 'Use this folder' }).click();
  await expect(backups.folder).toContainText(chosen);
  await backups.backUpNow.click();
  await expect(backups.rows()).toHaveCount(1);
  const sub = readdirSync(chosen);
  expect(sub).toHaveLength(1);
  expect(sub[0]).toMatch(/^Ordnerwahl\.case_[A-Za-z0-9]+\.backups$/);
  expect(readdirSync(join(chosen, sub[0]!)).filter((n) => n.endsWith('.manual.wbcase'))).toHaveLength(1);
  await app.screenshot('backup-folder-chosen');

  await backups.dialog.getByRole('button', { name: 'Back to the default' }).click();
  await expect(backups.folder).toHaveText(join(app.server.casesDir, 'Ordnerwahl.backups'));
  // The backup made in the chosen folder stays there; the default folder's list starts empty.
  await expect(backups.dialog.getByText('No backups yet')).toBeVisible();
});

test('“Back up now” from the command palette makes the backup in the backups view, in German too', async ({ app }) => {
  test.setTimeout(60_000);
  await app.start();
  await app.createCase('Palette Sicherung');
  const palette = new Palette(app.page);
  await palette.open();
  await palette.type('Back up now');
  await palette.option(/^Back up now/).click();
  const backups = new BackupsDialog(app.page);
  await expect(backups.dialog.getByRole('status').filter({ hasText: /^Backed up at / })).toBeVisible();
  await expect(backups.rows()).toHaveCount(1);
  await backups.close();

  await app.preferences.choose('Deutsch');
  await app.page.getByRole('banner').getByRole('button', { name: 'Falleinstellungen' }).click();
  await app.page
    .getByRole('dialog', { name: 'Falleinstellungen' })
    .getByRole('button', { name: 'Sicherungen…' })
    .click();
  const dialog = app.page.getByRole('dialog', { name: 'Sicherungen' });
  await expect(dialog.getByRole('table', { name: 'Sicherungen dieses Falls' })).toContainText('von Hand');
  await app.screenshot('backup-german');
});
