import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { englishMarkdown, germanText, simpleHtml } from './sourceFiles';

/**
 * The source list's tag filter offers the case's tags from sources.tags (sorted as titles are:
 * case, umlauts and ß folded), and the inspector reads a source without its text (sources.info).
 */

test.describe.configure({ timeout: 90_000 });

const GERMAN = 'Lagebericht Hafen Velmar';
const BRIEFING = 'Port authority briefing on drone sightings';
const OBSERVER = 'Drones over Velmar harbour';

/** The API as the page calls it, with the token the page keeps. */
async function call(page: Page, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ method, input }) => {
      const token = window.sessionStorage.getItem('workbench.token') ?? '';
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!envelope.ok) throw new Error(envelope.error?.message);
      return envelope.value;
    },
    { method, input },
  );
}

test('the tag filter offers every tag of the case, sorted, and keeps a vanished one while it filters', async ({
  app,
  page,
}) => {
  const apiCalls: string[] = [];
  page.on('request', (r) => {
    const m = /\/api\/([\w.]+)$/.exec(r.url());
    if (m) apiCalls.push(m[1]!);
  });
  const { sources, sourceInspector } = app;
  await app.start();
  await app.createCase('Schlagwörter');
  await sources.importFiles([germanText, englishMarkdown, simpleHtml]);
  await app.importDialog.expectFinished(3);
  await app.importDialog.close();
  await expect(sources.list.getByRole('option')).toHaveCount(3);

  const tag = async (title: string, tags: string[]) => {
    await sources.option(title).click();
    // The inspector shows the source's metadata, read without its text.
    await expect(sourceInspector.field('Title')).toHaveValue(title);
    for (const t of tags) {
      await sourceInspector.field('Tags').fill(t);
      await sourceInspector.field('Tags').press('Enter');
    }
  };
  await tag(GERMAN, ['Übung', 'Grenze']);
  await tag(BRIEFING, ['Grenze', 'Öl']);
  await tag(OBSERVER, ['ernte']);
  expect(apiCalls).toContain('sources.info');

  if (!(await sources.filterPanel.isVisible())) await sources.filtersButton.click();
  const tagSelect = sources.filterPanel.getByLabel('Tag');
  // Saved with a short debounce: the choices follow as each edit lands.
  await expect(tagSelect.getByRole('option')).toHaveText(['Any', 'ernte', 'Grenze', 'Öl', 'Übung']);
  await app.screenshot('source-tag-filter');

  await sources.filterBy('Tag', 'Grenze');
  await sources.expectTitles([GERMAN, BRIEFING]);
  await sources.filterBy('Tag', 'Übung');
  await sources.expectTitles([GERMAN]);

  // The only source with the tag loses it while the list is filtered by it: the filter still names it.
  const [german] = (
    (await call(page, 'sources.list', { filter: { query: 'Lagebericht' } })) as {
      items: { id: string }[];
    }
  ).items;
  await call(page, 'sources.update', { sourceId: german!.id, patch: { tags: ['Grenze'] } });
  await expect(sources.section.getByText('No sources match these filters.')).toBeVisible();
  await expect(tagSelect).toHaveValue('Übung');
  await sources.filterBy('Tag', 'Any');
  await expect(tagSelect.getByRole('option')).toHaveText(['Any', 'ernte', 'Grenze', 'Öl']);
  await sources.expectTitles([GERMAN, BRIEFING, OBSERVER]);
});
