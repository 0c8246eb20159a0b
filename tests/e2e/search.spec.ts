import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AnalysisPane } from './pages/AnalysisPane';
import { BriefingEditor } from './pages/BriefingEditor';
import { ExcerptInspector } from './pages/ExcerptInspector';
import { callApi, createExcerpt, importText } from './pages/pageApi';
import { Palette } from './pages/Palette';
import { SearchView, watchFlash } from './pages/SearchView';

/**
 * Issue 8's search view: German folding, counts per kind under the other filters, the
 * filters (kind, tag, reliability, language, publication date), saved searches, and each
 * kind of hit opened at its place by the keyboard.
 */

test.describe.configure({ timeout: 120_000 });

const GERMAN = [
  'Lagebericht Hafen',
  'Die Straßensperre am Hafen wurde am Montag aufgehoben. Der Außenminister äußerte sich nicht.',
].join('\n\n');
const ENGLISH = ['Harbour note', 'A Strassensperre was reported by the harbour master on Friday.'].join('\n\n');

/** Two sources (German B 2025 tagged "hafen", English D 2024), an excerpt, a claim and a briefing, all with the word. */
async function seed(page: Page) {
  const german = await importText(page, 'lagebericht.txt', GERMAN);
  const english = await importText(page, 'note.txt', ENGLISH);
  await callApi(page, 'sources.update', {
    sourceId: german,
    patch: { language: 'de', publishedAt: Date.UTC(2025, 2, 10), tags: ['hafen'] },
  });
  await callApi(page, 'sources.update', {
    sourceId: english,
    patch: { language: 'en', publishedAt: Date.UTC(2024, 0, 5) },
  });
  await callApi(page, 'sources.setReliability', { sourceId: german, reliability: 'B', reason: 'Amtlich' });
  await callApi(page, 'sources.setReliability', { sourceId: english, reliability: 'D', reason: 'Hörensagen' });
  await createExcerpt(page, { sourceId: german, quote: 'Die Straßensperre am Hafen' });
  await callApi(page, 'analysis.create', { kind: 'claim', text: 'Die Straßensperre ist aufgehoben' });
  await callApi(page, 'briefings.create', {
    title: 'Wochenlage',
    template: 'blank',
    doc: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Erster Absatz ohne das Wort.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Die Straßensperre bleibt ein Thema.' }] },
      ],
    },
  });
}

test('search view: folded words, counts per kind, every filter, saved searches', async ({ app, page }) => {
  await app.start();
  await app.createCase('Suche im Fall');
  await seed(page);
  const search = new SearchView(page);

  await page.keyboard.press('Control+Shift+F');
  await expect(search.heading).toBeVisible();
  await expect(search.query).toBeFocused();
  await page.keyboard.type('Strassensperre');
  await expect(search.status).toHaveText('5 results');
  await expect(search.kind('Sources')).toHaveText('Sources 2');
  await expect(search.kind('Excerpts')).toHaveText('Excerpts 1');
  await expect(search.kind('Claims & judgments')).toHaveText('Claims & judgments 1');
  await expect(search.kind('Briefings')).toHaveText('Briefings 1');
  const hit = search.result(/Lagebericht Hafen/);
  await expect(hit.locator('mark')).toHaveText('Straßensperre');
  await app.screenshot('search-view');

  // Kind: only sources listed; the counts still tell what the other kinds hold.
  await search.kind('Sources').click();
  await expect(search.kind('Sources')).toHaveAttribute('aria-pressed', 'true');
  await expect(search.status).toHaveText('2 results');
  await expect(search.kind('Excerpts')).toHaveText('Excerpts 1');
  await search.kind('Sources').click();

  // Reliability B: the German source and its excerpt (claims and briefings have no source).
  await search.filters.getByRole('button', { name: 'Reliability B: Usually reliable' }).click();
  await expect(search.status).toHaveText('2 results');
  await expect(search.kind('Claims & judgments')).toHaveText('Claims & judgments 0');
  await search.filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(search.status).toHaveText('5 results');

  // Language, tag, date.
  await search.filters.getByLabel('Language').selectOption({ label: 'English' });
  await expect(search.status).toHaveText('1 result');
  await expect(search.result(/Harbour note/)).toBeVisible();
  await search.filters.getByRole('button', { name: 'Clear filters' }).click();
  await search.filters.getByRole('textbox', { name: 'Tag' }).fill('hafen');
  await expect(search.status).toHaveText('1 result');
  await expect(search.result(/Lagebericht Hafen/)).toBeVisible();
  await search.filters.getByRole('button', { name: 'Clear filters' }).click();
  await search.filters.getByLabel('Published from').fill('2025-01-01');
  await expect(search.status).toHaveText('2 results');
  await search.filters.getByLabel('Published until').fill('2025-03-09');
  await expect(search.status).toHaveText('0 results');
  await search.filters.getByLabel('Published until').fill('2025-03-10');
  await expect(search.status).toHaveText('2 results');
  await search.filters.getByRole('button', { name: 'Clear filters' }).click();

  // Saved searches: save with a filter, run it after changing everything, delete it.
  await search.filters.getByLabel('Language').selectOption({ label: 'English' });
  await search.savedName.fill('Sperre englisch');
  await search.saveButton.click();
  const run = search.savedList.getByRole('button', { name: 'Run saved search Sperre englisch' });
  await expect(run).toBeVisible();
  await search.filters.getByRole('button', { name: 'Clear filters' }).click();
  await search.query.fill('Montag');
  await expect(search.status).toHaveText('1 result');
  await run.click();
  await expect(search.query).toHaveValue('Strassensperre');
  await expect(search.filters.getByLabel('Language')).toHaveValue('en');
  await expect(search.status).toHaveText('1 result');
  await app.screenshot('search-saved');
  await search.savedList.getByRole('button', { name: 'Delete saved search Sperre englisch' }).click();
  await expect(search.saved.getByText('None yet.')).toBeVisible();

  // Invalid FTS syntax runs as words and says so.
  await search.filters.getByRole('button', { name: 'Clear filters' }).click();
  await search.query.fill('Strassensperre AND');
  await expect(search.workspace.getByText(/not valid search syntax/)).toBeVisible();
  await expect(search.status).toHaveText('5 results');
});

