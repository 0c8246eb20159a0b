import { useCallback, useEffect } from 'react';
import type { Prefs } from '../../../../shared/domain/prefs';
import { useUpdatePrefs } from '../../api/mutations';
import { usePrefs } from '../../api/queries';
import { setUiLanguage } from '../../i18n';

export function useLanguage() {
  const language: Prefs['language'] = usePrefs().data?.language ?? 'en';
  const { mutate } = useUpdatePrefs();
  const setLanguage = useCallback((next: Prefs['language']) => mutate({ patch: { language: next } }), [mutate]);
  return { language, setLanguage };
}

/** Keeps i18next and <html lang> on the language in the preferences. */
export function useApplyLanguage(language: Prefs['language']): void {
  useEffect(() => {
    void setUiLanguage(language);
  }, [language]);
}
