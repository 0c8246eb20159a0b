import type { Translation } from '../../../../../shared/domain/excerpt';

/**
 * A translation as one string for the auto-saving field ("language\ntext"), so a draft
 * compares by value and a change of language and of text can never race each other.
 * A language tag has no newline; the text may.
 */
export function encodeTranslation(translation: Translation | null, fallbackLanguage: string): string {
  return translation ? `${translation.language}\n${translation.text}` : `${fallbackLanguage}\n`;
}

export function decodeTranslation(value: string): { language: string; text: string } {
  const at = value.indexOf('\n');
  return at < 0 ? { language: value, text: '' } : { language: value.slice(0, at), text: value.slice(at + 1) };
}

/** What to store: a translation, or null (none) when the text is blank. */
export function toStoredTranslation(value: string): Translation | null {
  const { language, text } = decodeTranslation(value);
  return text.trim() ? { language, text } : null;
}

/**
 * The language a new translation is offered in: the other working language than the
 * quote's (a German quote gets English, and the other way round), else the UI's.
 */
export function defaultTranslationLanguage(sourceLanguage: string | undefined, uiLanguage: string): string {
  if (sourceLanguage === 'de') return 'en';
  if (sourceLanguage === 'en') return 'de';
  return uiLanguage.startsWith('de') ? 'de' : 'en';
}
