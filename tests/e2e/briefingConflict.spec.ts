import { expect, test } from './fixtures';
import { BriefingEditor } from './pages/BriefingEditor';
import { callApi } from './pages/pageApi';

/** Find and replace (umlauts literal, case-insensitive), and a save refused because another window saved first. */
test('find and replace in German text; an edit conflict offers to reload the saved version', async ({ app, page }) => {
  test.setTimeout(90_000);
  await app.start();
  await app.createCase('Konflikt', { language: 'de' });
  const b = new BriefingEditor(page);
  await b.create('Entwurf', /^Blank/);
  await b.clickParagraph(0);
  await page.keyboard.type('Ärger in Köln, ärger als gedacht; arger Fehler.');
  await b.expectSaved();

  await page.keyboard.press('Control+f');
  const find = b.workspace.getByRole('search', { name: 'Find and replace' });
  await find.getByRole('textbox', { name: 'Find' }).fill('ÄRGER');
  await expect(find).toContainText('1 of 2');
  await find.getByRole('textbox', { name: 'Replace with' }).fill('Streit');
  await find.getByRole('button', { name: 'Replace all' }).click();
  await expect(b.doc.locator('p').first()).toHaveText('Streit in Köln, Streit als gedacht; arger Fehler.');
  await find.getByRole('button', { name: 'Close find' }).click();
  await b.expectSaved();

  // Another window saves the same briefing (no base revision: it wins).
  const [listed] = await callApi<{ id: string }[]>(page, 'briefings.list', {});
  await callApi(page, 'briefings.save', {
    id: listed!.id,
    doc: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fassung aus dem anderen Fenster.' }] }],
    },
  });
  await b.clickParagraph(0);
  await page.keyboard.type(' Hier weiter.');
  const conflict = b.workspace.getByText('This briefing was changed elsewhere');
  await expect(conflict).toBeVisible();
  await expect(b.status).toContainText('Not saved: changed elsewhere');
  // What was typed here stays on screen until the writer chooses.
  await expect(b.doc).toContainText('Hier weiter.');
  await b.workspace.getByRole('button', { name: 'Reload the saved version' }).click();
  await expect(b.doc).toHaveText('Fassung aus dem anderen Fenster.');
  await expect(conflict).toBeHidden();
  // Saving works again from the reloaded revision.
  await b.clickParagraph(0);
  await page.keyboard.type(' Danach.');
  await b.expectSaved();
  const stored = await callApi<{ doc: unknown }>(page, 'briefings.get', { id: listed!.id });
  expect(JSON.stringify(stored.doc)).toContain('Fassung aus dem anderen Fenster. Danach.');
});
