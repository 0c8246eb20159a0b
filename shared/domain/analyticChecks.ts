import { z } from 'zod';
import { analyticIdSchema } from './analysis';
import { confidenceSchema } from './tradecraft';

/**
 * The analytic checks of issue 5: tradecraft rules (TRADECRAFT.md §2–§4) a case
 * can be tested against. A check never changes anything; it names the rule, the
 * objects involved and why, and the analyst may acknowledge it with a reason.
 */
export const CHECK_TYPES = [
  /** Credibility 1 needs at least two independent origins (TRADECRAFT.md §2). */
  'credibilityOneSingleOrigin',
  /** High confidence resting on one origin, or only on D/E/F sources. */
  'highConfidenceWeakSourcing',
  /** Contradicting evidence linked after the rationale was last written (or with none). */
  'contradictionNotAddressed',
  /** A likelihood or confidence with no evidence at all. */
  'ratingWithoutEvidence',
  /** Weakened by an open intelligence gap, yet rated High confidence. */
  'openGapHighConfidence',
  /** Likelihoods on more than one scale, or on one other than the case's. */
  'mixedLikelihoodScales',
] as const;
export type CheckType = (typeof CHECK_TYPES)[number];

export const analyticCheckSchema = z.object({
  /** Stable for the same rule and the same objects, so an acknowledgement sticks. */
  key: z.string(),
  type: z.enum(CHECK_TYPES),
  severity: z.enum(['warning', 'caution']),
  /** Plain-English explanation with the specifics (counts, codes); the UI may rephrase by type and details. */
  message: z.string(),
  /** The judgment/claim the check is about (null for case-wide checks). */
  subjectId: analyticIdSchema.nullable(),
  /** Everything involved: objects, evidence links, sources. */
  involved: z.array(z.object({ kind: z.enum(['object', 'evidence', 'source']), id: z.string(), label: z.string() })),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
  acknowledged: z.object({ reason: z.string(), at: z.number().int() }).nullable(),
});
export type AnalyticCheck = z.infer<typeof analyticCheckSchema>;

export const CONFIDENCE_FACTORS = ['assumptions', 'sourcing', 'argument'] as const;
export const confidenceSuggestionSchema = z.object({
  objectId: analyticIdSchema,
  suggested: confidenceSchema,
  current: confidenceSchema.nullable(),
  factors: z.array(
    z.object({
      factor: z.enum(CONFIDENCE_FACTORS),
      level: confidenceSchema,
      /** The facts the level was read from, in words. */
      reason: z.string(),
      facts: z.record(z.string(), z.number()),
    }),
  ),
  /** How the factors combine, in words. */
  explanation: z.string(),
});
export type ConfidenceSuggestion = z.infer<typeof confidenceSuggestionSchema>;

/** Analysis of Competing Hypotheses consistency ratings (Heuer): very consistent … very inconsistent, not applicable. */
export const ACH_RATINGS = ['CC', 'C', 'N', 'I', 'II', 'NA'] as const;
export type AchRating = (typeof ACH_RATINGS)[number];
export const achRatingSchema = z.enum(ACH_RATINGS);
