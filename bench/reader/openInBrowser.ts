/**
 * Opening a source in the real reader: the built app in browser mode (`workbench serve`,
 * as the e2e tests start it) in Debian's Chromium. Each sample reloads the page (a cold
 * query cache, as when an analyst first opens the source in a session), waits until the
 * page is idle, then clicks the source in the navigator. The clock starts at that click's
 * pointerdown, inside the page, and stops at two points, each a frame after the DOM has it:
 *
 *  - first screen: the last paragraph that lies in the first screen exists and, for the
 *    source with excerpts, the last highlight in that screen too; then a requestAnimationFrame
 *    and a task after it (the frame with them has been painted);
 *  - scrollable: every chunk of the text is rendered (the body's aria-busy is false), then
 *    the same frame wait.
 *
 * Which paragraph and highlight close the first screen is read from a calibration open of
 * each source (not counted). The CDP Performance domain's counters (script, layout, style)
 * are taken over each sample, to say where the time goes.
 */
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { startServer, type WorkbenchServer } from '../../tests/e2e/server';

/** The launch flags of playwright.config.ts, so the benchmark sees the browser the e2e tests see. */
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SAMPLE_TIMEOUT_MS = 120_000;

export interface FirstScreen {
  /** data-start of the last block whose top lies inside the reader's scroll box. */
  blockStart: number;
  /** The excerpt id of the last highlight in the first screen, or null. */
  highlightId: string | null;
  highlightsInView: number;
}

export interface OpenSample {
  firstScreenMs: number;
  scrollableMs: number;
  /** CDP Performance counters over the sample, ms. */
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
}

export interface ReaderSession {
  chromium: string;
  calibrate(title: string): Promise<FirstScreen>;
  open(title: string, screen: FirstScreen): Promise<OpenSample>;
  close(): Promise<void>;
}

/** Installed before the click; resolves with the in-page times (ms after pointerdown). */
function armScript(screen: FirstScreen): string {
  const block = `.wb-reader__body [data-start="${screen.blockStart}"]`;
  const highlight = screen.highlightId ? `.wb-reader__body [data-excerpts~="${screen.highlightId}"]` : null;
  return `(() => {
    window.__readerBench = new Promise((resolve) => {
      let t0 = 0, first = 0, all = 0, firstSeen = false, allSeen = false;
      const afterFrame = (done) => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now() - t0);
        channel.port2.postMessage(0);
      });
      const finish = () => { if (first && all) { observer.disconnect(); resolve({ first, all }); } };
      const check = () => {
        if (!t0) return;
        if (!firstSeen && document.querySelector(${JSON.stringify(block)})
            && ${highlight ? `document.querySelector(${JSON.stringify(highlight)})` : 'true'}) {
          firstSeen = true;
          afterFrame((t) => { first = t; finish(); });
        }
        if (!allSeen && document.querySelector('.wb-reader__body[aria-busy="false"]')) {
          allSeen = true;
          afterFrame((t) => { all = t; finish(); });
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
      addEventListener('pointerdown', () => { t0 = performance.now(); check(); }, { capture: true, once: true });
    });
  })()`;
}

/** Read after a full open: what closes the first screen of the reader's scroll box. */
const FIRST_SCREEN_SCRIPT = `(() => {
  const box = document.querySelector('.wb-reader__scroll').getBoundingClientRect();
  let blockStart = -1, highlightId = null, highlightsInView = 0;
  for (const el of document.querySelectorAll('.wb-reader__body [data-start]')) {
    if (el.getBoundingClientRect().top >= box.bottom) break;
    blockStart = Number(el.dataset.start);
  }
  for (const el of document.querySelectorAll('.wb-reader__body .wb-hl')) {
    const top = el.getBoundingClientRect().top;
    if (top >= box.bottom) break;
    if (top >= box.top) { highlightsInView++; highlightId = el.dataset.excerpts.split(' ').pop(); }
  }
  return { blockStart, highlightId, highlightsInView };
})()`;

async function counters(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${SAMPLE_TIMEOUT_MS} ms`)), SAMPLE_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function openReaderSession(chromiumPath: string, casePath: string): Promise<ReaderSession> {
  let server: WorkbenchServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await startServer();
    browser = await chromium.launch({ executablePath: chromiumPath, args: LAUNCH_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Open case…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open case' });
    await dialog.getByLabel('Case file path').fill(casePath);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    const list = page.getByRole('listbox', { name: 'Sources' });
    await list.getByRole('option').first().waitFor({ timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    /** A fresh page with the case open and nothing selected, idle. */
    const fresh = async () => {
      await page.reload();
      await list.getByRole('option').first().waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
    };
    const openAndWait = async (title: string, screen: FirstScreen | null) => {
      await fresh();
      if (screen) await page.evaluate(armScript(screen));
      const before = await counters(cdp);
      await list.getByRole('option', { name: title }).click();
      await page.locator('.wb-reader__body[aria-busy="false"]').waitFor({ timeout: SAMPLE_TIMEOUT_MS });
      const times = screen
        ? await withTimeout(page.evaluate('window.__readerBench') as Promise<{ first: number; all: number }>, title)
        : null;
      const after = await counters(cdp);
      const diff = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
      if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
      return {
        times,
        script: diff('ScriptDuration'),
        layout: diff('LayoutDuration'),
        style: diff('RecalcStyleDuration'),
      };
    };

    const version = browser.version();
    const srv = server;
    const brw = browser;
    return {
      chromium: version,
      async calibrate(title) {
        await openAndWait(title, null);
        return (await page.evaluate(FIRST_SCREEN_SCRIPT)) as FirstScreen;
      },
      async open(title, screen) {
        const r = await openAndWait(title, screen);
        return {
          firstScreenMs: r.times!.first,
          scrollableMs: r.times!.all,
          scriptMs: r.script,
          layoutMs: r.layout,
          styleMs: r.style,
        };
      },
      async close() {
        await brw.close();
        await srv.stop();
      },
    };
  } catch (err) {
    await browser?.close();
    await server?.stop();
    throw err;
  }
}
