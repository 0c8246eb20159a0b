import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the real renderer in Debian's Chromium against the browser-mode
 * web host (`node out/node/workbench.mjs serve`), one fresh server and temp folders per
 * test. Playwright's own browsers are never downloaded (see TOOLCHAIN.md).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Waits, not speed limits (benchmarks measure speed): on a loaded 2-core machine a reload
  // of the case view can take 4 s before the navigator is there to click.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Each test starts its own server, so two workers fit the 2-core machines.
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: '.playwright-results.json' }]],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
    colorScheme: 'light',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
