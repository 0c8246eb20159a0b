import { z } from 'zod';
import { defineMethod } from './define';
import { ANALYSIS_DOMAINS } from './domains';
import {
  analyticIdSchema,
  analyticKindSchema,
  analyticLinkSchema,
  analyticObjectSchema,
  analyticPatchSchema,
  analyticTagSchema,
  evidenceIdSchema,
  evidenceSchema,
  linkRelationSchema,
  originSchema,
  ratingHistoryEntrySchema,
  reasonSchema,
  stanceSchema,
} from '../domain/analysis';
import {
  ACH_RATINGS,
  achRatingSchema,
  analyticCheckSchema,
  confidenceSuggestionSchema,
} from '../domain/analyticChecks';
import { excerptIdSchema } from '../domain/excerpt';
import { TLP_MARKINGS } from '../domain/markings';
import { sourceIdSchema } from '../domain/source';
import { confidenceSchema, credibilitySchema, likelihoodSchema } from '../domain/tradecraft';

const objectRef = z.object({ id: analyticIdSchema });
const evidenceRef = z.object({ evidenceId: evidenceIdSchema });

export const analyticDetailSchema = analyticObjectSchema.extend({
  evidence: z.array(evidenceSchema),
  /** Links where this object is the `from` end (a gap's "weakens …") and where it is the `to` end. */
  linksOut: z.array(analyticLinkSchema),
  linksIn: z.array(analyticLinkSchema),
  /** Independent origins among the supporting evidence. */
  supportingOrigins: z.number().int().nonnegative(),
});
export type AnalyticDetail = z.infer<typeof analyticDetailSchema>;

export const achMatrixSchema = z.object({
  hypotheses: z.array(z.object({ id: analyticIdSchema, text: z.string() })),
  rows: z.array(
    z.object({
      excerptId: excerptIdSchema,
      quote: z.string(),
      sourceId: sourceIdSchema,
      originId: sourceIdSchema,
      originTitle: z.string(),
      grade: z.string(),
      /** Weight from the best credibility this excerpt carries in the case (see ach.ts). */
      weight: z.number(),
      /** One rating per hypothesis, in the order of `hypotheses`; null = not rated yet. */
      cells: z.array(achRatingSchema.nullable()),
      /** Spread of the ratings across hypotheses (0 = the evidence does not discriminate). */
      diagnosticity: z.number(),
      diagnostic: z.boolean(),
    }),
  ),
  /** Heuer's weighted inconsistency score per hypothesis (lower = less evidence against it). */
  scores: z.array(z.object({ hypothesisId: analyticIdSchema, inconsistency: z.number(), rank: z.number().int() })),
  /** For each origin: the scores and ranking without its evidence, and whether the ranking changes. */
  sensitivity: z.array(
    z.object({
      originId: sourceIdSchema,
      originTitle: z.string(),
      rowsDropped: z.number().int(),
      scores: z.array(z.object({ hypothesisId: analyticIdSchema, inconsistency: z.number(), rank: z.number().int() })),
      rankingChanges: z.boolean(),
    }),
  ),
  ratings: z.array(z.enum(ACH_RATINGS)),
});
export type AchMatrix = z.infer<typeof achMatrixSchema>;

