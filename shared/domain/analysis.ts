import { z } from 'zod';
import { excerptIdSchema } from './excerpt';
import { idPattern } from './ids';
import { TLP_MARKINGS } from './markings';
import { reliabilitySchema, sourceIdSchema } from './source';
import { confidenceSchema, credibilitySchema, likelihoodSchema } from './tradecraft';

/**
 * The analyst's own objects (issue 5): what sources say (claims) and what the
 * analyst makes of it (key judgments, hypotheses), what it rests on
 * (assumptions), what is missing (intelligence gaps) and what would change it
 * (indicators). One table, one id space (`clm_…`), because a briefing references
 * any of them the same way and links run between kinds.
 */
export const ANALYTIC_KINDS = ['claim', 'judgment', 'hypothesis', 'assumption', 'gap', 'indicator'] as const;
export type AnalyticKind = (typeof ANALYTIC_KINDS)[number];
export const analyticKindSchema = z.enum(ANALYTIC_KINDS);

/** Kinds that take evidence and ratings (likelihood, confidence). */
export const RATED_KINDS: readonly AnalyticKind[] = ['claim', 'judgment', 'hypothesis'];

export const analyticIdSchema = z.string().regex(idPattern('claim'), 'Not an analytic object id');
export const evidenceIdSchema = z.string().regex(idPattern('evidence'), 'Not an evidence id');

/**
 * Links between objects, each allowed only between the kinds named here:
 * a gap weakens, an indicator would change, an assumption underlies, a claim supports.
 */
export const LINK_RELATIONS = {
  weakens: { from: ['gap'], to: RATED_KINDS },
  indicates: { from: ['indicator'], to: ['judgment', 'hypothesis'] },
  assumes: { from: RATED_KINDS, to: ['assumption'] },
  supports: { from: ['claim'], to: ['judgment', 'hypothesis'] },
} as const satisfies Record<string, { from: readonly AnalyticKind[]; to: readonly AnalyticKind[] }>;
export type LinkRelation = keyof typeof LINK_RELATIONS;
export const linkRelationSchema = z.enum(Object.keys(LINK_RELATIONS) as [LinkRelation, ...LinkRelation[]]);

export const GAP_STATUSES = ['open', 'closed'] as const;
export const gapStatusSchema = z.enum(GAP_STATUSES);

export const analyticTagSchema = z.string().trim().min(1).max(100);
export const reasonSchema = z.string().trim().min(1, 'A reason is required for every rating change.').max(10_000);

export const analyticObjectSchema = z.object({
  id: analyticIdSchema,
  kind: analyticKindSchema,
  text: z.string(),
  notes: z.string(),
  tags: z.array(z.string()),
  tlp: z.enum(TLP_MARKINGS),
  likelihood: likelihoodSchema.nullable(),
  confidence: confidenceSchema.nullable(),
  /** Why the analyst rates it so; the contradiction check asks it to be revisited after contrary evidence. */
  rationale: z.string(),
  rationaleUpdatedAt: z.number().int().nullable(),
  /** Gaps only: open until the analyst closes it. */
  gapStatus: gapStatusSchema.nullable(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type AnalyticObject = z.infer<typeof analyticObjectSchema>;

export const analyticPatchSchema = z
  .object({
    text: z.string().trim().min(1).max(20_000),
    notes: z.string().max(100_000),
    tags: z.array(analyticTagSchema).max(100),
    tlp: z.enum(TLP_MARKINGS),
    rationale: z.string().max(100_000),
    gapStatus: gapStatusSchema,
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'Nothing to change.');

export const STANCES = ['supports', 'contradicts', 'context'] as const;
export const stanceSchema = z.enum(STANCES);
export type Stance = (typeof STANCES)[number];

/** An excerpt used as evidence for a claim, judgment or hypothesis, seen with its source's rating. */
export const evidenceSchema = z.object({
  id: evidenceIdSchema,
  excerptId: excerptIdSchema,
  targetId: analyticIdSchema,
  targetKind: analyticKindSchema,
  targetText: z.string(),
  stance: stanceSchema,
  credibility: credibilitySchema.nullable(),
  note: z.string(),
  quote: z.string(),
  sourceId: sourceIdSchema,
  sourceTitle: z.string(),
  reliability: reliabilitySchema.nullable(),
  /** The source at the root of its derived-from chain: what corroboration counts. */
  originId: sourceIdSchema,
  originTitle: z.string(),
  /** Reliability letter + credibility digit ("B2"). */
  grade: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const analyticLinkSchema = z.object({
  fromId: analyticIdSchema,
  toId: analyticIdSchema,
  relation: linkRelationSchema,
  /** The object at the other end, for display. */
  other: z.object({ id: analyticIdSchema, kind: analyticKindSchema, text: z.string() }),
  createdAt: z.number().int(),
});
export type AnalyticLink = z.infer<typeof analyticLinkSchema>;

export const ratingHistoryEntrySchema = z.object({
  id: z.number().int(),
  at: z.number().int(),
  /** The object or evidence link the rating belongs to. */
  entityId: z.string(),
  field: z.enum(['likelihood', 'confidence', 'credibility']),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  reason: z.string(),
});
export type RatingHistoryEntry = z.infer<typeof ratingHistoryEntrySchema>;

/** Source → the source it repeats (an article that carries an agency statement). */
export const originSchema = z.object({
  sourceId: sourceIdSchema,
  derivedFromId: sourceIdSchema.nullable(),
  originId: sourceIdSchema,
  originTitle: z.string(),
});
