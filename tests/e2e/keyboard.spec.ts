import { test, expect } from './fixtures';

test('keyboard shortcuts reach every command, with the browser-safe keys shown', async ({ app, page }) => {
  await app.start();

  await page.keyboard.press('Control+Alt+N');
  await expect(app.newCase.dialog).toBeVisible();
  await expect(app.newCase.title).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(app.newCase.dialog).toBeHidden();

  await page.keyboard.press('Control+O');
  await expect(app.openCase.dialog).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: /New case/ }).getByRole('img', { name: 'Ctrl+Alt+N' })).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Close case/ }).getByRole('img', { name: 'Ctrl+Alt+W' })).toBeVisible();
  await app.screenshot('shortcuts');
  await page.keyboard.press('Escape');

  // The whole flow by keyboard: create, settings, close.
  await page.keyboard.press('Control+Alt+N');
  // As a user does: type once the field has focus (keys sent before it are lost under load).
  await expect(app.newCase.title).toBeFocused();
  await page.keyboard.type('Cyberangriff Stadtwerke');
  await page.keyboard.press('Enter');
  await expect(app.caseView.title).toHaveText('Cyberangriff Stadtwerke');

  await page.keyboard.press('Control+,');
  await expect(app.settings.dialog).toBeVisible();
  await page.keyboard.press('Escape');

  // Typing "?" into a field is text, not the shortcut sheet.
  await page.keyboard.press('Control+,');
  await app.settings.question.focus();
  await page.keyboard.type('Wer steckt dahinter?');
  await expect(sheet).toBeHidden();
  await expect(app.settings.question).toHaveValue('Wer steckt dahinter?');
  // Another shortcut does not throw away what was typed in the open dialog.
  await page.keyboard.press('Control+Alt+N');
  await expect(app.newCase.dialog).toBeHidden();
  await expect(app.settings.question).toHaveValue('Wer steckt dahinter?');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+Alt+W');
  await app.welcome.expectVisible();

  // The recent list is reachable with Tab and the arrow keys.
  await app.welcome.recentEntry('Cyberangriff Stadtwerke').focus();
  await page.keyboard.press('Enter');
  await expect(app.caseView.title).toHaveText('Cyberangriff Stadtwerke');
});
