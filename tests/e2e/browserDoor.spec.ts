import { test, expect } from './fixtures';

test('the token leaves the address bar and a reload still works', async ({ app, page }) => {
  await app.start();
  expect(page.url()).not.toContain('token=');
  await page.reload();
  await app.welcome.expectVisible();
});

test('without a token the page says where the right address comes from', async ({ app, browser }) => {
  // A new context has no session storage, like a bookmark of the bare address.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(app.server.origin + '/');
  await expect(page.getByRole('heading', { name: 'This address has no access token' })).toBeVisible();
  await expect(page.getByText('workbench serve')).toBeVisible();
  await context.close();
});

test('a wrong token is refused with a clear message', async ({ app, browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.server.origin}/#token=not-the-right-token`);
  await expect(page.getByRole('heading', { name: 'The access token was refused' })).toBeVisible();
  await context.close();
});

test('when the server goes away the page says so instead of failing silently', async ({ app, page }) => {
  await app.start();
  await app.server.stop();
  await expect(page.getByRole('status').filter({ hasText: 'The connection to the workbench was lost' })).toBeVisible({
    timeout: 10_000,
  });
  await app.welcome.newCaseButton.click();
  await app.newCase.fill({ title: 'Ohne Server' });
  await app.newCase.create();
  await expect(app.newCase.dialog.getByRole('alert')).toContainText('The workbench server cannot be reached.');
});
