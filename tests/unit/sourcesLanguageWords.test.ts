import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachWord } from '../../electron/core/domains/sources/language';

const words = (text: string) => {
  const out: string[] = [];
  forEachWord(text, (w) => out.push(w));
  return out;
};

/** The scanner must find exactly the words the Unicode split finds, or language detection would change. */
describe('forEachWord', () => {
  const tricky = fc.constantFrom(
    ...'aZß äÖ-1 \u0301\u0308.,\ud835\udc00\ud800\udc00\ud83d\ude00\ud83d\udc00x'.split(''),
  );
  it.each([
    ['letters, marks, surrogates', fc.string({ unit: tricky, maxLength: 40 })],
    ['any grapheme', fc.string({ unit: 'grapheme', maxLength: 40 })],
    ['any code unit', fc.string({ unit: 'binary', maxLength: 40 })],
  ])('equals split(/[^\\p{L}]+/u) on %s', (_name, arb) => {
    fc.assert(
      fc.property(arb, (s) => {
        expect(words(s)).toEqual(s.split(/[^\p{L}]+/u).filter(Boolean));
      }),
      { numRuns: 20_000 },
    );
  });

  it('splits German text into words', () => {
    expect(words('Die Behörde – „nicht bestätigt“: daß 2024 Straße')).toEqual([
      'Die',
      'Behörde',
      'nicht',
      'bestätigt',
      'daß',
      'Straße',
    ]);
  });
});
