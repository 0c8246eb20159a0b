import { z } from 'zod';
import { defineMethod } from './define';
import { ANALYSIS_DOMAINS } from './domains';
import {
  EXCERPT_SORTS,
  MAX_EXCERPT_CHARS,
  anchorHistoryEntrySchema,
  excerptColourSchema,
  excerptIdSchema,
  excerptListFilterSchema,
  excerptPatchSchema,
  excerptSchema,
  excerptStatusSchema,
  excerptTagSchema,
  translationSchema,
} from '../domain/excerpt';
import { sourceIdSchema } from '../domain/source';
import { annotationCollectionSchema } from '../domain/webAnnotation';

const offset = z.number().int().nonnegative();
const version = z.number().int().min(1);
const excerptRef = z.object({ excerptId: excerptIdSchema });

/**
 * A selection: either offsets into the stored text (what a reader knows), or
 * the selected words (what a script or a pasted quote knows). With offsets, a
 * `quote` given too is a cross-check: if the stored text there differs (NFC and
 * white space aside), the call is refused rather than storing other words.
 */
const selection = {
  start: offset.optional(),
  end: offset.optional(),
  quote: z.string().min(1).max(MAX_EXCERPT_CHARS).optional(),
  /** Only with a quote and no offsets: words just before / after it, to pick one of several occurrences. */
  prefix: z.string().max(1000).optional(),
  suffix: z.string().max(1000).optional(),
};

function checkSelection(
  v: { start?: number | undefined; end?: number | undefined; quote?: string | undefined },
  ctx: z.RefinementCtx,
) {
  const hasRange = v.start !== undefined || v.end !== undefined;
  if (hasRange && (v.start === undefined || v.end === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'Give both start and end.', path: ['end'] });
  }
  if (!hasRange && v.quote === undefined) {
    ctx.addIssue({ code: 'custom', message: 'Give start and end, or a quote.', path: ['start'] });
  }
}

export const reanchorItemSchema = z.object({
  excerptId: excerptIdSchema,
  fromVersion: version,
  fromStatus: excerptStatusSchema,
  version,
  status: excerptStatusSchema,
  method: z.string(),
  similarity: z.number().nullable(),
});

export const reanchorReportSchema = z.object({
  sourceId: sourceIdSchema,
  version,
  anchored: z.number().int().nonnegative(),
  moved: z.number().int().nonnegative(),
  orphan: z.number().int().nonnegative(),
  /** Excerpts already on that version, left as they were. */
  unchanged: z.number().int().nonnegative(),
  items: z.array(reanchorItemSchema),
});
export type ReanchorReport = z.infer<typeof reanchorReportSchema>;

export const IMPORT_OUTCOMES = ['created', 'skippedDuplicate', 'orphan', 'noMatchingSource', 'invalid'] as const;

export const annotationImportItemSchema = z.object({
  /** Position in the imported list, from 0. */
  index: z.number().int().nonnegative(),
  annotationId: z.string().nullable(),
  /** created (anchored or moved), orphan (created, but no place found), or why nothing was created. */
  outcome: z.enum(IMPORT_OUTCOMES),
  excerptId: excerptIdSchema.optional(),
  status: excerptStatusSchema.optional(),
  message: z.string().optional(),
});

export const annotationImportReportSchema = z.object({
  counts: z.record(z.enum(IMPORT_OUTCOMES), z.number().int().nonnegative()),
  items: z.array(annotationImportItemSchema),
});
export type AnnotationImportReport = z.infer<typeof annotationImportReportSchema>;

