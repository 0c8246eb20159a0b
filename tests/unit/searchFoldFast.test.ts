import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldWithMap } from '../../electron/core/domains/search/fold';

/**
 * `fold` (whole string, used when indexing) must give exactly what the
 * per-character `foldWithMap` gives (used for highlighting): otherwise a hit
 * found in the index could not be highlighted, or a word would not be found.
 */
describe('fold equals foldWithMap', () => {
  const tricky = fc.constantFrom(...'aeouAEOUÄÖÜäöüßẞEeÉ\u0301\u0308İıΣσς KﬁⅫ①㎏Ǆ\ud800\udc00\ud83d'.split(''));
  it.each([
    ['German-ish characters', fc.string({ unit: tricky, maxLength: 40 })],
    ['any grapheme', fc.string({ unit: 'grapheme', maxLength: 40 })],
    ['any code unit, lone surrogates too', fc.string({ unit: 'binary', maxLength: 40 })],
  ])('%s', (_name, arb) => {
    fc.assert(
      fc.property(arb, (s) => fold(s) === foldWithMap(s).folded),
      { numRuns: 20_000 },
    );
  });

  it('folds the German cases the search promises', () => {
    expect(fold('Müller Mueller Muller STRASSE Straße GRÜẞE Café')).toBe(
      'muller muller muller strasse strasse grusse cafe',
    );
    expect(fold('ΟΔΟΣ Σ')).toBe(foldWithMap('ΟΔΟΣ Σ').folded);
  });
});
