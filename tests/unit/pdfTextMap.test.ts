import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../electron/core/domains/sources/extract/pdf';
import {
  buildPageTextMap,
  isTextItem,
  pageRangeToItemPieces,
  pagesOfRange,
  pointToPageOffset,
  selectionToStoredRange,
  storedRangeToItemPieces,
  type PageTextMap,
  type PagePoint,
  type PdfTextItem,
  type VersionText,
} from '../../renderer/src/features/sources/pdf/pdfTextMap';
import { REPORT_PAGES, reportPdf } from '../fixtures/sources/pdfPages';

/**
 * The page view maps text-layer selections to stored offsets by replaying the core's
 * page-text building on the same pdf.js items. These tests run the real importer and
 * the real pdf.js on a pdf-lib document, then the replay, and check words and offsets.
 */

interface Loaded {
  version: VersionText;
  items: PdfTextItem[][];
  maps: PageTextMap[];
}

async function load(pages = REPORT_PAGES): Promise<Loaded> {
  const bytes = await reportPdf(pages);
  const extraction = await extractPdf({ name: 'bericht.pdf', bytes, mediaType: 'application/pdf' });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const pdf = await task.promise;
  const items: PdfTextItem[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    items.push(content.items.flatMap((i) => (isTextItem(i) ? [i] : [])));
  }
  await task.destroy();
  return {
    version: { text: extraction.text, pages: extraction.pages! },
    items,
    maps: items.map((pageItems) => buildPageTextMap(pageItems)),
  };
}

/** The point just before (or, with `after`, just after) `word` in the first item of a page that holds it. */
function pointAt(loaded: Loaded, page: number, word: string, after = false): PagePoint {
  const pageItems = loaded.items[page - 1]!;
  const item = pageItems.findIndex((i) => i.str.includes(word));
  if (item < 0) throw new Error(`"${word}" is not on page ${page}`);
  const at = pageItems[item]!.str.indexOf(word);
  return { page, item, offset: after ? at + word.length : at };
}

function mapped(loaded: Loaded, from: PagePoint, to: PagePoint) {
  return selectionToStoredRange(loaded.version, (p) => loaded.maps[p - 1], from, to);
}

const item = (str: string, y: number, hasEOL = false, height = 10): PdfTextItem => ({
  str,
  hasEOL,
  height,
  transform: [height, 0, 0, height, 40, y],
});

