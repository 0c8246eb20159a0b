/**
 * Query domains that a mutation can invalidate. A query's domain is its method's
 * prefix (`evidence.list` → evidence), so every prefix a query uses is a domain.
 */
export const DOMAINS = [
  'case',
  'recent',
  'prefs',
  'sources',
  'excerpts',
  'analysis',
  'evidence',
  'origins',
  'checks',
  'ach',
  'briefings',
  /** Resolved labels of briefing references (refs.resolve): they follow every analysis, excerpt and source change. */
  'refs',
  'search',
  'searches',
  /** Dated events of the sources (timeline.list); derived from sources, so a source change refreshes it too. */
  'timeline',
] as const;
export type DataDomain = (typeof DOMAINS)[number];

/** Everything derived from the analysis (objects, evidence grades, checks, ACH): what a rating or link change touches. */
export const ANALYSIS_DOMAINS = [
  'analysis',
  'evidence',
  'checks',
  'ach',
  'refs',
] as const satisfies readonly DataDomain[];
