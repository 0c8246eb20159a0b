import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { corpusFile, expect, test, type WorkbenchApp } from './fixtures';
import { ExcerptReader } from './pages/ExcerptReader';

// Each test imports, reads and keeps excerpts: a few times the default budget on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

interface StoredExcerpt {
  id: string;
  quote: string;
  start: number;
  end: number;
  status: string;
  colour: string;
  tags: string[];
  comment: string;
  translation: { text: string; language: string } | null;
  page: { first: { page: number; label: string }; last: { page: number; label: string } } | null;
}

/** What the case file holds, asked through the app's own API with the page's token. */
async function storedExcerpts(page: Page): Promise<StoredExcerpt[]> {
  const envelope = await page.evaluate(async () => {
    const token = window.sessionStorage.getItem('workbench.token') ?? '';
    const response = await fetch('/api/excerpts.list', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ sort: 'createdAt' }),
      cache: 'no-store',
    });
    return (await response.json()) as Envelope<{ items: StoredExcerpt[] }>;
  });
  if (!envelope.ok) throw new Error(`excerpts.list: ${envelope.error?.code}: ${envelope.error?.message}`);
  return envelope.value!.items;
}

const GERMAN = [
  'Lagebild Görlitz',
  '',
  'Nach Angaben der Stadtverwaltung wurde die „Straße der Einheit“ am Montag für den Durchgangsverkehr gesperrt. Größere Schäden seien bislang nicht gemeldet worden.',
  '',
  'Ein Sprecher sagte, man prüfe „alle Hinweise“ sorgfältig; über das Ausmaß der Maßnahmen werde am Dienstag entschieden.',
  '',
  'Die Polizei bittet Anwohner um Geduld.',
  '',
].join('\n');

async function importGerman(app: WorkbenchApp): Promise<void> {
  await app.start();
  await app.createCase('Auszüge im Leser');
  await app.sources.importFiles([
    { name: 'lagebild-goerlitz.txt', mimeType: 'text/plain', buffer: Buffer.from(GERMAN) },
  ]);
  await app.reader.expectTitle('Lagebild Görlitz');
}