describe('pdf page text replay', () => {
  it('rebuilds every page of a German multi-page PDF exactly as the importer stored it', async () => {
    const loaded = await load();
    expect(loaded.maps).toHaveLength(3);
    loaded.version.pages.forEach((page, i) => {
      expect(loaded.maps[i]!.exact).toBe(true);
      expect(loaded.maps[i]!.text).toBe(loaded.version.text.slice(page.start, page.end));
    });
    // The hyphenated line break stays as the core keeps it: hyphen, newline, rest of the word.
    expect(loaded.maps[1]!.text).toContain('Die Sicherheits-\nlage gilt');
  });

  it('maps a selection inside one line to the stored words, with umlauts and ß', async () => {
    const loaded = await load();
    const range = mapped(loaded, pointAt(loaded, 2, 'übereinstimmenden'), pointAt(loaded, 2, 'Berichten', true));
    expect(range?.quote).toBe('übereinstimmenden Berichten');
    expect(range!.start).toBe(loaded.version.text.indexOf('übereinstimmenden Berichten'));
    expect(loaded.version.text.slice(range!.start, range!.end)).toBe(range!.quote);
    expect(pagesOfRange(loaded.version.pages, range!.start, range!.end)).toEqual([2]);

    const street = mapped(loaded, pointAt(loaded, 1, 'Straße'), pointAt(loaded, 1, 'offen.', true));
    expect(street?.quote).toBe('Straße bleibt offen.');
    const quote = mapped(loaded, pointAt(loaded, 2, 'äußerte'), pointAt(loaded, 2, 'das.“', true));
    expect(quote?.quote).toBe('äußerte sich zurückhaltend: „Wir prüfen das.“');
  });

  it('maps a selection across a hyphenated line break to the stored hyphen and newline', async () => {
    const loaded = await load();
    const range = mapped(loaded, pointAt(loaded, 2, 'Sicherheits-'), pointAt(loaded, 2, 'angespannt', true));
    expect(range?.quote).toBe('Sicherheits-\nlage gilt als angespannt');
    expect(range!.start).toBe(loaded.version.text.indexOf('Sicherheits-'));
  });

  it('maps a selection over a page break to one range with the stored page separator', async () => {
    const loaded = await load();
    const range = mapped(loaded, pointAt(loaded, 1, 'offen.'), pointAt(loaded, 3, 'Ausblick', true));
    expect(range?.quote.startsWith('offen.\n\nZweite Seite: Einschätzung')).toBe(true);
    expect(range?.quote.endsWith('„Wir prüfen das.“\n\nDritte Seite: Ausblick')).toBe(true);
    expect(pagesOfRange(loaded.version.pages, range!.start, range!.end)).toEqual([1, 2, 3]);
    // Backwards or empty selections hold nothing.
    expect(mapped(loaded, pointAt(loaded, 3, 'Ausblick'), pointAt(loaded, 1, 'offen.'))).toBeNull();
    expect(mapped(loaded, pointAt(loaded, 2, 'Küste'), pointAt(loaded, 2, 'Küste'))).toBeNull();
  });

  it('trims blanks at the ends of a selection (a drag from the margin or through a line end)', async () => {
    const loaded = await load();
    const lineEnd = pointAt(loaded, 2, 'Übungen', true);
    const range = mapped(loaded, { ...lineEnd, offset: lineEnd.offset }, pointAt(loaded, 2, 'Nähe', true));
    expect(range?.quote).toBe('in der Nähe');
  });

  it('gives highlight pieces per text item for a stored range, also across items and pages', async () => {
    const loaded = await load();
    const start = loaded.version.text.indexOf('Sicherheits-');
    const end = start + 'Sicherheits-\nlage'.length;
    const pieces = storedRangeToItemPieces(loaded.version, 2, loaded.maps[1]!, start, end);
    const pageItems = loaded.items[1]!;
    expect(pieces.map((p) => pageItems[p.item]!.str.slice(p.from, p.to))).toEqual(['Sicherheits-', 'lage']);
    // A range over pages: each page draws its own part only.
    const across = [loaded.version.text.indexOf('offen.'), loaded.version.text.indexOf('Einschätzung') + 12] as const;
    const onOne = storedRangeToItemPieces(loaded.version, 1, loaded.maps[0]!, ...across);
    const onTwo = storedRangeToItemPieces(loaded.version, 2, loaded.maps[1]!, ...across);
    expect(onOne.map((p) => loaded.items[0]![p.item]!.str.slice(p.from, p.to))).toEqual(['offen.']);
    expect(onTwo.map((p) => pageItems[p.item]!.str.slice(p.from, p.to))).toEqual(['Zweite Seite: Einschätzung']);
    expect(storedRangeToItemPieces(loaded.version, 3, loaded.maps[2]!, ...across)).toEqual([]);
  });
});

