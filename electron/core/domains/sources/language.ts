import type { WorkingLanguage } from '../../../../shared/domain/scales';

/**
 * Language of a source by counting frequent function words. Good enough to
 * pre-fill a field the analyst can correct; words shared by both languages
 * ("in", "an", "was", "also", "so") are left out so they cannot tip the scale.
 */
const GERMAN = new Set(
  (
    'der die das und ist nicht ein eine einer eines einem einen zu den von mit sich des auf für im dem auch ' +
    'es als nach wie aus bei oder wird werden wurde wurden hat haben sind war noch nur um über zum zur vor ' +
    'durch sie er wir ich ihr sein seine ihre aber wenn dass daß doch schon sehr kann können muss soll ' +
    'gegen unter zwischen seit bis ohne diese dieser dieses jetzt hier mehr wieder wo weil'
  ).split(' '),
);
const ENGLISH = new Set(
  (
    'the and of to is that for it with as on be by at this are from have has not or which but they ' +
    'their were been will would there what about more can could should who into than its our these those ' +
    'after over also said he she we you his her them had do does did while where when'
  ).split(' '),
);

/** Enough words to judge; shorter texts are 'other' unless a declared language decides. */
const MIN_HITS = 3;

const LETTER = /^\p{L}/u;

/** The longest function word either list holds: a longer word only counts towards the total. */
const LONGEST = Math.max(...[...GERMAN, ...ENGLISH].map((w) => w.length));

/** \p{L} for a code unit below U+0100 (ASCII and Latin-1, nearly all of German and English text). */
function latinLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba;
}

/**
 * Calls `visit(start, end)` for every maximal run of letters (\p{L}), the words
 * of `text.split(/[^\p{L}]+/u)` without the empty ones. A scan with a fast path
 * for ASCII and Latin-1: the Unicode split, then a regular expression per
 * umlaut, was most of the time a bulk import spent here.
 */
export function forEachWordSpan(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let width = 1;
    let letter: boolean;
    if (c < 0x100) letter = latinLetter(c);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const pair = text.slice(i, i + 2);
      letter = LETTER.test(pair);
      if (pair.length === 2 && pair.charCodeAt(1) >= 0xdc00 && pair.charCodeAt(1) <= 0xdfff) width = 2;
    } else letter = LETTER.test(text[i]!);
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(start, i);
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) visit(start, n);
}

/** Calls `visit` for every word as `forEachWordSpan` finds them. */
export function forEachWord(text: string, visit: (word: string) => void): void {
  forEachWordSpan(text, (start, end) => visit(text.slice(start, end)));
}

export function detectLanguage(text: string, declared?: string): WorkingLanguage {
  let de = 0;
  let en = 0;
  let words = 0;
  // The first 6,000 characters (about 900 words) are plenty, and keep bulk and 5 MB imports fast.
  const sample = text.slice(0, 6000).toLowerCase();
  forEachWordSpan(sample, (start, end) => {
    words++;
    if (end - start > LONGEST) return;
    const word = sample.slice(start, end);
    if (GERMAN.has(word)) de++;
    else if (ENGLISH.has(word)) en++;
  });
  const declaredLanguage = declared?.toLowerCase().split(/[-_]/)[0];
  if (de + en < MIN_HITS || (de + en) / Math.max(words, 1) < 0.08) {
    if (declaredLanguage === 'de' || declaredLanguage === 'en') return declaredLanguage;
    return 'other';
  }
  if (de > en * 1.5) return 'de';
  if (en > de * 1.5) return 'en';
  if (declaredLanguage === 'de' || declaredLanguage === 'en') return declaredLanguage;
  return de >= en ? 'de' : 'en';
}
