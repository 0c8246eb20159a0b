import type { Page } from '@playwright/test';
import type { WorkbenchApp } from '../fixtures';
import { createExcerpt, importText } from './pageApi';

/** The texts and excerpts the excerpt panel's specs work on: a German report, an English note. */

export const BERICHT_TITLE = 'Lagebericht Grenze';
export const P1 = 'Sechs nordkoreanische Offiziere sollen bei dem Angriff ums Leben gekommen sein.';
export const P2 = 'Das wurde bisher nur von einer einzigen Geheimdienstquelle bestätigt.';
export const P3 = 'Es gibt keine Foto- oder Videobeweise für den Vorfall an der Grenze.';
export const P4 = 'Die Behörde in Köln äußerte sich nicht zur Größe der Einheit.';
export const BERICHT = [BERICHT_TITLE, P1, P2, P3, P4].join('\n\n');

export const HAFEN_TITLE = 'Port report';
export const HAFEN = [HAFEN_TITLE, 'Three drones were seen above the container terminal on Thursday night.'].join(
  '\n\n',
);

/** A case with two sources and four excerpts of three colours and a few tags; returns their ids. */
export async function caseWithExcerpts(app: WorkbenchApp, page: Page) {
  await app.start();
  await app.createCase('Exzerpte');
  const bericht = await importText(page, 'bericht.txt', BERICHT);
  const hafen = await importText(page, 'hafen.txt', HAFEN);
  const a = await createExcerpt(page, {
    sourceId: bericht,
    quote: 'Sechs nordkoreanische Offiziere',
    tags: ['Opfer'],
  });
  const b = await createExcerpt(page, {
    sourceId: bericht,
    quote: 'einzigen Geheimdienstquelle',
    colour: 'green',
    tags: ['Quelle', 'unbestätigt'],
  });
  const c = await createExcerpt(page, { sourceId: bericht, quote: 'Größe der Einheit', colour: 'pink' });
  const d = await createExcerpt(page, {
    sourceId: hafen,
    quote: 'Three drones were seen',
    colour: 'green',
    tags: ['Quelle'],
  });
  return { bericht, hafen, a, b, c, d };
}

/** Version 2: a line on top, one word changed in P2, P3 removed. */
export const BERICHT_V2 = [BERICHT_TITLE, 'Aktualisiert am Abend.', P1, P2.replace('einzigen', 'einzelnen'), P4].join(
  '\n\n',
);

/** Selects `words` in the reader's text the way a mouse drag does: a DOM range over the rendered text. */
export async function selectInReader(page: Page, words: string): Promise<void> {
  await page
    .getByRole('region', { name: 'Source text' })
    .locator('article')
    .evaluate((article, words) => {
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(words) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`“${words}” is not in one text node of the reader`);
    }, words);
}
