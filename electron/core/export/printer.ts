import type { Browser, BrowserContext, Page } from 'playwright-core';
import { WorkbenchError } from '../../../shared/contract/errors';
import { contentBox, pageCall, type PageCall } from './pagination';
import { chromiumPdfOptions, type PrintSettings } from './printOptions';

/**
 * Prints a report's HTML to PDF bytes. Two implementations: headless Chromium
 * through Playwright (browser mode, CLI, tests) and Electron's printToPDF in an
 * offscreen window (the desktop door registers it, see electron/main/pdfPrinter.ts).
 * The core never imports Electron: the desktop door hands its printer in.
 */
export interface PdfPrinter {
  readonly kind: 'chromium' | 'electron';
  /** Rejects with CANCELLED when the signal fires; the print itself is stopped (its page closed). */
  print(html: string, settings: PrintSettings, signal?: AbortSignal): Promise<Uint8Array>;
  /**
   * Loads the HTML once and hands the loaded page to `use`, which may measure
   * where elements will print, change texts and print it (more than once)
   * without loading it again. Optional: a printer without it (Electron's) is
   * driven through `print` alone. Cancelling closes the page.
   */
  withLoaded?<T>(
    html: string,
    settings: PrintSettings,
    signal: AbortSignal | undefined,
    use: (doc: LoadedReport) => Promise<T>,
  ): Promise<T>;
}

/** A report loaded in a printer's page. */
export interface LoadedReport {
  /**
   * The 1-based page each element (by id) will print on, measured as the
   * printer paginates, each also written as text into the elements its
   * selector matches (the contents' page numbers).
   */
  numberPages(entries: readonly (readonly [id: string, selector: string])[]): Promise<Map<string, number>>;
  /** Sets the text of the elements the selectors match. */
  setTexts(entries: readonly (readonly [selector: string, text: string])[]): Promise<void>;
  /** Prints the page as it stands now. */
  print(): Promise<Uint8Array>;
}

/** The same Chromium flags as the e2e config: no sandbox (containers), nothing phoning home. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function cancelled(): WorkbenchError {
  return new WorkbenchError('CANCELLED', 'The export was cancelled.');
}

export async function launchChromium(): Promise<Browser> {
  try {
    // Loaded on first use: the doors start without it, only a PDF export needs a browser.
    const { chromium } = await import('playwright-core');
    return await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
  } catch (err) {
    throw new WorkbenchError('EXPORT_FAILED', `Chromium could not be started for the PDF: ${(err as Error).message}`);
  }
}

/** A context that can load nothing and run no script: every request is aborted, JS is off. */
async function lockedContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  await context.route('**/*', (route) => route.abort());
  return context;
}

/**
 * Runs `work` on a page of a locked context (a fresh one in print media unless
 * `reuse` hands one in). An abort rejects at once with CANCELLED and closes
 * the page, which ends Chromium's print job (page.pdf rejects, the bytes are
 * never produced); a renderer busy laying out a huge document closes as soon
 * as it yields.
 */
async function onPage<T>(
  context: BrowserContext,
  signal: AbortSignal | undefined,
  reuse: Page | undefined,
  work: (page: Page, check: () => void) => Promise<T>,
): Promise<T> {
  if (signal?.aborted) throw cancelled();
  const page = reuse ?? (await context.newPage());
  if (signal?.aborted) {
    void page.close().catch(() => undefined);
    throw cancelled();
  }
  let onAbort = () => undefined as void;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      reject(cancelled());
      void page.close().catch(() => undefined);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  const check = () => {
    if (signal?.aborted) throw cancelled();
  };
  const run = (async () => {
    if (!reuse) await page.emulateMedia({ media: 'print' });
    check();
    return work(page, check);
  })();
  // The losing side of the race must not surface as an unhandled rejection.
  run.catch(() => undefined);
  aborted.catch(() => undefined);
  try {
    return await Promise.race([run, aborted]);
  } catch (err) {
    if (signal?.aborted) throw cancelled();
    throw err;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (!reuse) void page.close().catch(() => undefined);
  }
}

/** Prints HTML in a page of a locked context (a fresh one unless `reuse` hands one in); see onPage. */
export function printInContext(
  context: BrowserContext,
  html: string,
  settings: PrintSettings,
  signal?: AbortSignal,
  reuse?: Page,
): Promise<Uint8Array> {
  return onPage(context, signal, reuse, async (page, check) => {
    await page.setContent(html, { waitUntil: 'load' });
    check();
    return new Uint8Array(await page.pdf(chromiumPdfOptions(settings)));
  });
}

/**
 * Loads HTML in a page of a locked context and hands it to `use` as a
 * LoadedReport. The HTML goes with the first call into the page (its load,
 * measurement and numbers are one round trip), so the page is loaded with
 * document.write rather than page.setContent: nothing in a report loads or runs.
 */
