import { test, expect } from './fixtures';
import { seriousViolations } from './support/axe';
import { AnalysisPane } from './pages/AnalysisPane';
import { BriefingEditor } from './pages/BriefingEditor';
import { callApi } from './pages/pageApi';
import { Palette } from './pages/Palette';
import { SearchView } from './pages/SearchView';

/**
 * axe-core on issue 8's screens, in both themes: the palette with actions and hits, the
 * search view with results, filters and a saved search, then the analysis pane with a
 * claim selected and a briefing opened from a hit (the other screens: accessibility.spec.ts,
 * briefingAccessibility.spec.ts, analysisAch.spec.ts).
 */
for (const theme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations in the palette, the search view, analysis and a briefing hit (${theme} theme)`, async ({
    app,
    page,
  }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: theme });
    await app.start();
    await page.getByRole('button', { name: 'Open sample case' }).click();
    await expect(app.sources.list.getByRole('option')).toHaveCount(4, { timeout: 30_000 });
    await callApi(page, 'analysis.create', { kind: 'claim', text: 'Drohnen starteten vom Fischereihafen' });
    await callApi(page, 'briefings.create', {
      title: 'Lage Hafen',
      template: 'blank',
      doc: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Die Drohnen starteten vom Fischereihafen.' }] },
        ],
      },
    });

    const palette = new Palette(page);
    await palette.open();
    expect(await seriousViolations(page), 'palette with actions').toEqual([]);
    await palette.type('Fischereihafen');
    await expect(palette.group('Claims & judgments')).toBeVisible();
    expect(await seriousViolations(page), 'palette with hits').toEqual([]);
    await app.screenshot(`palette-${theme}`);
    await page.keyboard.press('Escape');

    const search = new SearchView(page);
    await page.keyboard.press('Control+Shift+F');
    await search.search('Drohne*');
    await search.filters.getByRole('button', { name: 'Reliability B: Usually reliable' }).click();
    await search.savedName.fill('Drohnen B');
    await search.saveButton.click();
    await expect(search.savedList.getByRole('listitem')).toHaveCount(1);
    await search.filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect(search.results.getByRole('option').first()).toBeVisible();
    expect(await seriousViolations(page), 'search view with results, filters and a saved search').toEqual([]);
    await search.results.focus();
    await app.screenshot(`search-view-${theme}`);

    // A claim hit: the analysis pane with the claim selected.
    await search.query.fill('Fischereihafen');
    await search.kind('Claims & judgments').click();
    await expect(search.status).toHaveText('1 result');
    await search.result(/Drohnen starteten/).click();
    const analysis = new AnalysisPane(page);
    await expect(analysis.row(/Drohnen starteten/)).toHaveAttribute('aria-selected', 'true');
    expect(await seriousViolations(page), 'analysis pane with a claim from a hit').toEqual([]);

    // A briefing hit: the editor with the words selected.
    await search.kind('Claims & judgments').click();
    await search.kind('Briefings').click();
    await expect(search.status).toHaveText('1 result');
    await search.result(/Lage Hafen/).click();
    await expect(new BriefingEditor(page).doc).toBeFocused();
    expect(await seriousViolations(page), 'briefing editor from a hit').toEqual([]);
  });
}
