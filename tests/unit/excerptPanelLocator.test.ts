/** Locators as analysts cite them (page label or paragraph), in English and German, from the real UI texts. */
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import de from '../../renderer/src/i18n/de.json';
import en from '../../renderer/src/i18n/en.json';
import { locatorOf, longLocator, shortLocator } from '../../renderer/src/features/excerpts/panel/locator';
import type { Excerpt } from '../../shared/domain/excerpt';

let tEn: TFunction;
let tDe: TFunction;

beforeAll(async () => {
  const make = async (lng: string) => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { en: { translation: en }, de: { translation: de } },
      lng,
      interpolation: { escapeValue: false },
    });
    return i18n.t;
  };
  tEn = await make('en');
  tDe = await make('de');
});

type Place = Pick<Excerpt, 'page' | 'blockIndex' | 'status'>;
const page = (first: [number, string], last: [number, string] = first): Place['page'] => ({
  first: { page: first[0], label: first[1] },
  last: { page: last[0], label: last[1] },
});

describe('excerpt locators', () => {
  it('cites a PDF by its printed page label: “p. 3” / “S. 3”', () => {
    const loc = locatorOf({ page: page([3, '3']), blockIndex: 7, status: 'anchored' });
    expect(loc).toEqual({ kind: 'page', first: '3', last: '3', firstPage: 3 });
    expect(shortLocator(tEn, loc)).toBe('p. 3');
    expect(shortLocator(tDe, loc)).toBe('S. 3');
    expect(longLocator(tEn, loc)).toBe('page 3');
    expect(longLocator(tDe, loc)).toBe('Seite 3');
  });

  it('uses the label, not the PDF page number, and spans pages', () => {
    expect(shortLocator(tEn, locatorOf({ page: page([5, 'iv']), blockIndex: null, status: 'moved' }))).toBe('p. iv');
    const span = locatorOf({ page: page([3, '3'], [4, '4']), blockIndex: 1, status: 'anchored' });
    expect(shortLocator(tEn, span)).toBe('pp. 3–4');
    expect(shortLocator(tDe, span)).toBe('S. 3–4');
    expect(longLocator(tDe, span)).toBe('Seiten 3–4');
  });

  it('cites other texts by paragraph, counting blocks from 1', () => {
    const loc = locatorOf({ page: null, blockIndex: 0, status: 'anchored' });
    expect(shortLocator(tEn, loc)).toBe('¶ 1');
    expect(shortLocator(tDe, locatorOf({ page: null, blockIndex: 4, status: 'anchored' }))).toBe('¶ 5');
    expect(longLocator(tEn, loc)).toBe('paragraph 1');
    expect(longLocator(tDe, loc)).toBe('Absatz 1');
  });

  it('gives an orphan, or a text without blocks, no locator', () => {
    expect(locatorOf({ page: page([2, '2']), blockIndex: 3, status: 'orphan' })).toBeNull();
    const none = locatorOf({ page: null, blockIndex: null, status: 'anchored' });
    expect(none).toBeNull();
    expect(shortLocator(tEn, none)).toBe('');
    expect(longLocator(tDe, none)).toBe('');
  });
});
