import type { Page, Request } from '@playwright/test';
import { longReportPdf, reportPdf, rotatedPdf } from '../fixtures/sources/pdfPages';
import { test, expect, type WorkbenchApp } from './fixtures';
import { seriousViolations } from './support/axe';
import { PdfPageView } from './pages/PdfPageView';

// Import, pdf.js start-up and page drawing on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

interface ExcerptRow {
  id: string;
  quote: string;
  start: number;
  end: number;
  page: { first: { page: number; label: string }; last: { page: number; label: string } } | null;
}

/** The core's answer over the web host (the test's own call, with the server's token). */
async function call<T>(app: WorkbenchApp, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${app.server.origin}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${app.server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const envelope = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

/** Every request the page makes, to check that none leaves the app's own origin. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r: Request) => urls.push(r.url()));
  return urls;
}

function expectOnlyOwnOrigin(urls: readonly string[], origin: string): void {
  const host = new URL(origin).host;
  const foreign = urls.filter((u) => {
    const url = new URL(u);
    if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
    return url.host !== host || !['http:', 'ws:'].includes(url.protocol);
  });
  expect(foreign, 'requests outside the app').toEqual([]);
}

async function importPdf(app: WorkbenchApp, name: string, buffer: Buffer): Promise<void> {
  await app.sources.importFiles([{ name, mimeType: 'application/pdf', buffer }]);
}

test('shows a PDF as pages with a text layer; a drag on page 2 becomes an excerpt of the stored words', async ({
  app,
  page,
}) => {
  const requests = recordRequests(page);
  await app.start();
  await app.createCase('Grenzregion Nord');
  await importPdf(app, 'lagebericht-nord.pdf', await reportPdf());
  await expect(app.reader.text).toContainText('Die Lage an der Grenze', { timeout: 20_000 });

  const view = new PdfPageView(page);
  await expect(view.textMode).toHaveAttribute('aria-checked', 'true');
  await view.show();
  await expect(app.reader.text).toBeHidden();
  await view.expectDrawn(1);
  // The canvas shows print: dark pixels, not a blank page.
  expect(await view.inkRatio(1)).toBeGreaterThan(0.002);
  await expect(view.pageField).toHaveValue('1');
  await expect(view.toolbar).toContainText('of 3');
  await app.screenshot('pdf-pages-light');

  // Go to page 2 by number.
  await view.pageField.fill('2');
  await view.pageField.press('Enter');
  await view.expectDrawn(2);
  await expect(view.pageField).toHaveValue('2');
  await expect(view.pages).toBeFocused();

  // A real mouse drag over "übereinstimmenden Berichten" in page 2's text layer.
  const line = 'Nach übereinstimmenden Berichten mehrerer Quellen wurden die Übungen';
  const from = line.indexOf('übereinstimmenden');
  await view.dragSelect(2, line, from, from + 'übereinstimmenden Berichten'.length);
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('übereinstimmenden Berichten');
  const keepNow = page.getByRole('main', { name: 'Workspace' }).getByRole('button', { name: 'Keep', exact: true });
  await expect(keepNow).toBeEnabled();
  await keepNow.click();

  // The excerpt holds exactly the stored words of page 2.
  const { version } = await call<{ version: { text: string } }>(app, 'sources.get', {
    sourceId: (await call<{ items: { id: string }[] }>(app, 'sources.list', {})).items[0]!.id,
  });
  await expect.poll(async () => (await call<{ items: ExcerptRow[] }>(app, 'excerpts.list', {})).items.length).toBe(1);
  const [excerpt] = (await call<{ items: ExcerptRow[] }>(app, 'excerpts.list', {})).items;
  expect(excerpt!.quote).toBe('übereinstimmenden Berichten');
  expect(excerpt!.start).toBe(version.text.indexOf('übereinstimmenden Berichten'));
  expect(version.text.slice(excerpt!.start, excerpt!.end)).toBe('übereinstimmenden Berichten');
  expect(excerpt!.page).toEqual({ first: { page: 2, label: '2' }, last: { page: 2, label: '2' } });

  // Its highlight lies over those words on page 2.
  const highlight = view.pageBox(2).locator(`[data-excerpt="${excerpt!.id}"]`);
  await expect(highlight).toHaveCount(1);
  const overlap = async () => {
    const hl = (await highlight.boundingBox())!;
    const span = (await view.span(2, line).boundingBox())!;
    return { hl, span };
  };
  let { hl, span } = await overlap();
  expect(hl.y).toBeGreaterThanOrEqual(span.y - 2);
  expect(hl.y + hl.height).toBeLessThanOrEqual(span.y + span.height + 2);
  expect(hl.x).toBeGreaterThan(span.x + 10);
  expect(hl.width).toBeLessThan(span.width / 2);

  // Zoom in: bigger pages, drawn again, the highlight still on its words.
  const before = (await view.pageBox(2).boundingBox())!.width;
  const level = await view.zoomLevel.textContent();
  await view.zoomIn.click();
  await expect(view.zoomLevel).not.toHaveText(level!);
  await expect(view.fitWidth).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await view.pageBox(2).boundingBox())!.width).toBeGreaterThan(before * 1.05);
  await view.expectDrawn(2);
  await expect.poll(() => view.inkRatio(2)).toBeGreaterThan(0.002);
  ({ hl, span } = await overlap());
  expect(hl.y).toBeGreaterThanOrEqual(span.y - 2);
  expect(hl.y + hl.height).toBeLessThanOrEqual(span.y + span.height + 2);
  await view.fitWidth.click();
  await expect(view.fitWidth).toHaveAttribute('aria-pressed', 'true');

  // The second "der" of "in der Nähe der Küste": words that occur twice on the page are placed
  // by the text layer's own offsets, not by searching (a search would have to refuse).
  const line2 = 'in der Nähe der Küste fortgesetzt. Die Sicherheits-';
  const second = line2.indexOf('der Küste');
  await view.dragSelect(2, line2, second, second + 3);
  await keepNow.click();
  await expect.poll(async () => (await call<{ items: ExcerptRow[] }>(app, 'excerpts.list', {})).items.length).toBe(2);
  const der = (await call<{ items: ExcerptRow[] }>(app, 'excerpts.list', {})).items.find((e) => e.quote === 'der');
  expect(der?.start).toBe(version.text.indexOf('der Küste'));

  // A drag from the last line of page 1 over the page break into page 2's heading: one excerpt
  // across both pages, with the stored page separator in its words.
  const last1 = 'Größere Truppenbewegungen wurden nicht beobachtet; die Straße bleibt offen.';
  const heading2 = 'Zweite Seite: Einschätzung';
  // At 50 % the end of page 1 and the start of page 2 fit in the view together.
  for (let i = 0; i < 4; i++) await view.zoomOut.click();
  await expect(view.zoomLevel).toHaveText('50%');
  await view.span(1, last1).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(view.span(2, heading2)).toBeInViewport();
  await view.dragAcross(
    { page: 1, span: last1, at: last1.indexOf('Straße') },
    { page: 2, span: heading2, at: heading2.indexOf('Seite:') + 4 },
  );
  await keepNow.click();
  await expect.poll(async () => (await call<{ items: ExcerptRow[] }>(app, 'excerpts.list', {})).items.length).toBe(3);
  const across = (await call<{ items: ExcerptRow[] }>(app, 'excerpts.list', {})).items.find((e) =>
    e.quote.startsWith('Straße'),
  );
  expect(across?.quote).toBe('Straße bleibt offen.\n\nZweite Seite');
  expect(across?.page).toEqual({ first: { page: 1, label: '1' }, last: { page: 2, label: '2' } });
  await view.fitWidth.click();
  await view.pageField.fill('2');
  await view.pageField.press('Enter');

  // Clicking the highlight selects the excerpt.
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await view.pageBox(2).scrollIntoViewIfNeeded();
  const box = (await highlight.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(view.pageBox(2).locator('.wb-pdf-hl--selected')).toHaveCount(1);
  await expect(view.pageBox(2).locator(`[data-excerpt="${excerpt!.id}"].wb-pdf-hl--selected`)).toHaveCount(1);
  await app.screenshot('pdf-pages-excerpt-light');

  // "Show in source" from the inspector: back to page 2 from the last page, the words flash.
  await view.pageField.fill('3');
  await view.pageField.press('Enter');
  await expect(view.pageField).toHaveValue('3');
  await page.getByRole('region', { name: 'Inspector' }).getByRole('button', { name: 'Show in source' }).click();
  await expect(view.pageField).toHaveValue('2');
  await expect(view.pageBox(2).locator('.wb-pdf-hl--flash')).toHaveCount(1);

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await view.expectDrawn(2);
  await app.screenshot('pdf-pages-excerpt-dark');

  expectOnlyOwnOrigin(requests, app.server.origin);
  // Helvetica is not embedded: pdf.js drew it with the standard font bundled with the app.
  expect(requests.some((u) => /\/assets\/LiberationSans-Regular-[\w-]+\.ttf$/.test(u))).toBe(true);
  expect(requests.some((u) => /\/assets\/pdf\.worker\.min-[\w-]+\.mjs$/.test(u))).toBe(true);
});

test('opens a 300-page PDF at once and draws only the pages near the view', async ({ app, page }) => {
  const requests = recordRequests(page);
  await app.start();
  await app.createCase('Langer Bericht');
  await importPdf(app, 'langer-bericht.pdf', await longReportPdf(300));
  await expect(app.reader.text).toContainText('Seite 1 von 300', { timeout: 30_000 });

  const view = new PdfPageView(page);
  const opened = Date.now();
  await view.show();
  await view.expectDrawn(1);
  // Opening does not grow with the page count (only page 1 is drawn); the bound is generous
  // because pdf.js's worker starts slowly on a loaded 2-core machine.
  expect(Date.now() - opened).toBeLessThan(20_000);
  await expect(view.toolbar).toContainText('of 300');
  await expect(view.pages.locator('.wb-pdf-page')).toHaveCount(300);
  expect(await view.pages.locator('canvas').count()).toBeLessThanOrEqual(8);

  // Go to page 250: it is drawn, pages far from it are not.
  await view.pageField.fill('250');
  await view.pageField.press('Enter');
  await view.expectDrawn(250);
  await expect(view.span(250, 'Seite 250 von 300')).toBeAttached();
  await expect(view.pageBox(1).locator('canvas')).toHaveCount(0);
  expect(await view.pages.locator('canvas').count()).toBeLessThanOrEqual(8);

  // Keyboard: End goes to the last page, Home back to the first; + zooms in.
  await view.pages.focus();
  await page.keyboard.press('End');
  await expect(view.pageField).toHaveValue('300');
  await page.keyboard.press('Home');
  await expect(view.pageField).toHaveValue('1');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect.poll(async () => Number(await view.pageField.inputValue())).toBeGreaterThan(1);
  const level = await view.zoomLevel.textContent();
  await page.keyboard.press('+');
  await expect(view.zoomLevel).not.toHaveText(level!);

  // The choice of view holds for the session: after a reload the PDF opens as pages.
  await page.reload();
  await app.sources.list.getByRole('option').first().click();
  await expect(view.pagesMode).toHaveAttribute('aria-checked', 'true', { timeout: 20_000 });
  await view.expectDrawn(1);

  expectOnlyOwnOrigin(requests, app.server.origin);
});

test('reads as „Text | Seiten“ in German and passes axe in the dark theme', async ({ app, page }) => {
  await app.start();
  await app.createCase('Seitenansicht');
  await importPdf(app, 'lagebericht-nord.pdf', await reportPdf());
  await expect(app.reader.text).toContainText('Die Lage an der Grenze', { timeout: 20_000 });
  // The preferences change through the core, as from another window; the UI follows its event.
  await call(app, 'prefs.update', { patch: { language: 'de', theme: 'dark' } });
  const workspace = page.getByRole('main', { name: 'Arbeitsbereich' });
  const mode = workspace.getByRole('radiogroup', { name: 'Leseansicht' });
  await mode.getByRole('radio', { name: 'Seiten' }).click();
  const pages = workspace.getByRole('region', { name: 'PDF-Seiten' });
  await expect(pages.getByRole('group', { name: 'Seite 1' }).locator('canvas')).toHaveCount(1, { timeout: 20_000 });
  const toolbar = workspace.getByRole('toolbar', { name: 'Seitenansicht' });
  await expect(toolbar.getByRole('button', { name: 'Seitenbreite' })).toHaveAttribute('aria-pressed', 'true');
  await expect(toolbar).toContainText('von 3');
  await expect(toolbar.getByRole('status', { name: 'Zoom' })).toHaveText(/^\d+\u00a0%$/);
  await app.screenshot('pdf-pages-de-dark');

  expect(await seriousViolations(page, ['main'])).toEqual([]);
});

test('a page turned a quarter shows its text layer turned with it, and its words can be kept', async ({
  app,
  page,
}) => {
  await app.start();
  await app.createCase('Querformat');
  await importPdf(app, 'querformat.pdf', await rotatedPdf());
  await expect(app.reader.text).toContainText('Gedrehte Seite', { timeout: 20_000 });
  const view = new PdfPageView(page);
  await view.show();
  await view.pageField.fill('2');
  await view.pageField.press('Enter');
  await view.expectDrawn(2);
  // Landscape on screen: the box is wider than high, and the text runs down the page.
  const box = (await view.pageBox(2).boundingBox())!;
  expect(box.width).toBeGreaterThan(box.height);
  const line = 'Gedrehte Seite: Übersicht der Grenzübergänge';
  const span = (await view.span(2, line).boundingBox())!;
  expect(span.height).toBeGreaterThan(span.width * 3);
  expect(span.x).toBeGreaterThanOrEqual(box.x - 1);
  expect(span.x + span.width).toBeLessThanOrEqual(box.x + box.width + 1);

  const from = line.indexOf('Grenzübergänge');
  await view.dragAlong(2, line, from, line.length, true);
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('Grenzübergänge');
  await page.getByRole('main', { name: 'Workspace' }).getByRole('button', { name: 'Keep', exact: true }).click();
  await expect
    .poll(async () => (await call<{ items: ExcerptRow[] }>(app, 'excerpts.list', {})).items.map((e) => e.quote))
    .toEqual(['Grenzübergänge']);
  const highlight = view.pageBox(2).locator('.wb-pdf-hl');
  await expect(highlight).toHaveCount(1);
  const hl = (await highlight.boundingBox())!;
  expect(hl.height).toBeGreaterThan(hl.width);
  await app.screenshot('pdf-pages-rotated');
});