export const analysisMethods = {
  'analysis.create': defineMethod({
    doc: 'Create a claim, key judgment, hypothesis, assumption, intelligence gap or indicator.',
    input: z.object({
      kind: analyticKindSchema,
      text: z.string().trim().min(1).max(20_000),
      notes: z.string().max(100_000).default(''),
      tags: z.array(analyticTagSchema).max(100).default([]),
      /** The case's marking by default. */
      tlp: z.enum(TLP_MARKINGS).optional(),
    }),
    output: analyticObjectSchema,
    invalidates: ANALYSIS_DOMAINS,
  }),
  'analysis.get': defineMethod({
    doc: 'One analytic object with its evidence (and their grades) and its links from both ends.',
    input: objectRef,
    output: analyticDetailSchema,
    invalidates: [],
  }),
  'analysis.list': defineMethod({
    doc: 'Analytic objects of the case, optionally of some kinds, with a tag or words, oldest first.',
    input: z.object({
      kinds: z.array(analyticKindSchema).optional(),
      tag: z.string().optional(),
      words: z.string().max(1000).optional(),
    }),
    output: z.object({
      items: z.array(analyticObjectSchema.extend({ evidenceCount: z.number().int().nonnegative() })),
      total: z.number().int().nonnegative(),
    }),
    invalidates: [],
  }),
  'analysis.update': defineMethod({
    doc: 'Change an object’s text, notes, tags, marking, rationale or (gaps) open/closed; ratings change only by analysis.rate.',
    input: objectRef.extend({ patch: analyticPatchSchema }),
    output: analyticObjectSchema,
    invalidates: ANALYSIS_DOMAINS,
  }),
  'analysis.delete': defineMethod({
    doc: 'Delete an analytic object with its links and evidence links (refused with IN_USE while a briefing references it, unless force).',
    input: objectRef.extend({
      /** Also delete while briefings reference it: their references then show it as deleted. */
      force: z.boolean().default(false),
    }),
    output: z.object({ deleted: z.boolean(), evidenceRemoved: z.number().int().nonnegative() }),
    invalidates: [...ANALYSIS_DOMAINS, 'excerpts'],
  }),
  'analysis.rate': defineMethod({
    doc: 'Set or clear the likelihood (on a named scale) and/or analytic confidence; a reason is required and kept in the history.',
    input: objectRef
      .extend({
        likelihood: likelihoodSchema.nullable().optional(),
        confidence: confidenceSchema.nullable().optional(),
        reason: reasonSchema,
      })
      .refine((v) => v.likelihood !== undefined || v.confidence !== undefined, 'Give a likelihood or a confidence.'),
    output: analyticObjectSchema,
    invalidates: ANALYSIS_DOMAINS,
  }),
  'analysis.history': defineMethod({
    doc: 'Rating history of an object and its evidence links (old, new, reason, time), newest first.',
    input: objectRef,
    output: z.array(ratingHistoryEntrySchema),
    invalidates: [],
  }),
  'analysis.link': defineMethod({
    doc: 'Link two objects: a gap weakens, an indicator indicates, an object assumes an assumption, a claim supports.',
    input: z.object({ fromId: analyticIdSchema, toId: analyticIdSchema, relation: linkRelationSchema }),
    output: z.object({ linked: z.boolean() }),
    invalidates: ANALYSIS_DOMAINS,
  }),
  'analysis.unlink': defineMethod({
    doc: 'Remove a link between two objects.',
    input: z.object({ fromId: analyticIdSchema, toId: analyticIdSchema, relation: linkRelationSchema }),
    output: z.object({ unlinked: z.boolean() }),
    invalidates: ANALYSIS_DOMAINS,
  }),
  'analysis.suggestConfidence': defineMethod({
    doc: 'A suggested confidence from the three ICD 203 factors (assumptions, sourcing, argument), showing how it got there.',
    input: objectRef,
    output: confidenceSuggestionSchema,
    invalidates: [],
  }),
  'evidence.add': defineMethod({
    doc: 'Use an excerpt as evidence for a claim, judgment or hypothesis, with a stance and optional credibility 1–6 (a reason is required with a credibility).',
    input: z
      .object({
        excerptId: excerptIdSchema,
        targetId: analyticIdSchema,
        stance: stanceSchema.default('supports'),
        credibility: credibilitySchema.nullable().default(null),
        note: z.string().max(100_000).default(''),
        reason: z.string().trim().max(10_000).default(''),
      })
      .refine((v) => v.credibility === null || v.reason.length > 0, {
        message: 'A reason is required for every rating change.',
        path: ['reason'],
      }),
    output: evidenceSchema,
    invalidates: [...ANALYSIS_DOMAINS, 'excerpts'],
  }),
  'evidence.list': defineMethod({
    doc: 'Evidence links of one excerpt (what it is used for) or of one object (what rests on it).',
    input: z
      .object({ excerptId: excerptIdSchema.optional(), targetId: analyticIdSchema.optional() })
      .refine((v) => v.excerptId !== undefined || v.targetId !== undefined, 'Give an excerptId or a targetId.'),
    output: z.array(evidenceSchema),
    invalidates: [],
  }),
  'evidence.update': defineMethod({
    doc: 'Change an evidence link’s stance or note (credibility changes only by evidence.rate).',
    input: evidenceRef.extend({ stance: stanceSchema.optional(), note: z.string().max(100_000).optional() }),
    output: evidenceSchema,
    invalidates: ANALYSIS_DOMAINS,
  }),
  'evidence.rate': defineMethod({
    doc: 'Set or clear an evidence link’s information credibility 1–6 with a required reason (kept in the history).',
    input: evidenceRef.extend({ credibility: credibilitySchema.nullable(), reason: reasonSchema }),
    output: evidenceSchema,
    invalidates: ANALYSIS_DOMAINS,
  }),
  'evidence.remove': defineMethod({
    doc: 'Remove an evidence link (the excerpt and the object stay).',
    input: evidenceRef,
    output: z.object({ removed: z.boolean() }),
    invalidates: [...ANALYSIS_DOMAINS, 'excerpts'],
  }),
  'origins.set': defineMethod({
    doc: 'Mark a source as derived from another (it repeats it), or independent (null); corroboration counts independent origins.',
    input: z.object({ sourceId: sourceIdSchema, derivedFromId: sourceIdSchema.nullable() }),
    output: originSchema,
    invalidates: [...ANALYSIS_DOMAINS, 'origins', 'sources'],
  }),
  'origins.list': defineMethod({
    doc: 'Every source with what it derives from and its independent origin.',
    input: z.object({}),
    output: z.array(originSchema),
    invalidates: [],
  }),
  'checks.list': defineMethod({
    doc: 'The analytic checks for the case (or one object), each with its reason, the objects involved and any acknowledgement.',
    input: z.object({ subjectId: analyticIdSchema.optional() }),
    output: z.array(analyticCheckSchema),
    invalidates: [],
  }),
  'checks.acknowledge': defineMethod({
    doc: 'Acknowledge a check with a reason (kept; the check stays listed as acknowledged).',
    input: z.object({ key: z.string().min(1).max(2000), reason: reasonSchema }),
    output: analyticCheckSchema,
    invalidates: ANALYSIS_DOMAINS,
  }),
  'ach.matrix': defineMethod({
    doc: 'The ACH matrix: hypotheses × evidence with consistency ratings, weighted inconsistency scores, diagnosticity and per-origin sensitivity.',
    input: z.object({ hypothesisIds: z.array(analyticIdSchema).optional() }),
    output: achMatrixSchema,
    invalidates: [],
  }),
  'ach.rate': defineMethod({
    doc: 'Set (or clear with null) one ACH consistency rating of an excerpt against a hypothesis.',
    input: z.object({ hypothesisId: analyticIdSchema, excerptId: excerptIdSchema, rating: achRatingSchema.nullable() }),
    output: z.object({ rating: achRatingSchema.nullable() }),
    invalidates: ANALYSIS_DOMAINS,
  }),
} as const;
