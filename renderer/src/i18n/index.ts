import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UI_LANGUAGES } from '../../../shared/domain/prefs';
import de from './de.json';
import en from './en.json';

export type UiLanguage = (typeof UI_LANGUAGES)[number];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** Before preferences load (or without a token) the browser's language is the best guess. */
export function guessLanguage(): UiLanguage {
  return (navigator.languages ?? [navigator.language]).some((l) => l.toLowerCase().startsWith('de')) ? 'de' : 'en';
}

export async function initI18n(language: UiLanguage): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, de: { translation: de } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'de'],
    // React escapes text itself; we never render translations as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function setUiLanguage(language: UiLanguage): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
