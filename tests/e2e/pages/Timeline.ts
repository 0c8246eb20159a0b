import type { Locator, Page } from '@playwright/test';

/** Names in the UI's two languages, so one page object serves an English and a German run. */
const NAMES = {
  en: { timeline: 'Timeline', navigator: 'Navigator', workspace: 'Workspace', filters: 'Timeline filters' },
  de: { timeline: 'Zeitleiste', navigator: 'Navigator', workspace: 'Arbeitsbereich', filters: 'Filter der Zeitleiste' },
} as const;

/** The timeline view in the workspace and its entry in the navigator. */
export class Timeline {
  readonly navButton: Locator;
  readonly workspace: Locator;
  readonly heading: Locator;
  readonly filters: Locator;
  readonly status: Locator;
  readonly openButtons: Locator;

  constructor(
    readonly page: Page,
    language: keyof typeof NAMES = 'en',
  ) {
    const n = NAMES[language];
    this.navButton = page
      .getByRole('region', { name: n.navigator, exact: true })
      .getByRole('button', { name: n.timeline, exact: true });
    this.workspace = page.getByRole('main', { name: n.workspace });
    this.heading = this.workspace.getByRole('heading', { name: n.timeline, level: 2 });
    this.filters = this.workspace.getByRole('group', { name: n.filters });
    this.status = this.workspace.getByRole('status').first();
    this.openButtons = this.workspace.locator('.wb-timeline-event__open');
  }

  /** An event's open button, by (part of) its accessible name: "late July 2024: “Ende Juli” in …". */
  event(name: string | RegExp): Locator {
    return this.workspace.getByRole('button', { name });
  }

  /** The list item of an event (its open button plus the keep actions and notes). */
  row(name: string | RegExp): Locator {
    return this.workspace.getByRole('listitem').filter({ has: this.page.getByRole('button', { name }) });
  }
}

/**
 * Records the words the reader flashes from now on (the flash lasts under two seconds, which a
 * loaded machine can miss between two polls); `flashed()` gives the texts seen so far.
 */
export async function recordFlashes(page: Page): Promise<{ flashed: () => Promise<string[]> }> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __wbTimelineFlashed: string[] }).__wbTimelineFlashed = seen;
    new MutationObserver(() => {
      const words = [...document.querySelectorAll('.wb-flash')].map((el) => el.textContent ?? '').join('');
      if (words && seen[seen.length - 1] !== words) seen.push(words);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  });
  return {
    flashed: () =>
      page.evaluate(() => [...(window as unknown as { __wbTimelineFlashed: string[] }).__wbTimelineFlashed]),
  };
}
