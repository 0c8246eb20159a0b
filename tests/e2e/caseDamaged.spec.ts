import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { callApi, importText } from './pages/pageApi';

/**
 * A case too large to check before its first screen is checked right after it, in the
 * background. When that check finds damage the user is told at once — not at their
 * next edit — reading goes on, changes are refused, and the banner leads to the backups.
 */

/** Pads a closed case past the size checked at open (blobs on overflow pages), then overwrites one page with garbage. */
function padAndDamage(path: string): void {
  const db = new Database(path);
  db.exec('CREATE TABLE padding (b BLOB) STRICT');
  const insert = db.prepare('INSERT INTO padding VALUES (?)');
  const chunk = Buffer.alloc(512 * 1024, 0x41);
  db.transaction(() => {
    for (let i = 0; i < 8; i++) insert.run(chunk);
  })();
  db.pragma('journal_mode = DELETE');
  db.close();
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(4096, 0xff), 0, 4096, Math.floor(size / 2 / 4096) * 4096);
  } finally {
    closeSync(fd);
  }
}

test('a case found damaged after it opened: a banner names the file, reading goes on, changes are refused', async ({
  app,
  page,
}) => {
  await app.start();
  await app.createCase('Lage Grenze – beschädigt');
  await importText(page, 'bericht.txt', 'Die Außenministerin äußerte sich am Dienstag zur Lage an der Grenze.');
  const { path, fileName } = await callApi<{ path: string; fileName: string }>(page, 'case.info', {});
  await app.caseView.closeButton.click();
  await app.welcome.expectVisible();
  padAndDamage(path);

  await app.welcome.recentEntry('Lage Grenze – beschädigt').click();
  await expect(app.caseView.title).toHaveText('Lage Grenze – beschädigt');
  const banner = page.getByRole('alert').filter({ hasText: 'This case file is damaged' });
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner).toContainText(fileName);
  await expect(banner).toContainText('changes are refused');
  await app.screenshot('case-damaged-banner');

  // Reading goes on: the source is listed and opens.
  await expect(app.sources.list.getByRole('option')).toHaveCount(1);
  // A change is refused with the case's own code, and names the file.
  const refused = await page.evaluate(async () => {
    const token = window.sessionStorage.getItem('workbench.token') ?? '';
    const response = await fetch('/api/case.update', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ patch: { author: 'Jörg Weiß' } }),
    });
    return (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
  });
  expect(refused.ok).toBe(false);
  expect(refused.error?.code).toBe('CASE_FILE_DAMAGED');
  expect(refused.error?.message).toContain(fileName);

  // The way out: the backups.
  await banner.getByRole('button', { name: 'Backups…' }).click();
  await expect(page.getByRole('dialog', { name: 'Backups' })).toBeVisible();
});
