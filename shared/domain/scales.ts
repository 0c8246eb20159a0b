/**
 * The likelihood scales a case can use (TRADECRAFT.md §3 and §5). The stored
 * value is the English term; German labels live in the UI's translations.
 */
export const LIKELIHOOD_SCALES = ['ICD203', 'PHIA'] as const;
export type LikelihoodScale = (typeof LIKELIHOOD_SCALES)[number];

export const WORKING_LANGUAGES = ['de', 'en', 'other'] as const;
export type WorkingLanguage = (typeof WORKING_LANGUAGES)[number];
