import Database from 'better-sqlite3';
import { DOC_VERSION } from '../../shared/editor/document';
import { expect, test } from './fixtures';
import { BriefingEditor } from './pages/BriefingEditor';
import { callApi } from './pages/pageApi';

/**
 * A briefing whose stored document is newer than this app (a higher doc_version, a node
 * and a mark this app does not know) opens read-only with a notice: every word shown,
 * typing changes nothing, and nothing is ever written back to the case file.
 */
const NEWER_DOC = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kernaussagen' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Die Lage bleibt ' },
        { type: 'text', text: 'angespannt', marks: [{ type: 'glow', attrs: { tone: 'warm' } }] },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'marginNote',
      attrs: { side: 'left' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Randnotiz der neueren Fassung.' }] }],
    },
  ],
};

interface Row {
  doc: string;
  doc_version: number;
  revision: number;
  updated_at: number;
}

test('a briefing saved by a newer version opens read-only with a notice; typing changes and saves nothing', async ({
  app,
  page,
}) => {
  await app.start();
  await app.createCase('Zukunft', { language: 'de' });
  const path = await app.caseView.property('File').locator('span').first().textContent();
  if (!path) throw new Error('no case path in the inspector');
  const created = await callApi<{ id: string }>(page, 'briefings.create', {
    title: 'Aus der Zukunft',
    template: 'blank',
  });

  // What a newer app would have stored: written straight into the case file (the core stays open, WAL).
  const db = new Database(path);
  const read = () =>
    db.prepare('SELECT doc, doc_version, revision, updated_at FROM briefing WHERE id = ?').get(created.id) as Row;
  try {
    db.prepare('UPDATE briefing SET doc = ?, doc_version = ? WHERE id = ?').run(
      JSON.stringify(NEWER_DOC),
      DOC_VERSION + 1,
      created.id,
    );
    const before = read();

    const b = new BriefingEditor(page);
    await b.open('Aus der Zukunft');
    await expect(b.workspace.getByText('This briefing was saved by a newer version of the app.')).toBeVisible();
    await expect(b.status).toContainText('Read-only');
    // Every word is on screen, also inside the node and under the mark this app does not know.
    await expect(b.doc.getByRole('heading', { name: 'Kernaussagen' })).toBeVisible();
    await expect(b.doc).toContainText('Die Lage bleibt angespannt.');
    await expect(b.doc).toContainText('Randnotiz der neueren Fassung.');
    await expect(b.doc).not.toBeEditable();
    await expect(b.toolbar.getByRole('button', { name: 'Bold' })).toBeDisabled();

    await b.doc.getByText('Randnotiz').click();
    await page.keyboard.type('Getippt');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Backspace');
    await expect(b.doc).not.toContainText('Getippt');
    await app.screenshot('briefing-read-only');
    // Longer than the autosave's debounce, and a blur (which flushes): still nothing written.
    await page.waitForTimeout(800);
    await b.toolbar.getByRole('button', { name: 'Find' }).click();
    await page.waitForTimeout(300);
    expect(read()).toEqual(before);

    // The core refuses a write too, whoever tries it.
    const refused = callApi(page, 'briefings.save', { id: created.id, doc: { type: 'doc', content: [] } });
    await expect(refused).rejects.toThrow(/DOCUMENT_TOO_NEW/);
    expect(read()).toEqual(before);
  } finally {
    db.close();
  }
});
