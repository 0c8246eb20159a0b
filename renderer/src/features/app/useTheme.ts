import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { Classes } from '@blueprintjs/core';
import type { Prefs } from '../../../../shared/domain/prefs';
import { useUpdatePrefs } from '../../api/mutations';
import { usePrefs } from '../../api/queries';

export type EffectiveTheme = 'light' | 'dark';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function useSystemTheme(): EffectiveTheme {
  const [dark, setDark] = useState(() => window.matchMedia(DARK_QUERY).matches);
  useEffect(() => {
    const mq = window.matchMedia(DARK_QUERY);
    const onChange = () => setDark(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  return dark ? 'dark' : 'light';
}

export function applyTheme(theme: EffectiveTheme): void {
  document.body.classList.toggle(Classes.DARK, theme === 'dark');
  document.documentElement.style.colorScheme = theme;
}

/** The theme preference, what it resolves to right now, and ways to change it (saved in prefs). */
export function useTheme() {
  const preference: Prefs['theme'] = usePrefs().data?.theme ?? 'system';
  const system = useSystemTheme();
  const effective: EffectiveTheme = preference === 'system' ? system : preference;
  const update = useUpdatePrefs();
  const { mutate } = update;
  const setPreference = useCallback((theme: Prefs['theme']) => mutate({ patch: { theme } }), [mutate]);
  const toggle = useCallback(() => setPreference(effective === 'dark' ? 'light' : 'dark'), [effective, setPreference]);
  return { preference, effective, setPreference, toggle };
}

/** Puts Blueprint's dark class on <body> (so portals and dialogs follow) before paint. */
export function useApplyTheme(theme: EffectiveTheme): void {
  useLayoutEffect(() => applyTheme(theme), [theme]);
}
