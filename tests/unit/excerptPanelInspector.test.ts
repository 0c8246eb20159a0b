/** The excerpt inspector's pure pieces: the translation field's draft and the IN_USE refusal's uses. */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import de from '../../renderer/src/i18n/de.json';
import en from '../../renderer/src/i18n/en.json';
import {
  decodeTranslation,
  defaultTranslationLanguage,
  encodeTranslation,
  toStoredTranslation,
} from '../../renderer/src/features/excerpts/inspector/translationDraft';
import { countUses, describeUses, usesFromDetails } from '../../renderer/src/features/excerpts/inspector/usedBy';
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
  it('reads the uses the core names and counts distinct users per kind, in first-seen order', () => {
    const uses = usesFromDetails({
      usedBy: [
        { kind: 'evidence', id: 'clm_1' },
        { kind: 'achRating', id: 'hyp_1' },
        { kind: 'evidence', id: 'clm_2' },
        { kind: 'evidence', id: 'clm_1' },
        { kind: 7, id: 'bad' },
        null,
      ],
    });
    expect(uses).toHaveLength(4);
    expect(countUses(uses)).toEqual([
      ['evidence', 2],
      ['achRating', 1],
    ]);
  });

  it('says the uses in words, in English and German', async () => {
    const uses = [
      { kind: 'evidence', id: 'a' },
      { kind: 'evidence', id: 'b' },
      { kind: 'achRating', id: 'h' },
      { kind: 'citation', id: 'brf' },
      { kind: 'somethingNew', id: 'x' },
    ];
    const make = async (lng: string) => {
      const i18n = i18next.createInstance();
      await i18n.init({ resources: { en: { translation: en }, de: { translation: de } }, lng });
      return i18n.t;
    };
    expect(describeUses(await make('en'), uses)).toBe(
      'evidence for 2 claims or judgments, 1 ACH rating, 1 citation in a briefing, 1 × somethingNew',
    );
    expect(describeUses(await make('de'), uses.slice(0, 1))).toBe('Beleg für 1 Aussage oder Bewertung');
  });

  it('gives no uses for details without a list', () => {
    expect(usesFromDetails(undefined)).toEqual([]);
    expect(usesFromDetails(null)).toEqual([]);
    expect(usesFromDetails({ usedBy: 'claim' })).toEqual([]);
  });
});