export const excerptsMethods = {
  'excerpts.create': defineMethod({
    doc: 'Create an excerpt from a selection (offsets or quote) in a source version; the quote is cut from the stored text.',
    input: z
      .object({
        sourceId: sourceIdSchema,
        /** The version the offsets refer to; the current one by default. */
        version: version.optional(),
        ...selection,
        colour: excerptColourSchema.default('yellow'),
        tags: z.array(excerptTagSchema).max(100).default([]),
        comment: z.string().max(100_000).default(''),
        translation: translationSchema.nullable().default(null),
      })
      .superRefine(checkSelection),
    output: excerptSchema,
    invalidates: ['excerpts', 'sources'],
  }),
  'excerpts.get': defineMethod({
    doc: 'One excerpt with its quote, placement, locator, colour, tags, comment and translation.',
    input: excerptRef,
    output: excerptSchema,
    invalidates: [],
  }),
  'excerpts.list': defineMethod({
    doc: 'Excerpts of the case or of one source, filtered by tag, colour, status or words, sorted, with the total.',
    input: z.object({
      filter: excerptListFilterSchema.default({}),
      /** position: by source, then version, then place in the text (orphans last). */
      sort: z.enum(EXCERPT_SORTS).default('position'),
      direction: z.enum(['asc', 'desc']).default('asc'),
      limit: z.number().int().min(1).max(10_000).default(1000),
      offset: z.number().int().nonnegative().default(0),
    }),
    output: z.object({ items: z.array(excerptSchema), total: z.number().int().nonnegative() }),
    invalidates: [],
  }),
  'excerpts.update': defineMethod({
    doc: 'Change an excerpt’s colour, tags, comment or translation (its words and place change only by re-anchoring).',
    input: excerptRef.extend({ patch: excerptPatchSchema }),
    output: excerptSchema,
    invalidates: ['excerpts', 'refs'],
  }),
  'excerpts.delete': defineMethod({
    doc: 'Delete an excerpt (refused with IN_USE while a claim or briefing uses it, unless force removes those uses).',
    input: excerptRef.extend({
      /** Also remove the uses (evidence links, ACH ratings, briefing citations and quotations). */
      force: z.boolean().default(false),
    }),
    output: z.object({ deleted: z.boolean(), usesRemoved: z.number().int().nonnegative() }),
    invalidates: ['excerpts', 'sources', ...ANALYSIS_DOMAINS],
  }),
  'excerpts.reanchor': defineMethod({
    doc: 'Re-anchor a source’s excerpts into one of its versions (the current one by default): anchored, moved or orphan.',
    input: z.object({ sourceId: sourceIdSchema, version: version.optional() }),
    output: reanchorReportSchema,
    invalidates: ['excerpts', 'evidence', 'ach'],
  }),
  'excerpts.confirm': defineMethod({
    doc: 'Confirm a moved excerpt: the proposed words become its quote (the old quote stays in its history).',
    input: excerptRef,
    output: excerptSchema,
    invalidates: ['excerpts', 'evidence', 'ach'],
  }),
  'excerpts.reanchorManually': defineMethod({
    doc: 'Re-anchor an excerpt to a new selection in its source (current version by default); the old quote stays in its history.',
    input: excerptRef.extend({ version: version.optional(), ...selection }).superRefine(checkSelection),
    output: excerptSchema,
    invalidates: ['excerpts', 'evidence', 'ach'],
  }),
  'excerpts.keepAsOrphan': defineMethod({
    doc: 'Decline a moved excerpt’s proposal: it stays an orphan with its quote.',
    input: excerptRef,
    output: excerptSchema,
    invalidates: ['excerpts'],
  }),
  'excerpts.history': defineMethod({
    doc: 'Anchoring history of an excerpt (created, re-anchored, confirmed, …), oldest first.',
    input: excerptRef,
    output: z.array(anchorHistoryEntrySchema),
    invalidates: [],
  }),
  'excerpts.exportAnnotations': defineMethod({
    doc: 'All excerpts of the case as one W3C Web Annotation collection (JSON-LD).',
    input: z.object({}),
    output: annotationCollectionSchema,
    invalidates: [],
  }),
  'excerpts.importAnnotations': defineMethod({
    doc: 'Import W3C Web Annotations (JSON or JSON text) into sources that match by SHA-256, re-anchored honestly; one report line each.',
    input: z.object({ json: z.unknown() }),
    output: annotationImportReportSchema,
    invalidates: ['excerpts', 'sources'],
  }),
} as const;
