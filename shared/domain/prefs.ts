import { z } from 'zod';

export const UI_LANGUAGES = ['en', 'de'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

/**
 * Per-user preferences, kept in the app-data folder by the core (not in
 * localStorage: browser mode gets a new origin, and so an empty storage, with
 * every random port).
 */
export const prefsSchema = z.object({
  language: z.enum(UI_LANGUAGES),
  theme: z.enum(THEMES),
  /** Pane widths in pixels: navigator, inspector. */
  paneSizes: z.object({ navigator: z.number().int().min(120).max(900), inspector: z.number().int().min(160).max(900) }),
  paneCollapsed: z.object({ navigator: z.boolean(), inspector: z.boolean() }),
});
export type Prefs = z.infer<typeof prefsSchema>;

export const DEFAULT_PREFS: Prefs = {
  language: 'en',
  theme: 'system',
  paneSizes: { navigator: 280, inspector: 320 },
  paneCollapsed: { navigator: false, inspector: false },
};
