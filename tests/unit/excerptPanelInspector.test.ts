/** The excerpt inspector's pure pieces: the translation field's draft and the IN_USE refusal's uses. */
import { describe, expect, it } from 'vitest';
import {
  decodeTranslation,
  defaultTranslationLanguage,
  encodeTranslation,
  toStoredTranslation,
} from '../../renderer/src/features/excerpts/inspector/translationDraft';
import { countUses, usesFromDetails } from '../../renderer/src/features/excerpts/inspector/usedBy';
import { translationSchema } from '../../shared/domain/excerpt';

describe('translation draft', () => {
  it('round-trips language and text, newlines in the text included', () => {
    const t = { language: 'en', text: 'only one source\nso far' };
    const encoded = encodeTranslation(t, 'de');
    expect(decodeTranslation(encoded)).toEqual(t);
    expect(toStoredTranslation(encoded)).toEqual(t);
    expect(translationSchema.safeParse(toStoredTranslation(encoded)).success).toBe(true);
  });

  it('offers the fallback language when there is no translation, and stores none for blank text', () => {
    const encoded = encodeTranslation(null, 'en');
    expect(decodeTranslation(encoded)).toEqual({ language: 'en', text: '' });
    expect(toStoredTranslation(encoded)).toBeNull();
    expect(toStoredTranslation('de\n   \n ')).toBeNull();
    expect(decodeTranslation('de')).toEqual({ language: 'de', text: '' });
  });

  it('offers the other working language than the quote’s, else the UI’s', () => {
    expect(defaultTranslationLanguage('de', 'de')).toBe('en');
    expect(defaultTranslationLanguage('en', 'en')).toBe('de');
    expect(defaultTranslationLanguage('other', 'de-AT')).toBe('de');
    expect(defaultTranslationLanguage(undefined, 'en-US')).toBe('en');
  });
});

describe('IN_USE details', () => {
  it('reads the uses the core names and counts them per kind, in first-seen order', () => {
    const uses = usesFromDetails({
      usedBy: [
        { kind: 'claim', id: 'clm_1' },
        { kind: 'briefing', id: 'brf_1' },
        { kind: 'claim', id: 'clm_2' },
        { kind: 7, id: 'bad' },
        null,
      ],
    });
    expect(uses).toHaveLength(3);
    expect(countUses(uses)).toEqual([
      ['claim', 2],
      ['briefing', 1],
    ]);
  });

  it('gives no uses for details without a list', () => {
    expect(usesFromDetails(undefined)).toEqual([]);
    expect(usesFromDetails(null)).toEqual([]);
    expect(usesFromDetails({ usedBy: 'claim' })).toEqual([]);
  });
});