describe('pdf page text replay on constructed items', () => {
  it('composes a decomposed umlaut across two items to the stored NFC letter', () => {
    const items = [item('Herr Mu', 700), item('\u0308ller sagte', 700)];
    const map = buildPageTextMap(items);
    expect(map.text).toBe('Herr Müller sagte');
    expect(map.exact).toBe(true);
    const version: VersionText = { text: map.text, pages: [{ page: 1, label: '1', start: 0, end: map.text.length }] };
    const range = selectionToStoredRange(
      version,
      () => map,
      { page: 1, item: 0, offset: 5 },
      { page: 1, item: 1, offset: 5 },
    );
    expect(range).toEqual({ start: 5, end: 11, quote: 'Müller' });
    // The composed letter is drawn by both items' pieces.
    expect(pageRangeToItemPieces(map, 6, 7)).toEqual([
      { item: 0, from: 6, to: 7 },
      { item: 1, from: 0, to: 1 },
    ]);
  });

  it('replays line ends, paragraph gaps, trailing blanks and the page trim as the core does', () => {
    const items = [
      item('  ', 760),
      item('Kopfzeile  ', 750, true),
      item('Erste Zeile ', 736),
      item('geht weiter', 736, true),
      // 14 below: the same paragraph; 40 below: more than 1.8 lines, a blank line.
      item('Zweite Zeile', 722, true),
      item('', 722, true, 0),
      item('', 722, true, 0),
      item('Neuer Absatz', 682, true),
    ];
    const map = buildPageTextMap(items);
    expect(map.text).toBe('Kopfzeile\nErste Zeile geht weiter\nZweite Zeile\n\nNeuer Absatz');
    expect(pointToPageOffset(map, 1, 0)).toBe(0);
    expect(pointToPageOffset(map, 3, 0)).toBe(map.text.indexOf('geht'));
    expect(pointToPageOffset(map, 7, 5)).toBe(map.text.indexOf(' Absatz'));
    // A point in the dropped trailing blanks lands on the newline after them.
    expect(pointToPageOffset(map, 1, 10)).toBe('Kopfzeile'.length);
  });

  it('falls back to the words when the stored page differs, and refuses when they are ambiguous', () => {
    const items = [item('Die Lage ist ruhig.', 700, true), item('Die Lage ist ruhig. Ende.', 686, true)];
    const map = buildPageTextMap(items);
    // Stored by an older importer: a different first line.
    const stored = 'Vorwort.\nDie Lage ist ruhig. Ende.';
    const version: VersionText = {
      text: `Deckblatt\n\n${stored}`,
      pages: [
        { page: 1, label: 'i', start: 0, end: 9 },
        { page: 2, label: '1', start: 11, end: 11 + stored.length },
      ],
    };
    const mapOf = (p: number) => (p === 2 ? map : undefined);
    const unique = selectionToStoredRange(
      version,
      mapOf,
      { page: 2, item: 1, offset: 13 },
      { page: 2, item: 1, offset: 25 },
    );
    expect(unique?.quote).toBe('ruhig. Ende.');
    expect(unique!.start).toBe(version.text.indexOf('ruhig. Ende.'));
    // "Die Lage" occurs once in the stored page, twice in the replay: still once where it is searched.
    const once = selectionToStoredRange(
      version,
      mapOf,
      { page: 2, item: 1, offset: 0 },
      { page: 2, item: 1, offset: 8 },
    );
    expect(once?.start).toBe(version.text.indexOf('Die Lage'));
    // Words absent from the stored page, or there twice, give no range at all.
    const missing = selectionToStoredRange(
      version,
      mapOf,
      { page: 2, item: 0, offset: 0 },
      { page: 2, item: 1, offset: 25 },
    );
    expect(missing).toBeNull();
    const twice: VersionText = {
      text: 'Die Lage ist ruhig.\nDie Lage ist ruhig.',
      pages: [{ page: 1, label: '1', start: 0, end: 39 }],
    };
    const ambiguous = selectionToStoredRange(
      twice,
      () => buildPageTextMap([item('Die Lage ist ruhig.', 700, true), item('Die Lage war ruhig.', 686, true)]),
      { page: 1, item: 0, offset: 0 },
      { page: 1, item: 0, offset: 8 },
    );
    expect(ambiguous).toBeNull();
    // Highlights follow the same rule.
    expect(storedRangeToItemPieces(twice, 1, buildPageTextMap([item('x', 700)]), 0, 8)).toEqual([]);
  });
});
