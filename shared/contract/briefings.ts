import { z } from 'zod';
import { defineMethod } from './define';
import { analyticKindSchema, reasonSchema } from '../domain/analysis';
import {
  briefingIdSchema,
  briefingMetaSchema,
  briefingSchema,
  briefingSummarySchema,
  judgmentStateSchema,
} from '../domain/briefing';
import { excerptStatusSchema, pageSpanSchema, translationSchema } from '../domain/excerpt';
import { TLP_MARKINGS } from '../domain/markings';
import { reliabilitySchema, sourceIdSchema, sourceLanguageSchema } from '../domain/source';
import { confidenceSchema, credibilitySchema, likelihoodSchema } from '../domain/tradecraft';
import { docNodeSchema } from '../editor/document';
import { BRIEFING_LANGUAGES, BRIEFING_TEMPLATES } from '../editor/templates';

const briefingRef = z.object({ id: briefingIdSchema });

export const resolvedClaimSchema = z.object({
  id: z.string(),
  exists: z.boolean(),
  kind: analyticKindSchema.nullable(),
  text: z.string(),
  likelihood: likelihoodSchema.nullable(),
  confidence: confidenceSchema.nullable(),
  tlp: z.enum(TLP_MARKINGS).nullable(),
});
export type ResolvedClaim = z.infer<typeof resolvedClaimSchema>;

export const resolvedExcerptSchema = z.object({
  id: z.string(),
  exists: z.boolean(),
  status: excerptStatusSchema.nullable(),
  quote: z.string(),
  translation: translationSchema.nullable(),
  sourceId: sourceIdSchema.nullable(),
  sourceTitle: z.string(),
  outlet: z.string(),
  publishedAt: z.number().int().nullable(),
  url: z.string(),
  sourceLanguage: sourceLanguageSchema.nullable(),
  page: pageSpanSchema.nullable(),
  /** Paragraph number (1-based) in the source text, when there is no page. */
  paragraph: z.number().int().nullable(),
  reliability: reliabilitySchema.nullable(),
  /** The most doubtful credibility any evidence link gives this excerpt (conservative), or null. */
  credibility: credibilitySchema.nullable(),
  grade: z.string(),
  tlp: z.enum(TLP_MARKINGS).nullable(),
});
export type ResolvedExcerpt = z.infer<typeof resolvedExcerptSchema>;

export const editionComparisonSchema = z.object({
  previous: z.object({ id: briefingIdSchema, title: z.string(), edition: z.number().int() }).nullable(),
  added: z.array(judgmentStateSchema),
  removed: z.array(judgmentStateSchema),
  changed: z.array(z.object({ before: judgmentStateSchema, after: judgmentStateSchema })),
  /** A "What changed" section (heading and list) in the briefing's language, ready to insert. */
  section: z.array(docNodeSchema),
});
export type EditionComparison = z.infer<typeof editionComparisonSchema>;

export const briefingsMethods = {
  'briefings.create': defineMethod({
    doc: 'Create a briefing from a template (standard, bluf, blank) or from a document given as JSON.',
    input: z.object({
      title: z.string().trim().min(1).max(500),
      template: z.enum(BRIEFING_TEMPLATES).default('standard'),
      /** The case's working language by default (German unless the case is English). */
      language: z.enum(BRIEFING_LANGUAGES).optional(),
      /** A tiptap document to start from instead of the template (checked against the schema). */
      doc: docNodeSchema.optional(),
      meta: briefingMetaSchema.omit({ title: true, language: true }).partial().optional(),
    }),
    output: briefingSchema,
    invalidates: ['briefings'],
  }),
  'briefings.list': defineMethod({
    doc: 'The case’s briefings, most recently changed first.',
    input: z.object({}),
    output: z.array(briefingSummarySchema),
    invalidates: [],
  }),
  'briefings.get': defineMethod({
    doc: 'A briefing with its document (read-only when it is newer than this app) and its marking.',
    input: briefingRef,
    output: briefingSchema,
    invalidates: [],
  }),
  'briefings.update': defineMethod({
    doc: 'Change a briefing’s title, audience, marking (null follows what it cites), handling line, date, authors or language.',
    input: briefingRef.extend({
      patch: briefingMetaSchema.partial().refine((p) => Object.keys(p).length > 0, 'Nothing to change.'),
    }),
    output: briefingSchema,
    invalidates: ['briefings'],
  }),
  'briefings.save': defineMethod({
    doc: 'Save a briefing’s document (autosave). With baseRevision, refused with EDIT_CONFLICT if it was saved elsewhere since.',
    input: briefingRef.extend({ doc: docNodeSchema, baseRevision: z.number().int().min(1).optional() }),
    output: z.object({
      revision: z.number().int(),
      updatedAt: z.number().int(),
      wordCount: z.number().int(),
      tlp: z.enum(TLP_MARKINGS),
      markingWarning: z.string().nullable(),
    }),
    // Autosave runs every few seconds while typing: the open editor keeps its own state, nothing refetches.
    invalidates: [],
  }),
  'briefings.duplicateAsEdition': defineMethod({
    doc: 'Copy a briefing as its next edition, keeping the judgments’ current ratings to compare against later.',
    input: briefingRef.extend({ title: z.string().trim().min(1).max(500).optional() }),
    output: briefingSchema,
    invalidates: ['briefings'],
  }),
  'briefings.compare': defineMethod({
    doc: 'Judgments added, removed or re-rated since the previous edition, and a “What changed” section to insert.',
    input: briefingRef,
    output: editionComparisonSchema,
    invalidates: [],
  }),
  'briefings.delete': defineMethod({
    doc: 'Delete a briefing (its later editions stay, no longer linked to it).',
    input: briefingRef,
    output: z.object({ deleted: z.boolean() }),
    invalidates: ['briefings'],
  }),
  'briefings.dismissCheck': defineMethod({
    doc: 'Dismiss a writing-check finding of a briefing with a reason (kept), or bring it back with reason null.',
    input: briefingRef.extend({ key: z.string().min(1).max(2000), reason: reasonSchema.nullable() }),
    output: briefingSchema,
    invalidates: ['briefings'],
  }),
  'refs.resolve': defineMethod({
    doc: 'Labels of briefing references: claims and judgments with their ratings, excerpts with quote, source, locator and grade.',
    input: z.object({
      claimIds: z.array(z.string().max(100)).max(10_000).default([]),
      excerptIds: z.array(z.string().max(100)).max(10_000).default([]),
    }),
    output: z.object({
      claims: z.record(z.string(), resolvedClaimSchema),
      excerpts: z.record(z.string(), resolvedExcerptSchema),
    }),
    invalidates: [],
  }),
} as const;