test('select with the mouse, keep with tag and translation, see it at once and after a reload', async ({
  app,
  page,
}) => {
  await importGerman(app);
  const ex = app.excerptReader;
  await expect(ex.keepButton).toBeDisabled();

  const quote = 'die „Straße der Einheit“ am Montag';
  await ex.dragSelect(quote);
  expect(await ex.selectedText()).toBe(quote);
  await expect(ex.keepButton).toBeEnabled();
  await expect(ex.keepNowButton).toBeVisible();
  await app.screenshot('excerpt-floating-action');

  await ex.detailsButton.click();
  await expect(ex.card).toBeVisible();
  await expect(ex.card).toContainText(quote);
  // A German source's translation is English by default.
  await expect(ex.field('Language')).toHaveValue('en');
  await expect(ex.field('Tags')).toBeFocused();
  await ex.field('Tags').fill('Görlitz, Verkehr');
  await ex.colour('Green').check();
  await ex.field('Comment').fill('Sperrung bestätigt?');
  await ex.field('Translation (optional)').fill('the “Unity Street” on Monday');
  await app.screenshot('excerpt-card');
  await ex.submitCard();

  // The highlight is there at once, in its colour, and it is the selected excerpt.
  await expect(ex.highlights).toHaveCount(1);
  await expect(ex.highlights.first()).toHaveText(quote);
  await expect(ex.highlights.first()).toHaveClass(/wb-hl--green/);
  await expect(ex.selectedHighlight).toHaveText(quote);
  await expect(ex.status).toHaveText('Excerpt 1 of 1');

  const [stored] = await storedExcerpts(page);
  expect(stored).toMatchObject({
    quote,
    status: 'anchored',
    colour: 'green',
    tags: ['Görlitz', 'Verkehr'],
    comment: 'Sperrung bestätigt?',
    translation: { text: 'the “Unity Street” on Monday', language: 'en' },
  });
  expect(GERMAN.normalize('NFC').slice(stored!.start, stored!.end)).toBe(quote);

  // An overlapping second excerpt, kept at once with one key (H).
  await ex.dragSelect('Einheit“ am Montag für den Durchgangsverkehr');
  await expect(ex.keepNowButton).toBeVisible();
  await page.keyboard.press('h');
  await expect(ex.text.locator('.wb-hl')).not.toHaveCount(1);
  await expect(ex.overlaps).toHaveText('Einheit“ am Montag');
  await expect(ex.status).toHaveText('Excerpt 2 of 2');
  await app.screenshot('excerpt-overlap');
  // Find matches show on top of highlights.
  await app.reader.find('montag');
  await expect(app.reader.findStatus).toHaveText('1 of 1');
  await expect(ex.text.locator('.wb-hl--overlap mark.wb-find-current')).toHaveText('Montag');
  await page.keyboard.press('Escape');
  await expect(app.reader.findBar).toBeHidden();

  await page.keyboard.press('Control+Shift+L');
  await expect(page.locator('body')).toHaveClass(/bp6-dark/);
  await app.screenshot('excerpt-overlap-dark');
  await page.keyboard.press('Control+Shift+L');
  await expect(page.locator('body')).not.toHaveClass(/bp6-dark/);
  const both = await storedExcerpts(page);
  expect(both.map((e) => e.quote)).toEqual([quote, 'Einheit“ am Montag für den Durchgangsverkehr']);
  expect(both[1]!.colour).toBe('green');

  // After a reload the case is still open and the highlights are back.
  await page.reload();
  await expect(app.caseView.title).toHaveText('Auszüge im Leser', { timeout: 15_000 });
  await app.sources.option(/Lagebild Görlitz/).click({ timeout: 20_000 });
  await app.reader.expectTitle('Lagebild Görlitz');
  await expect(ex.highlight(stored!.id)).toHaveText(['die „Straße der ', 'Einheit“ am Montag']);
  await expect(ex.overlaps).toHaveCount(1);

  // A click on the overlap picks the excerpt on top (the second); a second click the one below.
  await ex.overlaps.click();
  await expect(ex.status).toHaveText('Excerpt 2 of 2');
  await expect(ex.highlight(both[1]!.id).first()).toHaveClass(/wb-hl--selected/);
  await ex.overlaps.click();
  await expect(ex.status).toHaveText('Excerpt 1 of 2');
  await expect(ex.highlight(stored!.id).first()).toHaveClass(/wb-hl--selected/);
  await ex.highlights.first().click();
  await expect(ex.status).toHaveText('Excerpt 1 of 2');

  // Keyboard: Alt+↓ goes to the next excerpt, flashes and focuses it.
  await app.reader.text.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(ex.status).toHaveText('Excerpt 2 of 2');
  await expect(ex.text.locator('.wb-flash').first()).toBeVisible();
  await expect(ex.highlight(both[1]!.id).first()).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(ex.status).toHaveText('Excerpt 1 of 2');
});

test('a refused excerpt says why and keeps the selection for another try', async ({ app, page }) => {
  await importGerman(app);
  const ex = app.excerptReader;
  await page.route('**/api/excerpts.create', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: 'The selected words differ from the stored text at this place; nothing was saved.',
        },
      }),
    }),
  );
  await ex.dragSelect('alle Hinweise');
  // Kept at once: the refusal shows over the reader, with the core's reason.
  await page.keyboard.press('h');
  const alert = ex.workspace.getByRole('alert');
  await expect(alert).toContainText('The excerpt was not kept');
  await expect(alert).toContainText('The selected words differ from the stored text');
  await alert.getByRole('button', { name: 'Close' }).click();
  await expect(alert).toBeHidden();
  await expect(ex.highlights).toHaveCount(0);
  await ex.keepButton.click();
  await expect(ex.card).toBeVisible();
  await ex.field('Tags').press('Enter');
  await expect(ex.card.getByRole('alert')).toContainText('The selected words differ from the stored text');
  await expect(ex.card).toBeVisible();
  await page.unroute('**/api/excerpts.create');
  await ex.card.getByRole('button', { name: 'Keep excerpt' }).click();
  await expect(ex.card).toBeHidden();
  await expect(ex.highlights).toHaveText(['alle Hinweise']);
  expect((await storedExcerpts(page)).map((e) => e.quote)).toEqual(['alle Hinweise']);

  // Across two paragraphs: the stored text between them is part of the quote, exactly.
  await ex.dragSelect('Dienstag entschieden.', 'Die Polizei');
  await page.keyboard.press('h');
  await expect(ex.highlights).toHaveCount(3);
  const quotes = (await storedExcerpts(page)).map((e) => e.quote);
  expect(quotes).toEqual(['alle Hinweise', 'Dienstag entschieden.\n\nDie Polizei']);
});

