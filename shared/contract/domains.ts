/** Query domains that a mutation can invalidate; the renderer keys queries by these. */
export const DOMAINS = ['case', 'recent', 'prefs', 'sources', 'excerpts'] as const;
export type DataDomain = (typeof DOMAINS)[number];
