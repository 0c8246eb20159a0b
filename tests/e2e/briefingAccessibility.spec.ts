import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { BriefingEditor } from './pages/BriefingEditor';
import { callApi, createExcerpt, importText } from './pages/pageApi';

/** The open briefing (editor with live references and a check, its details) passes axe in light and dark. */
test('the briefing editor and its inspector have no axe violations, light and dark', async ({ app, page }) => {
  test.setTimeout(90_000);
  await app.start();
  await app.createCase('Barrierefreiheit', { language: 'de' });
  const source = await importText(page, 'lage.txt', 'Titel\n\nSechs Offiziere sollen gestorben sein.');
  await createExcerpt(page, { sourceId: source, quote: 'Sechs Offiziere' });
  await callApi(page, 'analysis.create', { kind: 'judgment', text: 'Ein Angriff steht bevor' });
  const b = new BriefingEditor(page);
  await b.create('Prüfbriefing');
  await b.clickParagraph(0);
  await b.pick('@', 'Angriff', /Angriff/);
  await b.pick('[[', 'Offiziere', /Offiziere/);
  await page.keyboard.type(' Mit hoher Sicherheit ist ein Angriff wahrscheinlich.');
  await expect(b.status).toContainText('1 writing check');
  await b.expectSaved();
  const scan = () => new AxeBuilder({ page }).include('main').include('[aria-label="Inspector"]').analyze();
  expect((await scan()).violations).toEqual([]);
  await callApi(page, 'prefs.update', { patch: { theme: 'dark' } });
  await expect(page.locator('body.bp6-dark')).toHaveCount(1);
  expect((await scan()).violations).toEqual([]);
});