export function loadInContext<T>(
  context: BrowserContext,
  html: string,
  settings: PrintSettings,
  signal: AbortSignal | undefined,
  use: (doc: LoadedReport) => Promise<T>,
  reuse?: Page,
): Promise<T> {
  return onPage(context, signal, reuse, async (page, check) => {
    let pending: string | null = html;
    const call = async (arg: Omit<PageCall, 'html' | 'width' | 'height'>) => {
      check();
      const out = (await page.evaluate(pageCall({ ...arg, html: pending, ...contentBox(settings.paper) }))) as [
        string,
        number,
      ][];
      pending = null;
      check();
      return new Map(out);
    };
    return use({
      numberPages: (number) => call({ number, texts: [] }),
      async setTexts(texts) {
        await call({ number: [], texts });
      },
      async print() {
        if (pending !== null) await call({ number: [], texts: [] });
        const bytes = new Uint8Array(await page.pdf(chromiumPdfOptions(settings)));
        check();
        return bytes;
      },
    });
  });
}

/** A printer over a browser the caller owns (tests, benchmarks): a locked context per print. */
export function printerFor(browser: Browser): PdfPrinter {
  return {
    kind: 'chromium',
    async print(html, settings, signal) {
      const context = await lockedContext(browser);
      try {
        return await printInContext(context, html, settings, signal);
      } finally {
        await context.close().catch(() => undefined);
      }
    },
    async withLoaded(html, settings, signal, use) {
      const context = await lockedContext(browser);
      try {
        return await loadInContext(context, html, settings, signal, use);
      } finally {
        await context.close().catch(() => undefined);
      }
    },
  };
}

/**
 * One warm Chromium per process for the long-lived doors (web host, desktop
 * without its own printer): launching costs seconds on a busy machine, a new page
 * in a warm locked context milliseconds. It closes itself after a quiet while so
 * an idle app keeps no browser around.
 */
export class WarmChromium implements PdfPrinter {
  readonly kind = 'chromium' as const;
  private state: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  private idle: ReturnType<typeof setTimeout> | null = null;
  private busy = 0;
  private page: Page | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly idleMs = 120_000) {}

  private ready() {
    this.state ??= (async () => {
      const browser = await launchChromium();
      browser.on('disconnected', () => {
        this.state = null;
        this.page = null;
      });
      const context = await lockedContext(browser);
      // The page too (a renderer process: about a second on a busy machine), so a warm-up leaves nothing to start.
      this.page ??= await context.newPage();
      await this.page.emulateMedia({ media: 'print' });
      return { browser, context };
    })().catch((err: unknown) => {
      this.state = null;
      throw err;
    });
    return this.state;
  }

  /** Starts the browser and its page ahead of the first print; resolves when they are up (never rejects: the print reports a failure). */
  warmUp(): Promise<void> {
    const up = this.ready().then(
      () => undefined,
      () => undefined,
    );
    this.armIdle();
    return up;
  }

  print(html: string, settings: PrintSettings, signal?: AbortSignal): Promise<Uint8Array> {
    return this.onWarmPage((context, page) => printInContext(context, html, settings, signal, page));
  }

  withLoaded<T>(
    html: string,
    settings: PrintSettings,
    signal: AbortSignal | undefined,
    use: (doc: LoadedReport) => Promise<T>,
  ): Promise<T> {
    return this.onWarmPage((context, page) => loadInContext(context, html, settings, signal, use, page));
  }

  private async onWarmPage<T>(work: (context: BrowserContext, page: Page) => Promise<T>): Promise<T> {
    this.busy++;
    if (this.idle) clearTimeout(this.idle);
    // One warm page, one print at a time: the next waits for the previous (a few hundred
    // milliseconds saved per print against a new page with its media emulation each time).
    const run = this.queue.then(async () => {
      const { context } = await this.ready();
      if (!this.page || this.page.isClosed()) {
        this.page = await context.newPage();
        await this.page.emulateMedia({ media: 'print' });
      }
      return work(context, this.page);
    });
    this.queue = run.catch(() => undefined);
    try {
      return await run;
    } finally {
      this.busy--;
      this.armIdle();
    }
  }

  private armIdle() {
    if (this.idle) clearTimeout(this.idle);
    if (this.busy) return;
    this.idle = setTimeout(() => void this.close(), this.idleMs);
    this.idle.unref?.();
  }

  async close(): Promise<void> {
    const state = this.state;
    this.state = null;
    this.page = null;
    if (state) await (await state.catch(() => null))?.browser.close().catch(() => undefined);
  }
}

let registered: PdfPrinter | null = null;
let warm: WarmChromium | null = null;

/** The desktop door registers Electron's printer here at start-up. */
export function setPdfPrinter(printer: PdfPrinter | null): void {
  registered = printer;
}

/** The printer for the app's exports: the door's own (Electron) or the process's warm Chromium. */
export function appPdfPrinter(): PdfPrinter {
  if (registered) return registered;
  warm ??= new WarmChromium();
  return warm;
}
