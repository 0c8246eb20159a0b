import type { TFunction } from 'i18next';
import type { WorkingLanguage } from '../../../../shared/domain/scales';
import type { Reliability, SourceFormat, SourceType } from '../../../../shared/domain/source';

/** Translated names of the source vocabularies (the stored values stay the English codes). */
export const sourceTypeLabel = (t: TFunction, type: SourceType) => t(`sourceTypes.${type}`);
export const formatLabel = (t: TFunction, format: SourceFormat) => t(`formats.${format}`);
export const languageLabel = (t: TFunction, language: WorkingLanguage) => t(`workingLanguages.${language}`);

/** "B – Usually reliable", in the UI's language (TRADECRAFT.md §1); "Not rated" for null. */
export function reliabilityLabel(t: TFunction, reliability: Reliability | null): string {
  return reliability ? `${reliability} – ${t(`reliability.${reliability}`)}` : t('reliability.none');
}

/**
 * The language to put on the reader's `lang` (hyphenation, spell check, screen reader
 * voice). "other" uses what the file declared, if it looks like a language tag at all.
 */
export function readerLang(language: WorkingLanguage, declared: string | undefined): string | undefined {
  if (language !== 'other') return language;
  const tag = declared?.trim();
  return tag && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : undefined;
}

/** An import warning code from the core ("pdf.noTextLayer") in words; an unknown code is shown as it is. */
export const warningLabel = (t: TFunction, code: string) => t(`sourceWarnings.${code}`, { defaultValue: code });
