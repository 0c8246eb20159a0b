import { z } from 'zod';
import type { LikelihoodScale } from './scales';
import type { Reliability } from './source';

/**
 * The rating scales of TRADECRAFT.md, exactly: the stored value is the trade's own
 * code or English term ("3", "likely", "moderate"); numbers are derived only for
 * export and for the structured views that need them (ACH weights).
 */

/** Information credibility, NATO Admiralty system (TRADECRAFT.md §2), rated per piece of evidence. */
export const CREDIBILITY_CODES = ['1', '2', '3', '4', '5', '6'] as const;
export type Credibility = (typeof CREDIBILITY_CODES)[number];
export const credibilitySchema = z.enum(CREDIBILITY_CODES);
export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  '1': 'Confirmed by other sources',
  '2': 'Probably true',
  '3': 'Possibly true',
  '4': 'Doubtful',
  '5': 'Improbable',
  '6': 'Truth cannot be judged',
};

/**
 * ICD 203 likelihood terms (TRADECRAFT.md §3). The first row is what is stored;
 * the second row's terms are the same seven steps, which the writing checks
 * (issue 6) tell apart when a product mixes the rows.
 */
export const ICD203_TERMS = [
  'almost no chance',
  'very unlikely',
  'unlikely',
  'roughly even chance',
  'likely',
  'very likely',
  'almost certain',
] as const;
export const ICD203_ALTERNATE_TERMS = [
  'remote',
  'highly improbable',
  'improbable',
  'roughly even odds',
  'probable',
  'highly probable',
  'nearly certain',
] as const;
/** Percent ranges per step (inclusive bounds as written in ICD 203). */
export const ICD203_RANGES: readonly (readonly [number, number])[] = [
  [1, 5],
  [5, 20],
  [20, 45],
  [45, 55],
  [55, 80],
  [80, 95],
  [95, 99],
];

/** UK PHIA Probability Yardstick (TRADECRAFT.md §5); the gaps between ranges are deliberate. */
export const PHIA_TERMS = [
  'remote chance',
  'highly unlikely',
  'unlikely',
  'realistic possibility',
  'likely',
  'highly likely',
  'almost certain',
] as const;
export const PHIA_RANGES: readonly (readonly [number, number])[] = [
  [0, 5],
  [10, 20],
  [25, 35],
  [40, 50],
  [55, 75],
  [80, 90],
  [95, 100],
];

export const LIKELIHOOD_TERMS: Record<LikelihoodScale, readonly string[]> = {
  ICD203: ICD203_TERMS,
  PHIA: PHIA_TERMS,
};

/** A likelihood always names its scale: "likely" is a term of both, with different ranges. */
export const likelihoodSchema = z
  .object({ scale: z.enum(['ICD203', 'PHIA']), term: z.string() })
  .superRefine((v, ctx) => {
    if (!LIKELIHOOD_TERMS[v.scale].includes(v.term)) {
      ctx.addIssue({
        code: 'custom',
        path: ['term'],
        message: `Not a ${v.scale} term; use one of: ${LIKELIHOOD_TERMS[v.scale].join(', ')}.`,
      });
    }
  });
export type Likelihood = z.infer<typeof likelihoodSchema>;

/** Analytic confidence (TRADECRAFT.md §4), stated per judgment. */
export const CONFIDENCE_LEVELS = ['low', 'moderate', 'high'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
export const confidenceSchema = z.enum(CONFIDENCE_LEVELS);
export const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, moderate: 1, high: 2 };

/** The combined Admiralty grade, reliability letter + credibility digit ("B2"); "–" marks a missing half. */
export function grade(reliability: Reliability | null, credibility: Credibility | null): string {
  return `${reliability ?? '–'}${credibility ?? '–'}`;
}

/** Reliabilities that cannot carry High confidence alone (TRADECRAFT.md §1: significant doubt or worse). */
export const WEAK_RELIABILITIES: readonly Reliability[] = ['D', 'E', 'F'];
