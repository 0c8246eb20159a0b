import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { CaseSettingsDialog } from './pages/CaseSettingsDialog';
import { CaseView } from './pages/CaseView';
import { ExcerptReader } from './pages/ExcerptReader';
import { ImportDialog } from './pages/ImportDialog';
import { NewCaseDialog } from './pages/NewCaseDialog';
import { OpenCaseDialog } from './pages/OpenCaseDialog';
import { PasteTextDialog } from './pages/PasteTextDialog';
import { PreferencesMenu } from './pages/PreferencesMenu';
import { Reader } from './pages/Reader';
import { SourceInspector } from './pages/SourceInspector';
import { SourcesPane } from './pages/SourcesPane';
import { WelcomePage } from './pages/WelcomePage';
import { startServer, type WorkbenchServer } from './server';

/** Page objects for the whole app, created per test. */
export class WorkbenchApp {
  readonly welcome: WelcomePage;
  readonly newCase: NewCaseDialog;
  readonly openCase: OpenCaseDialog;
  readonly caseView: CaseView;
  readonly settings: CaseSettingsDialog;
  readonly preferences: PreferencesMenu;
  readonly sources: SourcesPane;
  readonly importDialog: ImportDialog;
  readonly pasteText: PasteTextDialog;
  readonly reader: Reader;
  readonly sourceInspector: SourceInspector;
  readonly excerptReader: ExcerptReader;

  constructor(
    readonly page: Page,
    readonly server: WorkbenchServer,
  ) {
    this.welcome = new WelcomePage(page);
    this.newCase = new NewCaseDialog(page);
    this.openCase = new OpenCaseDialog(page);
    this.caseView = new CaseView(page);
    this.settings = new CaseSettingsDialog(page);
    this.preferences = new PreferencesMenu(page);
    this.sources = new SourcesPane(page);
    this.importDialog = new ImportDialog(page);
    this.pasteText = new PasteTextDialog(page);
    this.reader = new Reader(page);
    this.sourceInspector = new SourceInspector(page);
    this.excerptReader = new ExcerptReader(page);
  }

  /** Opens the address printed by the server (with its token) and waits for the welcome screen. */
  async start(): Promise<void> {
    await this.page.goto(this.server.url);
    await this.welcome.expectVisible();
  }

  async createCase(title: string, extra: Omit<Parameters<NewCaseDialog['fill']>[0], 'title'> = {}): Promise<void> {
    await this.welcome.newCaseButton.click();
    await this.newCase.fill({ title, ...extra });
    await this.newCase.create();
    await expect(this.newCase.dialog).toBeHidden();
    await expect(this.caseView.title).toHaveText(title);
  }

  /**
   * Saves a screenshot when WORKBENCH_E2E_SCREENSHOTS names a folder (for looking at
   * the UI during development); a no-op otherwise, so test runs write nothing.
   */
  async screenshot(name: string): Promise<void> {
    const dir = process.env.WORKBENCH_E2E_SCREENSHOTS;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    await this.page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
  }
}

/**
 * A file of the team's shared corpus (`../shared/corpus` beside the repository), or
 * null when this clone has no such folder; tests that need it skip with the reason.
 */
export function corpusFile(name: string): string | null {
  const path = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', name);
  return existsSync(path) ? path : null;
}

interface Fixtures {
  server: WorkbenchServer;
  app: WorkbenchApp;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring argument.
  server: async ({}, use, testInfo) => {
    const server = await startServer();
    try {
      await use(server);
    } finally {
      // What the server said (a crash, a stack trace) belongs to a failed test's report.
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('server output', { body: server.output(), contentType: 'text/plain' });
      }
      await server.stop();
    }
  },

  app: async ({ page, server }, use) => {
    // Uncaught exceptions and CSP refusals fail the test: both mean the UI is broken somewhere.
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) {
        problems.push(`CSP: ${msg.text()}`);
      }
    });
    await use(new WorkbenchApp(page, server));
    expect(problems, 'errors in the page').toEqual([]);
  },
});

export { expect };