test('each kind of hit opens at its place, by keyboard from the results', async ({ app, page }) => {
  await app.start();
  await app.createCase('Treffer öffnen');
  await seed(page);
  const search = new SearchView(page);
  const openFirst = async (kind: 'Sources' | 'Excerpts' | 'Claims & judgments' | 'Briefings') => {
    await page.keyboard.press('Control+Shift+F');
    await expect(search.query).toBeFocused();
    if ((await search.query.inputValue()) !== 'Strassensperre') await page.keyboard.type('Strassensperre');
    for (const k of ['Sources', 'Excerpts', 'Claims & judgments', 'Briefings'] as const) {
      const pressed = (await search.kind(k).getAttribute('aria-pressed')) === 'true';
      if (pressed !== (k === kind)) await search.kind(k).click();
    }
    await expect(search.status).toHaveText(/^[12] results?$/);
    await search.query.focus();
    await page.keyboard.press('ArrowDown');
    await expect(search.results).toBeFocused();
    await page.keyboard.press('Enter');
  };

  // A passage of a source: the reader at the words, flashed, focused.
  const flash = await watchFlash(page);
  await openFirst('Sources');
  await app.reader.expectTitle(/Lagebericht Hafen|Harbour note/);
  await expect.poll(flash.flashed).toEqual([expect.stringMatching(/^Stra(ß|ss)ensperre$/)]);
  await expect(app.reader.text).toBeFocused();

  // An excerpt: selected, its inspector shown, its highlight in the source focused.
  await openFirst('Excerpts');
  await expect(new ExcerptInspector(page).heading).toBeVisible();
  await expect(app.reader.text.locator('[data-excerpts][tabindex]')).toBeFocused();
  await expect(app.reader.text.locator('[data-excerpts][tabindex]')).toHaveText('Die Straßensperre am Hafen');

  // A claim: selected in the analysis list (focused) and shown in the inspector.
  await openFirst('Claims & judgments');
  const analysis = new AnalysisPane(page);
  await expect(analysis.row('Die Straßensperre ist aufgehoben')).toHaveAttribute('aria-selected', 'true');
  await expect(analysis.list).toBeFocused();
  await expect(analysis.inspector.getByRole('heading', { name: 'Claim', exact: true })).toBeVisible();

  // A briefing: the editor opens with the words selected, in its second paragraph.
  await openFirst('Briefings');
  const editor = new BriefingEditor(page);
  await expect(editor.doc).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Straßensperre');
  await app.screenshot('search-briefing-hit');

  // With a briefing open, the palette offers its export (the Export button's own Ctrl+E shown).
  // (Typed into the palette's field once it has focus: under load, keys sent on the heels of
  // Ctrl+K were seen landing in the briefing that had focus; see the session notes.)
  await page.keyboard.press('Control+K');
  const palette = new Palette(page);
  await expect(palette.input).toBeFocused();
  await palette.input.fill('export');
  const exportOption = page.getByRole('option', { name: /^Export the open briefing…/ });
  await expect(exportOption.getByRole('img')).toHaveAccessibleName('Ctrl+E');
  await palette.input.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Export briefing' })).toBeVisible();
});
