import { z } from 'zod';
import { idPattern } from './ids';
import { sourceIdSchema } from './source';

/**
 * Excerpts: the pieces of information an analyst cuts out of a source
 * (TRADECRAFT.md §2 rates credibility per excerpt). Each keeps the exact words
 * and where they stand in one stored version of its source. Offsets are
 * UTF-16 code units (JavaScript string indices) into that version's stored,
 * NFC-normalised text; the W3C export converts them to code points.
 */

/** The most UTF-16 code units one excerpt may span (about twenty pages of prose). */
export const MAX_EXCERPT_CHARS = 50_000;
/** Characters of context kept on each side of the quote (W3C TextQuoteSelector prefix and suffix), in code points. */
export const CONTEXT_CHARS = 32;

/**
 * A fixed palette rather than free colours: the UI maps each name to a light and
 * a dark theme shade with enough contrast, and filters stay meaningful.
 */
export const EXCERPT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;
export type ExcerptColour = (typeof EXCERPT_COLOURS)[number];
/** Print and export shades (the W3C export's stylesheet); the UI picks its own per theme. */
export const EXCERPT_COLOUR_HEX: Record<ExcerptColour, string> = {
  yellow: '#FFE066',
  green: '#8CE99A',
  blue: '#74C0FC',
  pink: '#FAA2C1',
  purple: '#B197FC',
  orange: '#FFC078',
};

/**
 * - anchored: the range shows exactly the quote.
 * - moved: re-anchoring found a close but not identical passage; shown as "moved — please confirm".
 * - orphan: no trustworthy place in this version; the quote is kept, there is no range.
 */
export const EXCERPT_STATUSES = ['anchored', 'moved', 'orphan'] as const;
export type ExcerptStatus = (typeof EXCERPT_STATUSES)[number];

/** How a placement was found (stored in the anchoring history). */
export const ANCHOR_METHODS = [
  /** The analyst selected the text. */
  'selection',
  /** Same offsets, same quote, same context. */
  'position',
  /** Same quote at the offsets carried through the one region that changed between the versions. */
  'positionMapped',
  /** The quote occurs exactly once (in the old and the new text). */
  'uniqueQuote',
  /** Quote and full context occur together exactly once. */
  'quoteContext',
  /** A close, unambiguous approximate match (status moved). */
  'fuzzy',
  /** Nothing trustworthy found (status orphan). */
  'none',
  /** The analyst confirmed a moved excerpt. */
  'confirmation',
] as const;
export type AnchorMethod = (typeof ANCHOR_METHODS)[number];

export const ANCHOR_EVENTS = ['created', 'imported', 'reanchored', 'confirmed', 'manual', 'keptAsOrphan'] as const;
export type AnchorEvent = (typeof ANCHOR_EVENTS)[number];

export const EXCERPT_SORTS = ['position', 'createdAt', 'updatedAt', 'colour'] as const;
export type ExcerptSort = (typeof EXCERPT_SORTS)[number];

export const excerptIdSchema = z.string().regex(idPattern('excerpt'), 'Not an excerpt id');
export const excerptColourSchema = z.enum(EXCERPT_COLOURS);
export const excerptStatusSchema = z.enum(EXCERPT_STATUSES);
const offset = z.number().int().nonnegative();
const epochMs = z.number().int();
export const excerptTagSchema = z.string().trim().min(1).max(100);

/** BCP 47-like language tag ("en", "de-AT", "pt-BR"). */
export const languageTagSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'A language tag like "en" or "de-AT"');

/** An optional translation shown beside the quote (German quote, English translation, or the other way round). */
export const translationSchema = z.object({
  text: z.string().trim().min(1).max(100_000),
  language: languageTagSchema,
});
export type Translation = z.infer<typeof translationSchema>;

export const pageRefSchema = z.object({ page: z.number().int().min(1), label: z.string() });
export type PageRef = z.infer<typeof pageRefSchema>;

/** PDF pages the range lies in: first and last are equal unless it spans pages. */
export const pageSpanSchema = z.object({ first: pageRefSchema, last: pageRefSchema });
export type PageSpan = z.infer<typeof pageSpanSchema>;

export const excerptSchema = z.object({
  id: excerptIdSchema,
  sourceId: sourceIdSchema,
  sourceTitle: z.string(),
  /** The source version that `status`, `start` and `end` refer to. */
  version: z.number().int().min(1),
  /** False when the source has a newer version this excerpt has not been re-anchored to yet. */
  onCurrentVersion: z.boolean(),
  status: excerptStatusSchema,
  /** Range in the version's text; null for an orphan. For `moved`, the proposed range (not yet confirmed). */
  start: offset.nullable(),
  end: offset.nullable(),
  /** The confirmed exact words (never a client's copy: always cut from the stored text). */
  quote: z.string(),
  /** Up to CONTEXT_CHARS code points before and after the quote where it was last confirmed. */
  prefix: z.string(),
  suffix: z.string(),
  /** For `moved` only: the words at the proposed range and how similar they are (0–1) to quote and context. */
  proposal: z.object({ text: z.string(), similarity: z.number().min(0).max(1) }).nullable(),
  page: pageSpanSchema.nullable(),
  /** Index into the version's blocks of the block the range starts in (a paragraph locator), or null. */
  blockIndex: z.number().int().nonnegative().nullable(),
  colour: excerptColourSchema,
  tags: z.array(z.string()),
  comment: z.string(),
  translation: translationSchema.nullable(),
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type Excerpt = z.infer<typeof excerptSchema>;

export const anchorHistoryEntrySchema = z.object({
  id: z.number().int(),
  at: epochMs,
  event: z.enum(ANCHOR_EVENTS),
  method: z.enum(ANCHOR_METHODS),
  fromVersion: z.number().int().nullable(),
  fromStatus: excerptStatusSchema.nullable(),
  version: z.number().int(),
  status: excerptStatusSchema,
  start: offset.nullable(),
  end: offset.nullable(),
  /** The confirmed quote after this step. */
  quote: z.string(),
  /** The quote before this step, when the step changed it (confirmation, manual re-anchoring). */
  previousQuote: z.string().nullable(),
  similarity: z.number().nullable(),
});
export type AnchorHistoryEntry = z.infer<typeof anchorHistoryEntrySchema>;

export const excerptPatchSchema = z.object({
  colour: excerptColourSchema.optional(),
  tags: z.array(excerptTagSchema).max(100).optional(),
  comment: z.string().max(100_000).optional(),
  /** null removes the translation. */
  translation: translationSchema.nullable().optional(),
});
export type ExcerptPatch = z.infer<typeof excerptPatchSchema>;

export const excerptListFilterSchema = z.object({
  sourceId: sourceIdSchema.optional(),
  tag: excerptTagSchema.optional(),
  colour: excerptColourSchema.optional(),
  status: excerptStatusSchema.optional(),
  /** Words in quote, comment, translation or tags; case, accents and ß/ss are folded. */
  query: z.string().trim().max(200).optional(),
});
export type ExcerptListFilter = z.infer<typeof excerptListFilterSchema>;
