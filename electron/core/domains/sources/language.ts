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

export function detectLanguage(text: string, declared?: string): WorkingLanguage {
  let de = 0;
  let en = 0;
  let words = 0;
  // The first 6,000 characters (about 900 words) are plenty, and keep bulk and 5 MB imports fast.
  for (const word of text
    .slice(0, 6000)
    .toLowerCase()
    .split(/[^\p{L}]+/u)) {
    if (!word) continue;
    words++;
    if (GERMAN.has(word)) de++;
    else if (ENGLISH.has(word)) en++;
  }
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
