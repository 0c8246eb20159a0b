import { z } from 'zod';
import { defineMethod } from './define';
import { ANALYSIS_DOMAINS } from './domains';
import { ERROR_CODES } from './errors';
import { caseInfoSchema, casePathSchema, workingLanguageSchema } from '../domain/case';
import { EXCERPT_COLOURS, excerptIdSchema } from '../domain/excerpt';
import {
  IMPORT_STATUSES,
  MAX_IMPORT_FILES,
  auditEntrySchema,
  importFileSchema,
  reliabilitySchema,
  sourceDetailSchema,
  sourceFormatSchema,
  sourceIdSchema,
  sourceListFilterSchema,
  sourceMetadataPatchSchema,
  sourceSummarySchema,
  sourceVersionContentSchema,
  sourceVersionInfoSchema,
  sourceVersionMetaSchema,
  tagCountSchema,
  textBlockSchema,
  textPageSchema,
  SOURCE_SORTS,
} from '../domain/source';

/** One answer per imported file, in the order the files were given. */
export const importResultSchema = z.object({
  name: z.string(),
  status: z.enum(IMPORT_STATUSES),
  /** The new source, the one that got a new version, or (duplicate) the one already holding these bytes. */
  sourceId: sourceIdSchema.optional(),
  version: z.number().int().min(1).optional(),
  title: z.string().optional(),
  format: sourceFormatSchema.optional(),
  warnings: z.array(z.string()).optional(),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }).optional(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

const sourceRef = z.object({ sourceId: sourceIdSchema });

/** The most characters one sources.read part may ask for (a 5 MB text is about 5 million). */
export const MAX_PART_CHARS = 10_000_000;

/**
 * A stretch [start, end) of a version's text (sources.read): the text of it, the blocks
 * that start in it and the version's pages, every offset into the whole text; `end` is
 * where the next part starts, and `complete` says it reaches the end of the text.
 */
export const sourceVersionPartSchema = sourceVersionMetaSchema.extend({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  complete: z.boolean(),
  text: z.string(),
  blocks: z.array(textBlockSchema),
  pages: z.array(textPageSchema).nullable(),
});
export type SourceVersionPart = z.infer<typeof sourceVersionPartSchema>;

/**
 * An excerpt placed in a part (anchored, or moved at its proposed range), as the reader
 * paints it: enough for the first screen's highlights before the excerpt list arrives.
 */
export const partHighlightSchema = z.object({
  id: excerptIdSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  colour: z.enum(EXCERPT_COLOURS),
  status: z.enum(['anchored', 'moved']),
});
export type PartHighlight = z.infer<typeof partHighlightSchema>;

export const sourcesMethods = {
  'sources.import': defineMethod({
    doc: 'Import files (base64) into the open case: one result per file; each file is all-or-nothing.',
    input: z.object({
      files: z.array(importFileSchema).min(1).max(MAX_IMPORT_FILES),
      /** Every file becomes the next version of this source. */
      asNewVersionOf: sourceIdSchema.optional(),
    }),
    output: z.array(importResultSchema),
    // A new version re-anchors the source's excerpts.
    invalidates: ['sources', 'excerpts'],
  }),
  'sources.list': defineMethod({
    doc: 'Sources of the open case, sorted and filtered, with the total before paging.',
    input: z.object({
      sort: z.enum(SOURCE_SORTS).default('importedAt'),
      direction: z.enum(['asc', 'desc']).default('desc'),
      filter: sourceListFilterSchema.default({}),
      limit: z.number().int().min(1).max(10_000).default(1000),
      offset: z.number().int().nonnegative().default(0),
    }),
    output: z.object({ items: z.array(sourceSummarySchema), total: z.number().int().nonnegative() }),
    invalidates: [],
  }),
  'sources.get': defineMethod({
    doc: 'A source’s metadata with one version’s text, blocks, pages and extracted metadata (current by default).',
    input: sourceRef.extend({ version: z.number().int().min(1).optional() }),
    output: z.object({ source: sourceDetailSchema, version: sourceVersionContentSchema }),
    invalidates: [],
  }),
  'sources.read': defineMethod({
    doc: 'Part of one version’s text, whole blocks from character `from` up to about `maxChars` (at least one block), with its blocks, pages, metadata and the excerpts placed in it: a long text first screen first (the reader), or in pages.',
    input: sourceRef.extend({
      version: z.number().int().min(1).optional(),
      /** Where the part starts: 0, or the `end` of the part before. */
      from: z.number().int().nonnegative().default(0),
      maxChars: z.number().int().min(1).max(MAX_PART_CHARS).default(100_000),
    }),
    output: z.object({
      source: sourceDetailSchema,
      version: sourceVersionPartSchema,
      /** This version's excerpts that overlap the part, by start (the longer first where two start together). */
      highlights: z.array(partHighlightSchema),
    }),
    invalidates: [],
  }),
  'sources.info': defineMethod({
    doc: 'A source’s metadata with one version’s file facts and extracted metadata, without its text (current by default).',
    input: sourceRef.extend({ version: z.number().int().min(1).optional() }),
    output: z.object({ source: sourceDetailSchema, version: sourceVersionMetaSchema }),
    invalidates: [],
  }),
  'sources.tags': defineMethod({
    doc: 'Every tag used in the open case with the number of sources carrying it, sorted by tag.',
    input: z.object({}),
    output: z.array(tagCountSchema),
    invalidates: [],
  }),
  'sources.original': defineMethod({
    doc: 'The original bytes of a version (base64), e.g. for the PDF page view.',
    input: sourceRef.extend({ version: z.number().int().min(1).optional() }),
    output: z.object({
      fileName: z.string(),
      mediaType: z.string(),
      sha256: z.string(),
      sizeBytes: z.number().int().nonnegative(),
      dataBase64: z.string(),
    }),
    invalidates: [],
  }),
  'sources.versions': defineMethod({
    doc: 'Every stored version of a source, newest first.',
    input: sourceRef,
    output: z.array(sourceVersionInfoSchema),
    invalidates: [],
  }),
  'sources.update': defineMethod({
    doc: 'Change a source’s metadata (title, author, outlet, URL, dates, language, type, notes, tags, TLP).',
    input: sourceRef.extend({ patch: sourceMetadataPatchSchema }),
    output: sourceDetailSchema,
    invalidates: ['sources', 'evidence', 'ach', 'origins'],
  }),
  'sources.setReliability': defineMethod({
    doc: 'Rate a source’s reliability A–F (or clear it) with a required reason; kept in its history.',
    input: sourceRef.extend({
      reliability: reliabilitySchema.nullable(),
      reason: z.string().trim().min(1, 'A reason is required').max(4000),
    }),
    output: sourceDetailSchema,
    invalidates: ['sources', ...ANALYSIS_DOMAINS],
  }),
  'sources.history': defineMethod({
    doc: 'Audit history of a source (reliability and marking changes), newest first.',
    input: sourceRef,
    output: z.array(auditEntrySchema),
    invalidates: [],
  }),
  'sources.delete': defineMethod({
    doc: 'Delete a source with all its versions (refused with IN_USE while anything cites it).',
    input: sourceRef,
    output: z.object({ deleted: z.boolean(), versionsDeleted: z.number().int(), blobsDeleted: z.number().int() }),
    invalidates: ['sources', 'origins'],
  }),
  'sources.createSampleCase': defineMethod({
    doc: 'Create and open a sample case with a few short German and English sources (text, HTML, PDF).',
    input: z.object({ path: casePathSchema, language: workingLanguageSchema.optional() }),
    output: caseInfoSchema,
    invalidates: ['case', 'recent', 'sources'],
  }),
} as const;