test('in German: „Als Auszug behalten“, and the translation defaults to English', async ({ app, page }) => {
  await importGerman(app);
  await app.preferences.choose('Deutsch');
  const ex = new ExcerptReader(page, { workspace: 'Arbeitsbereich', text: 'Text der Quelle' });
  const workspace = ex.workspace;
  await expect(workspace.getByRole('button', { name: 'Als Auszug behalten', exact: true })).toBeDisabled();
  await ex.dragSelect('Geduld');
  await expect(workspace.getByRole('button', { name: 'Behalten', exact: true })).toBeVisible();
  await workspace.getByRole('button', { name: 'Als Auszug behalten', exact: true }).click();
  const card = workspace.getByRole('dialog', { name: 'Als Auszug behalten' });
  await expect(card).toBeVisible();
  await expect(card.getByLabel('Sprache', { exact: true })).toHaveValue('en');
  await expect(card.getByRole('radio', { name: 'Gelb' })).toBeChecked();
  await card.getByRole('button', { name: 'Auszug behalten' }).click();
  await expect(card).toBeHidden();
  await expect(ex.highlights).toHaveText(['Geduld']);
});

test('the seed article: an excerpt with umlauts and a translation keeps its exact words', async ({ app, page }) => {
  const seed = corpusFile('seed-article-de.txt');
  test.skip(!seed, 'the shared corpus (../shared/corpus) is not beside this clone');
  const text = readFileSync(seed!, 'utf8').normalize('NFC');
  await app.start();
  await app.createCase('Nordkorea');
  await app.sources.importFiles([seed!]);
  await app.reader.expectTitle(/Von Pjöngjang an die Front/);
  const ex = app.excerptReader;

  const quote =
    'Wolodymyr Selenskyj am 14. Oktober unter Berufung auf Informationen des ukrainischen Militärgeheimdienstes';
  expect(text).toContain(quote);
  await ex.dragSelect(quote);
  await page.keyboard.press('e');
  await expect(ex.card).toBeVisible();
  await ex.field('Tags').fill('Selenskyj');
  await ex
    .field('Translation (optional)')
    .fill('Volodymyr Zelensky on 14 October, citing information from Ukrainian military intelligence');
  await ex.field('Tags').press('Enter');
  await expect(ex.card).toBeHidden();
  await expect(ex.highlights).toHaveText([quote]);

  await page.reload();
  await app.sources.option(/Von Pjöngjang an die Front/).click({ timeout: 20_000 });
  await expect(ex.highlights).toHaveText([quote]);
  const [stored] = await storedExcerpts(page);
  expect(stored!.quote).toBe(quote);
  expect(stored!.tags).toEqual(['Selenskyj']);
  expect(stored!.translation?.language).toBe('en');
  expect(text.slice(stored!.start, stored!.end)).toBe(quote);
});

test('in a PDF, the selection never takes in the page heading and the excerpt knows its page', async ({
  app,
  page,
}) => {
  await app.start();
  await page.getByRole('button', { name: 'Open sample case' }).click();
  await expect(app.caseView.title).toHaveText(/^Sample:/, { timeout: 30_000 });
  await app.sources.option(/Velmar Port Authority|Statement on reported drone sightings/).click();
  const heading = app.reader.text.getByRole('heading', { name: 'Page 2 (label 1)' });
  await expect(heading).toBeVisible();
  const ex = app.excerptReader;

  // The first words of page 2, as the reader shows them.
  const firstWords = await heading.evaluate((h) => {
    let el = h.nextElementSibling;
    while (el && !(el as HTMLElement).dataset.start) el = el.nextElementSibling;
    return (el?.textContent ?? '').split(/\s+/).slice(0, 4).join(' ');
  });
  expect(firstWords.length).toBeGreaterThan(5);
  // Drag from inside the page heading to the end of those words.
  await ex.dragSelect(firstWords);
  const box = (await heading.boundingBox())!;
  const end = await page.evaluate(() => {
    const r = document.getSelection()!.getRangeAt(0).getClientRects();
    const last = r[r.length - 1]!;
    return { x: last.right - 1, y: last.top + last.height / 2 };
  });
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 6 });
  await page.mouse.up();
  await expect(ex.keepNowButton).toBeVisible();
  await ex.keepNowButton.click();
  await expect(ex.highlights).toHaveText([firstWords]);

  const [stored] = await storedExcerpts(page);
  expect(stored!.quote).toBe(firstWords);
  expect(stored!.quote).not.toContain('Page');
  expect(stored!.page).toEqual({ first: { page: 2, label: '1' }, last: { page: 2, label: '1' } });
});

