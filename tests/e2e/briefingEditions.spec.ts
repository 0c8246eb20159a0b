import { expect, test } from './fixtures';
import { BriefingEditor } from './pages/BriefingEditor';
import { callApi } from './pages/pageApi';

/** Rename, a new edition, "compare with previous edition" with its What-changed section, delete with confirmation. */
test('editions: duplicate, compare after a re-rating, insert What changed; rename and delete from the navigator', async ({
  app,
  page,
}) => {
  test.setTimeout(90_000);
  await app.start();
  await app.createCase('Ausgaben', { language: 'de' });
  const j = await callApi<{ id: string }>(page, 'analysis.create', {
    kind: 'judgment',
    text: 'Die Grenze bleibt ruhig',
  });
  await callApi(page, 'analysis.rate', { id: j.id, confidence: 'moderate', reason: 'Erste Einschätzung' });
  const b = new BriefingEditor(page);
  await b.create('Lage', /^Standard/);
  await b.clickParagraph(0);
  await b.pick('@', 'Grenze', /Grenze bleibt ruhig/);
  await b.expectSaved();

  // Rename from the row's menu.
  await b.section.getByRole('button', { name: 'Actions for Lage' }).click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  await b.dialog.getByLabel('Title').fill('Lage Nord');
  await b.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(b.section.getByRole('button', { name: /^Lage Nord/ })).toBeVisible();

  // A new edition opens; the judgment is re-rated; the comparison says so and inserts the section.
  await b.section.getByRole('button', { name: 'Actions for Lage Nord' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate as new edition' }).click();
  await expect(b.section.getByRole('button', { name: /Edition 2/ })).toBeVisible();
  await expect(b.inspector).toContainText('Edition 2');
  await callApi(page, 'analysis.rate', { id: j.id, confidence: 'low', reason: 'Neue Meldungen' });
  await b.clickParagraph(1);
  await b.toolbar.getByRole('button', { name: 'Compare with previous edition' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare with previous edition' });
  await expect(compare.getByRole('heading', { name: 'Ratings changed' })).toBeVisible();
  await expect(compare).toContainText('Die Grenze bleibt ruhig');
  await expect(compare).toContainText('mittlere Konfidenz');
  await expect(compare).toContainText('geringe Konfidenz');
  await compare.getByRole('button', { name: 'Insert “What changed” at the cursor' }).click();
  await expect(compare).toBeHidden();
  await expect(b.doc.getByRole('heading', { name: 'Was sich geändert hat' })).toBeVisible();
  await b.expectSaved();

  // Delete the first edition, with confirmation; the second stays.
  await b.section.getByRole('button', { name: 'Actions for Lage Nord' }).last().click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  await expect(b.dialog).toContainText('Delete “Lage Nord”?');
  await b.dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(b.section.getByRole('listitem')).toHaveCount(1);
  await expect(b.section.getByRole('button', { name: /^Lage Nord\s*Edition 2/ })).toBeVisible();
  await expect(b.doc.getByRole('heading', { name: 'Was sich geändert hat' })).toBeVisible();
});
