import type { Page } from '@playwright/test';
import type { ImportResult } from '../../shared/contract/sources';
import type { SourceSummary } from '../../shared/domain/source';
import { FORMATS, LEAD, importFileFor, loadCorpus, type ImportFile, type Payload } from '../fixtures/hostile/corpus';
import { familyOf, fullHostileRun, samplePayloads } from '../fixtures/hostile/sample';
import { expect, test } from './fixtures';
import { startCanary } from './support/canaryServer';
import { HostileDetector, type FindingKind } from './support/hostileDetector';
import { pageCall } from './support/pageCall';

/**
 * The hostile-content suite in Chromium: every payload of tests/fixtures/hostile
 * imported through the real app (browser mode) as a saved web page, a Markdown
 * note, a text file and an HTML e-mail, then opened in the reader one by one while
 * the detector (support/hostileDetector.ts) watches for script execution, dialogs,
 * print, requests leaving the app's origin (a local canary server counts its own
 * hits), navigations, popups, frames and live markup in the DOM. Expected: nothing.
 * The self-tests prove the detector catches each of these on a known-live payload.
 *
 * Under `npm test` each format takes a fixed sample of the corpus (every family; the
 * saved page at least 60 payloads, see fixtures/hostile/sample.ts); `npm run
 * test:hardening` (or HOSTILE_E2E_FULL=1) takes all of it in every format.
 */

const corpus = loadCorpus();
/** Files per `sources.import` call (the contract allows 500; smaller calls keep each request modest). */
const BATCH = 80;
/** Time for late effects (module scripts, animations, refresh timers) before the last look. */
const SETTLE_MS = 1_000;
const FULL = fullHostileRun();
/** The floor: at least this many distinct payloads rendered in the reader as a saved page. */
const MIN_HTML_PAYLOADS = 60;

test.describe.configure({ mode: 'parallel' });
// A trace snapshots the DOM at every step; over a thousand reader openings that costs minutes.
test.use({ trace: 'off' });

interface ReaderState {
  title: string;
  lead: boolean;
  listFocused: boolean;
}

/**
 * Runs in the page, polled by waitForFunction: false until the list's active row is the selected one
 * and the reader shows that source, fully rendered; then what the reader shows.
 */