test('the shortcut sheet lists the reader’s excerpt keys', async ({ app, page }) => {
  await app.start();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('Keep the selection as excerpt, with details (reader)');
  await expect(sheet).toContainText('Keep the selection at once, in the last colour (reader)');
  await expect(sheet).toContainText('Next / previous excerpt (reader)');
});

/** A call to the app's API from inside the page, with the page's token. */
async function call<T>(page: Page, method: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ({ method, input }) => {
      const token = window.sessionStorage.getItem('workbench.token') ?? '';
      const response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
        cache: 'no-store',
      });
      return (await response.json()) as Envelope<unknown>;
    },
    { method, input },
  );
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.code}: ${envelope.error?.message}`);
  return envelope.value as T;
}

/** Numbered German paragraphs; "Absatz N: Die Lage" occurs once each. */
function longGermanText(paragraphs: number): string {
  const lines = ['Langer Lagebericht', ''];
  for (let i = 1; i <= paragraphs; i++) {
    lines.push(
      `Absatz ${i}: Die Lage in Görlitz bleibt angespannt; die Straße nach Zittau ist „vorerst“ gesperrt, ` +
        `Maßnahmen werden geprüft und täglich neu bewertet.`,
      '',
    );
  }
  lines.push('Ende des Lageberichts.', '');
  return lines.join('\n');
}

test('“Show in source” from the inspector scrolls a far excerpt into view, flashes and focuses it', async ({
  app,
  page,
}) => {
  await app.start();
  await app.createCase('Weit hinten');
  const text = longGermanText(1500);
  await app.sources.importFiles([{ name: 'lang.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
  await app.reader.expectTitle('Langer Lagebericht');
  const [source] = (await call<{ items: { id: string }[] }>(page, 'sources.list', {})).items;
  const far = await call<StoredExcerpt>(page, 'excerpts.create', {
    sourceId: source!.id,
    quote: 'Absatz 1432: Die Lage in Görlitz',
    colour: 'purple',
  });
  const ex = app.excerptReader;
  await expect(ex.highlight(far.id)).toHaveCount(1);
  await expect(ex.highlight(far.id)).not.toBeInViewport();

  await ex.highlight(far.id).evaluate(() => undefined); // rendered (the list refetched), but far below
  await app.caseView.navigator.getByRole('option', { name: /Absatz 1432/ }).click();
  await app.caseView.inspector.getByRole('button', { name: 'Show in source' }).click();
  await expect(ex.highlight(far.id)).toBeInViewport();
  await expect(ex.highlight(far.id)).toHaveClass(/wb-flash/);
  await expect(ex.highlight(far.id)).toBeFocused();
  await expect(ex.highlight(far.id)).toHaveClass(/wb-hl--selected/);
  await app.screenshot('excerpt-show-in-source');
  // The flash ends by itself.
  await expect(ex.highlight(far.id)).not.toHaveClass(/wb-flash/, { timeout: 5_000 });
});

test('“Show in source” into another, long source: its words beyond the first part still scroll into view and focus', async ({
  app,
  page,
}) => {
  await app.start();
  await app.createCase('Weit hinten, andere Quelle');
  // About 150,000 characters: the reader opens it with its first part (sources.read), the rest after.
  await app.sources.importFiles([
    { name: 'lang.txt', mimeType: 'text/plain', buffer: Buffer.from(longGermanText(1500)) },
    { name: 'lagebild-goerlitz.txt', mimeType: 'text/plain', buffer: Buffer.from(GERMAN) },
  ]);
  // Two files: the import dialog stays with its results until closed.
  await page.getByRole('dialog', { name: 'Import' }).getByRole('button', { name: 'Close', exact: true }).last().click();
  const navigator = app.caseView.navigator;
  await expect(navigator.getByRole('option', { name: /Langer Lagebericht/ })).toBeVisible();
  await expect(navigator.getByRole('option', { name: /Lagebild Görlitz/ })).toBeVisible();
  const { items } = await call<{ items: { id: string; title: string }[] }>(page, 'sources.list', {});
  const long = items.find((s) => s.title === 'Langer Lagebericht')!;
  const far = await call<StoredExcerpt>(page, 'excerpts.create', {
    sourceId: long.id,
    quote: 'Absatz 1432: Die Lage in Görlitz',
    colour: 'green',
  });
  await navigator.getByRole('option', { name: /Lagebild Görlitz/ }).click();
  await app.reader.expectTitle('Lagebild Görlitz');
  // A fresh page: nothing of the long text in the query cache.
  await page.reload();
  await navigator.getByRole('option', { name: /Absatz 1432/ }).click();
  await app.caseView.inspector.getByRole('button', { name: 'Show in source' }).click();
  const ex = app.excerptReader;
  await app.reader.expectTitle('Langer Lagebericht');
  await expect(ex.highlight(far.id)).toBeInViewport();
  await expect(ex.highlight(far.id)).toBeFocused();
  await expect(ex.highlight(far.id)).toHaveClass(/wb-hl--selected/);
  await expect(app.reader.text.getByText('Ende des Lageberichts.')).toHaveCount(1);
});

test('2,000 highlights in a long text: it opens, scrolls to its end and a click selects', async ({ app, page }) => {
  test.setTimeout(240_000);
  await app.start();
  await app.createCase('Viele Auszüge');
  const paragraphs = 8000;
  const text = longGermanText(paragraphs);
  await app.sources.importFiles([{ name: 'viele.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
  await app.reader.expectTitle('Langer Lagebericht');
  const [source] = (await call<{ items: { id: string }[] }>(page, 'sources.list', {})).items;
  const seed = await call<StoredExcerpt>(page, 'excerpts.create', {
    sourceId: source!.id,
    quote: 'Absatz 1: Die Lage',
  });
  const collection = await call<{ first: { items: Record<string, unknown>[] } }>(
    page,
    'excerpts.exportAnnotations',
    {},
  );
  const template = collection.first.items[0]!;
  await call(page, 'excerpts.delete', { excerptId: seed.id });
  // 1,600 excerpts on every fifth paragraph and 400 overlapping ones, imported in one call as W3C annotations.
  const items = [];
  const colours = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'];
  for (let n = 0; n < 2000; n++) {
    const paragraph = n < 1600 ? 5 * n + 1 : 20 * (n - 1600) + 1;
    const exact = n < 1600 ? `Absatz ${paragraph}: Die Lage in Görlitz` : `Görlitz bleibt angespannt`;
    const at = text.indexOf(`Absatz ${paragraph}: `);
    const start = text.indexOf(exact, at);
    items.push({
      ...template,
      id: `urn:test:${n}`,
      target: {
        ...(template.target as object),
        styleClass: `wb-excerpt-${colours[n % colours.length]}`,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact,
            prefix: text.slice(Math.max(0, start - 32), start),
            suffix: text.slice(start + exact.length, start + exact.length + 32),
          },
          // Plain BMP text: code points are UTF-16 units here.
          { type: 'TextPositionSelector', start, end: start + exact.length },
        ],
      },
    });
  }
  const report = await call<{ counts: Record<string, number>; items: { outcome: string; message?: string }[] }>(
    page,
    'excerpts.importAnnotations',
    { json: { ...collection, first: { ...collection.first, items } } },
  );
  expect(report.counts, JSON.stringify(report.items.find((i) => i.outcome !== 'created'))).toMatchObject({
    created: 2000,
  });

  // The open reader takes them all in at once (the import's data.changed refetches its list).
  const opened = Date.now();
  const ex = app.excerptReader;
  await expect(ex.status).toHaveText('2,000 excerpts in the text', { timeout: 60_000 });
  await expect(ex.highlights.first()).toBeVisible();
  const openMs = Date.now() - opened;

  const started = Date.now();
  const last = app.reader.text.getByText('Ende des Lageberichts.');
  await app.reader.text.focus();
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(last).toBeInViewport({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  const endMs = Date.now() - started;
  test.info().annotations.push({ type: 'timing', description: `open ${openMs} ms, End ${endMs} ms` });
  console.log(`2,000 highlights: open ${openMs} ms, scroll to end ${endMs} ms`);

  const lastHighlight = app.reader.text.locator('.wb-hl').last();
  await lastHighlight.scrollIntoViewIfNeeded();
  await lastHighlight.click({ timeout: 30_000 });
  await expect(ex.status).toHaveText(/^Excerpt \d[\d,]* of 2,000$/, { timeout: 30_000 });
  await expect(ex.selectedHighlight.first()).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`highlights in every colour and the keep card pass axe-core (${theme} theme)`, async ({ app, page }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: theme });
    await importGerman(app);
    const [source] = (await call<{ items: { id: string }[] }>(page, 'sources.list', {})).items;
    const words = [
      'Nach Angaben',
      'Stadtverwaltung',
      'Durchgangsverkehr',
      'Größere Schäden',
      'alle Hinweise',
      'Geduld',
    ];
    const colours = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'];
    for (const [i, quote] of words.entries()) {
      await call(page, 'excerpts.create', { sourceId: source!.id, quote, colour: colours[i] });
    }
    // One overlapping the blue one, and one selected.
    await call(page, 'excerpts.create', { sourceId: source!.id, quote: 'Durchgangsverkehr gesperrt', colour: 'pink' });
    const ex = app.excerptReader;
    // Seven pieces: six excerpts, the seventh covering the blue one and reaching beyond it.
    await expect(ex.highlights).toHaveCount(7);
    await expect(ex.overlaps).toHaveText('Durchgangsverkehr');
    await ex.highlights.first().click();
    await ex.dragSelect('Ein Sprecher sagte');
    await ex.keepButton.click();
    await expect(ex.card).toBeVisible();
    await app.screenshot(`excerpt-colours-${theme}`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}

test('after a new version, a moved excerpt shows dashed with “moved — please confirm”; an orphan has no highlight', async ({
  app,
  page,
}) => {
  await importGerman(app);
  const [source] = (await call<{ items: { id: string }[] }>(page, 'sources.list', {})).items;
  const moved = await call<StoredExcerpt>(page, 'excerpts.create', {
    sourceId: source!.id,
    quote: 'die „Straße der Einheit“ am Montag für den Durchgangsverkehr gesperrt',
  });
  const orphan = await call<StoredExcerpt>(page, 'excerpts.create', {
    sourceId: source!.id,
    quote: 'Die Polizei bittet Anwohner um Geduld.',
  });
  const ex = app.excerptReader;
  await expect(ex.highlights).toHaveCount(2);
  // Version 2: one word spelt differently inside the first excerpt, the last paragraph gone.
  const v2 = GERMAN.replace('„Straße der Einheit“', '„Strasse der Einheit“').replace(
    'Die Polizei bittet Anwohner um Geduld.',
    '',
  );
  await call(page, 'sources.import', {
    asNewVersionOf: source!.id,
    files: [
      { name: 'lagebild-goerlitz-2.txt', mediaType: 'text/plain', dataBase64: Buffer.from(v2).toString('base64') },
    ],
  });
  const stored = await storedExcerpts(page);
  expect(stored.find((e) => e.id === moved.id)?.status).toBe('moved');
  expect(stored.find((e) => e.id === orphan.id)?.status).toBe('orphan');

  await expect(ex.highlight(moved.id)).toHaveClass(/wb-hl--moved/, { timeout: 15_000 });
  await expect(ex.highlight(moved.id)).toHaveText(
    'die „Strasse der Einheit“ am Montag für den Durchgangsverkehr gesperrt',
  );
  await expect(ex.highlight(moved.id)).toHaveAttribute('title', /^Moved — please confirm/);
  await expect(ex.highlight(orphan.id)).toHaveCount(0);
  await expect(ex.highlights).toHaveCount(1);
  await app.screenshot('excerpt-moved');
});

test('keyboard only: find the words, keep the match with E and Enter', async ({ app, page }) => {
  await importGerman(app);
  const ex = app.excerptReader;
  await app.reader.find('ausmaß der maßnahmen');
  await expect(app.reader.findStatus).toHaveText('1 of 1');
  // Out of the field (to the find bar's buttons), E keeps the current match.
  await page.keyboard.press('Tab');
  await page.keyboard.press('e');
  await expect(ex.card).toBeVisible();
  await expect(ex.card).toContainText('Ausmaß der Maßnahmen');
  await expect(ex.field('Tags')).toBeFocused();
  await page.keyboard.type('Maßnahmen');
  await page.keyboard.press('Enter');
  await expect(ex.card).toBeHidden();
  await expect(ex.highlights).toHaveText(['Ausmaß der Maßnahmen']);
  const [stored] = await storedExcerpts(page);
  expect(stored).toMatchObject({ quote: 'Ausmaß der Maßnahmen', tags: ['Maßnahmen'] });
});