function readerState({ lead }: { lead: string }): ReaderState | false {
  const list = document.querySelector('[role="listbox"][aria-label="Sources"]');
  const active = document.getElementById(list?.getAttribute('aria-activedescendant') ?? '');
  if (!list || !active || active.getAttribute('aria-selected') !== 'true') return false;
  const rowTitle = document.getElementById(active.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
  const region = document.querySelector('[role="region"][aria-label="Source text"]');
  const title = region?.querySelector('h2')?.textContent ?? '';
  if (!region || !title || title !== rowTitle || region.querySelector('[aria-busy="true"]')) return false;
  return { title, lead: (region.textContent ?? '').includes(lead), listFocused: document.activeElement === list };
}

/** Runs in the page: the titles of the source list's rows, sorted. */
function listedTitles(): string[] {
  const options = document.querySelectorAll('[role="listbox"][aria-label="Sources"] [role="option"]');
  return Array.from(
    options,
    (o) => document.getElementById(o.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
  ).sort();
}

async function importAll(page: Page, token: string, files: ImportFile[]): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (let i = 0; i < files.length; i += BATCH) {
    results.push(
      ...(await pageCall<ImportResult[]>(page, token, 'sources.import', { files: files.slice(i, i + BATCH) })),
    );
  }
  return results;
}

for (const format of FORMATS) {
  const payloads = FULL ? corpus : samplePayloads(corpus, format);
  const scope = FULL ? 'all' : 'sample of';
  test(`${format} (${scope} ${payloads.length}): no payload runs, loads, navigates or opens anything in the reader`, async ({
    app,
    page,
    context,
  }) => {
    // Busy machines need the margin; see tests/fixtures/hostile/README.md for measured times.
    test.setTimeout(FULL ? 480_000 : 180_000);
    const started = Date.now();
    const canary = await startCanary();
    const detector = await HostileDetector.attach(context, page, { appOrigin: app.server.origin, canary });
    const opened = new Set<string>();
    const refused: string[] = [];
    try {
      await app.start();
      await app.createCase(`Hostile ${format}`);
      await detector.arm();

      // Import every payload through the API, as the renderer's own import does.
      detector.during(`import [${format}]`);
      const results = await importAll(
        page,
        app.server.token,
        payloads.map((p) => importFileFor(p, format, canary.origin)),
      );
      expect(results).toHaveLength(payloads.length);
      const list = await pageCall<{ items: SourceSummary[] }>(page, app.server.token, 'sources.list', {
        limit: 10_000,
      });
      const titles = new Map(list.items.map((s) => [s.id, s.title]));
      const byTitle = new Map<string, Payload>();
      const unexpected: string[] = [];
      for (const [i, r] of results.entries()) {
        const p = payloads[i]!;
        const title = r.sourceId ? titles.get(r.sourceId) : undefined;
        const line = `${p.id}: ${r.status} ${r.error?.code ?? ''} ${r.error?.message ?? ''}`.trim();
        // A saved page that is only a frameset has no text of its own (its frames are never fetched): it
        // is refused by name. Everything else, a frameset e-mail included (its headers), is imported.
        const mustRefuse = p.placement === 'document' && format === 'html';
        if (mustRefuse) {
          refused.push(line);
          if (r.status !== 'failed' || r.error?.code !== 'FILE_EMPTY' || !/frameset/.test(r.error.message))
            unexpected.push(`${line} (a frameset page must be refused with FILE_EMPTY)`);
        } else if (r.status === 'imported' && title) byTitle.set(title, p);
        else unexpected.push(line);
      }
      expect(unexpected, 'imports refused or accepted against expectation').toEqual([]);
      expect(byTitle.size, 'every source has a title of its own').toBe(list.items.length);
      await expect(app.sources.list.getByRole('option')).toHaveCount(list.items.length, { timeout: 15_000 });

      // Open every source in the reader, the way a keyboard user works through a long list: narrow it
      // with the filter box (one payload family at a time, so each step re-renders a short list), then
      // ↓ and Enter down the rows, looking after each one. The reader is ready when its heading shows
      // the active row's title, the article's first words are there and nothing is still rendering.
      // The inspector repeats a source's metadata in form fields; it stays open for the family that puts
      // payloads into metadata (`meta-`) and is folded away for the others, where it only shows the
      // wrapper's fixed values and would cost a third of the time.
      const inspectorToggle = (open: boolean) =>
        page.getByRole('button', { name: open ? 'Expand Inspector' : 'Collapse Inspector' });
      for (const family of [...new Set(payloads.map(familyOf))]) {
        const wantInspector = family === 'meta';
        if (await inspectorToggle(wantInspector).isVisible()) await inspectorToggle(wantInspector).click();
        const filter = `${family}-`;
        const matching = await pageCall<{ items: SourceSummary[] }>(page, app.server.token, 'sources.list', {
          filter: { query: filter },
          limit: 10_000,
        });
        const total = matching.items.length;
        await app.sources.filterText.fill(filter);
        // The very rows the filter selects, not merely as many: in a sample, neighbouring families often
        // have the same size, and a count alone would pass on the previous family's list.
        const expected = matching.items.map((s) => s.title).sort();
        await expect.poll(() => page.evaluate(listedTitles), { timeout: 10_000 }).toEqual(expected);
        await app.sources.list.focus();
        await page.keyboard.press('Home');
        for (let n = 0; n < total; n++) {
          if (n > 0) await page.keyboard.press('ArrowDown');
          const row = `“${filter}” row ${n + 1} [${format}]`;
          detector.during(row);
          await page.keyboard.press('Enter');
          const state = await detector.waitAndCheck(readerState, { lead: LEAD });
          expect(state.listFocused, 'the source list kept the focus').toBe(true);
          const p = byTitle.get(state.title);
          expect(p, `the reader shows “${state.title}”, which was not imported`).toBeDefined();
          detector.relabel(row, `${p!.id} [${format}]`);
          if (opened.has(state.title)) continue; // a source the filter of another family also matched
          if (p!.placement !== 'document') expect(state.lead, `${p!.id}: the article text is missing`).toBe(true);
          opened.add(state.title);
        }
      }
      await app.sources.filterText.fill('');
      expect(
        [...byTitle.keys()].filter((t) => !opened.has(t)),
        'sources never opened in the reader',
      ).toEqual([]);
      const openedPayloads = [...opened].map((t) => byTitle.get(t)!);
      expect(new Set(openedPayloads.map(familyOf)), 'every family was opened').toEqual(new Set(corpus.map(familyOf)));
      if (format === 'html') expect(openedPayloads.length).toBeGreaterThanOrEqual(MIN_HTML_PAYLOADS);
      detector.during(`settle [${format}]`);
      await page.waitForTimeout(SETTLE_MS);
      await detector.check();
    } finally {
      // The figures, also when the walk broke off (a payload that navigated away would do that).
      const summary = {
        format,
        full: FULL,
        payloads: payloads.length,
        openedInReader: opened.size,
        refused,
        counts: detector.counts(),
        canaryHits: canary.hits.length,
        domBaseline: detector.domBaseline,
        seconds: Math.round((Date.now() - started) / 100) / 10,
      };
      await test.info().attach(`hostile-${format}.json`, {
        body: JSON.stringify({ ...summary, findings: detector.findings }, null, 2),
        contentType: 'application/json',
      });
      console.log(`[hostile] ${JSON.stringify(summary)}`);
      await canary.close();
    }
    expect(detector.describe(), 'executions, requests, navigations, popups or live markup').toEqual([]);
    expect(canary.hits, 'requests that reached the canary').toEqual([]);
  });
}

/** Live payloads for every channel of the detector. `{{CANARY}}` is filled in per run. */
const LIVE_PAGE = `<!doctype html><html><head><title>live</title></head><body>
<img src="x" onerror="window.__pwned='selftest-execution'">
<svg onload="alert('selftest-alert')"></svg>
<img src="y" onerror="confirm('selftest-confirm')">
<img src="z" onerror="prompt('selftest-prompt')">
<img src="w" onerror="console.log('selftest-console')">
<img src="{{CANARY}}/selftest-image.png">
<img src="http://evil.example/selftest-remote.png">
<script>print()</script>
<iframe srcdoc="<p>selftest-frame</p>"></iframe>
<a href="javascript:void('selftest-href')">link</a>
<div style="background:url(http://evil.example/selftest-style.png)">styled</div>
<button id="popup" onclick="window.open('{{CANARY}}/selftest-popup')">open</button>
</body></html>`;

test('self-test: the detector catches known-live payloads on a plain page', async ({ page, context }) => {
  const canary = await startCanary();
  try {
    const detector = await HostileDetector.attach(context, page, { appOrigin: null, canary });
    detector.during('self-test page');
    // A document of its own first, so the init script (print trap, CSP listener) is in place.
    await page.goto('about:blank');
    await page.setContent(LIVE_PAGE.replaceAll('{{CANARY}}', canary.origin));
    // Chromium keeps this page (an insecure, public context) from loading loopback subresources, so the
    // canary is reached below by the popup and the navigation; the image shows up as a request.
    await expect.poll(() => detector.counts().request).toBeGreaterThan(1);
    await detector.check();
    const popup = context.waitForEvent('page');
    await page.locator('#popup').click();
    await popup;
    await detector.arm();
    detector.during('self-test navigation');
    await page.evaluate((origin) => {
      document.head.insertAdjacentHTML(
        'beforeend',
        `<meta http-equiv="refresh" content="0;url=${origin}/selftest-navigation">`,
      );
    }, canary.origin);
    await page.waitForURL(`${canary.origin}/selftest-navigation`);
    await detector.check();

    const counts = detector.counts();
    console.log(
      `[hostile] self-test ${JSON.stringify({ counts, channels: detector.channels, canaryHits: canary.hits.length })}`,
    );
    const mustFire: FindingKind[] = [
      'execution',
      'dialog',
      'console',
      'print',
      'request',
      'canary',
      'navigation',
      'popup',
      'frame',
    ];
    for (const kind of mustFire) expect(counts[kind], `the ${kind} channel missed a live payload`).toBeGreaterThan(0);
    // Each channel caught the payload meant for it, by its sentinel.
    const seen = (kind: FindingKind) => detector.findings.filter((f) => f.kind === kind).map((f) => f.detail);
    expect(seen('execution').join('\n')).toContain('selftest-execution');
    for (const type of ['alert', 'confirm', 'prompt'])
      expect(seen('dialog'), `${type}() was missed`).toContainEqual(`${type}("selftest-${type}")`);
    expect(seen('console').join('\n')).toContain('selftest-console');
    expect(seen('request').join('\n')).toContain('http://evil.example/selftest-remote.png');
    expect(seen('canary').join('\n')).toContain('/selftest-popup');
    expect(seen('popup').join('\n')).toContain('selftest-popup');
    expect(seen('navigation').join('\n')).toContain('/selftest-navigation');
    expect(detector.channels.requestEvents, 'request events').toBeGreaterThan(0);
    expect(detector.channels.routedRequests, 'routed requests').toBeGreaterThan(0);
    // The remote host was refused at the router: nothing left the machine. The canary saw only the
    // self-test's own requests (and the favicon a new window asks for).
    expect(detector.refusedUrls).toContain('http://evil.example/selftest-remote.png');
    expect(canary.hits.map((h) => h.url).filter((u) => !/^\/(selftest-|favicon\.ico)/.test(u))).toEqual([]);
    // Before navigating away, the DOM scan saw the live markup too.
    const dom = detector.findings.filter((f) => f.kind === 'dom').map((f) => f.detail);
    expect(dom.join('\n')).toMatch(/onerror/);
    expect(dom.join('\n')).toMatch(/<iframe> element/);
    expect(dom.join('\n')).toMatch(/href="javascript:/);
    expect(dom.join('\n')).toMatch(/style="background:url\(http:\/\/evil\.example/);
  } finally {
    await canary.close();
  }
});

test('self-test: markup injected into the running app is caught, and the CSP holds', async ({
  page,
  context,
  server,
}) => {
  const canary = await startCanary();
  try {
    const detector = await HostileDetector.attach(context, page, { appOrigin: server.origin, canary });
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Analyst Workbench' })).toBeVisible();
    await detector.arm();
    detector.during('self-test in the app');
    // What a reader that rendered imported HTML would do.
    await page.evaluate((origin) => {
      document.body.insertAdjacentHTML(
        'beforeend',
        `<div><img src="x" onerror="window.__pwned='selftest-app'"><img src="${origin}/selftest-app.png"></div>`,
      );
    }, canary.origin);
    await expect.poll(async () => (await detector.check(), detector.counts().csp)).toBeGreaterThan(0);
    const counts = detector.counts();
    console.log(`[hostile] self-test in the app ${JSON.stringify(counts)}\n${detector.describe().join('\n')}`);
    expect(counts.dom, 'the DOM scan missed injected markup').toBeGreaterThan(0);
    // The app's Content Security Policy refuses the inline handler and the foreign image.
    expect(counts.execution).toBe(0);
    expect(canary.hits).toEqual([]);
  } finally {
    await canary.close();
  }
});
