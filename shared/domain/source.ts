import { z } from 'zod';
import { idPattern } from './ids';
import { TLP_MARKINGS } from './markings';
import { WORKING_LANGUAGES } from './scales';

/**
 * Sources: what analysts collect. The original bytes are kept once per SHA-256;
 * each version holds the extracted text that excerpts anchor into, plus its
 * structure as character offsets, so the reader builds elements from text ranges
 * and never renders imported markup.
 */

/** Largest file one import accepts, in bytes (200 MiB). The browser door's request cap (64 MiB) is lower. */
export const MAX_SOURCE_BYTES = 200 * 1024 * 1024;
/** Most files one `sources.import` call takes; callers send bigger sets in chunks. */
export const MAX_IMPORT_FILES = 500;

export const SOURCE_FORMATS = ['text', 'markdown', 'html', 'pdf', 'docx', 'eml'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export const SOURCE_TYPES = [
  'news',
  'officialStatement',
  'socialMedia',
  'report',
  'academic',
  'intelligenceReport',
  'other',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Source reliability, NATO Admiralty system (TRADECRAFT.md §1). The letter is what is stored. */
export const RELIABILITY_CODES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY_CODES)[number];
export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const sourceIdSchema = z.string().regex(idPattern('source'), 'Not a source id');
export const sourceFormatSchema = z.enum(SOURCE_FORMATS);
export const sourceTypeSchema = z.enum(SOURCE_TYPES);
export const reliabilitySchema = z.enum(RELIABILITY_CODES);
export const sourceLanguageSchema = z.enum(WORKING_LANGUAGES);
const tlp = z.enum(TLP_MARKINGS);
const epochMs = z.number().int();
const offset = z.number().int().nonnegative();

export const BLOCK_KINDS = ['heading', 'paragraph', 'quote', 'listItem', 'pre'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/**
 * One block of a version's text: `text.slice(start, end)`. Offsets count UTF-16
 * code units (JavaScript string indices). Blocks are sorted and never overlap;
 * characters between blocks (separators, Markdown markers) are not body text.
 * `level` is the heading level (1–6) or the list nesting depth (1 = top).
 */
export const textBlockSchema = z.object({
  kind: z.enum(BLOCK_KINDS),
  level: z.number().int().min(1).max(9).optional(),
  start: offset,
  end: offset,
});
export type TextBlock = z.infer<typeof textBlockSchema>;

/** A PDF page's range of the text; `label` is the printed page label ("iv", "A-3"), or the number. */
export const textPageSchema = z.object({
  page: z.number().int().min(1),
  label: z.string(),
  start: offset,
  end: offset,
});
export type TextPage = z.infer<typeof textPageSchema>;

export const emailAttachmentSchema = z.object({
  name: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
});

/** What the importer found inside the file, kept as found; the editable metadata lives on the source. */
export const extractedMetadataSchema = z.object({
  title: z.string().optional(),
  author: z.string().optional(),
  publisher: z.string().optional(),
  /** The date as written in the file (meta tag, PDF date, Date header). */
  publishedRaw: z.string().optional(),
  publishedAt: epochMs.optional(),
  canonicalUrl: z.string().optional(),
  /** Language as declared by the file (`<html lang>`, Content-Language), not the detected one. */
  declaredLanguage: z.string().optional(),
  description: z.string().optional(),
  pageCount: z.number().int().nonnegative().optional(),
  pdf: z.record(z.string(), z.string()).optional(),
  email: z
    .object({
      from: z.string(),
      to: z.array(z.string()),
      cc: z.array(z.string()),
      subject: z.string(),
      date: z.string(),
      messageId: z.string(),
      attachments: z.array(emailAttachmentSchema),
    })
    .optional(),
  /** Things the analyst should know ("the PDF has no text layer"). */
  warnings: z.array(z.string()).optional(),
});
export type ExtractedMetadata = z.infer<typeof extractedMetadataSchema>;

const tagSchema = z.string().trim().min(1).max(100);

/** The analyst-editable description of a source. */
export const sourceMetadataSchema = z.object({
  title: z.string().trim().min(1, 'A source needs a title').max(1000),
  author: z.string().max(500),
  /** Outlet or publisher. */
  outlet: z.string().max(500),
  url: z.string().max(4000),
  publishedAt: epochMs.nullable(),
  retrievedAt: epochMs.nullable(),
  language: sourceLanguageSchema,
  sourceType: sourceTypeSchema,
  notes: z.string().max(100_000),
  tags: z.array(tagSchema).max(100),
  tlp,
});
export type SourceMetadata = z.infer<typeof sourceMetadataSchema>;
export const sourceMetadataPatchSchema = sourceMetadataSchema.partial();
export type SourceMetadataPatch = z.infer<typeof sourceMetadataPatchSchema>;

/** One row of the source list. */
export const sourceSummarySchema = z.object({
  id: sourceIdSchema,
  title: z.string(),
  outlet: z.string(),
  sourceType: sourceTypeSchema,
  language: sourceLanguageSchema,
  reliability: reliabilitySchema.nullable(),
  tags: z.array(z.string()),
  tlp,
  publishedAt: epochMs.nullable(),
  importedAt: epochMs,
  currentVersion: z.number().int().min(1),
  format: sourceFormatSchema,
  sizeBytes: z.number().int().nonnegative(),
  excerptCount: z.number().int().nonnegative(),
});
export type SourceSummary = z.infer<typeof sourceSummarySchema>;

export const sourceDetailSchema = sourceSummarySchema.extend({
  author: z.string(),
  url: z.string(),
  retrievedAt: epochMs.nullable(),
  notes: z.string(),
  updatedAt: epochMs,
  versionCount: z.number().int().min(1),
});
export type SourceDetail = z.infer<typeof sourceDetailSchema>;

/** File facts of one version (no text). */
export const sourceVersionInfoSchema = z.object({
  version: z.number().int().min(1),
  fileName: z.string(),
  mediaType: z.string(),
  format: sourceFormatSchema,
  /** The character encoding the text was decoded from (text, Markdown, HTML), else null. */
  encoding: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.number().int().nonnegative(),
  charCount: z.number().int().nonnegative(),
  importedAt: epochMs,
  isCurrent: z.boolean(),
});
export type SourceVersionInfo = z.infer<typeof sourceVersionInfoSchema>;

export const sourceVersionContentSchema = sourceVersionInfoSchema.extend({
  /** NFC, `\n` newlines; never rewritten once stored. */
  text: z.string(),
  blocks: z.array(textBlockSchema),
  /** PDF only: each page's range of `text`. */
  pages: z.array(textPageSchema).nullable(),
  metadata: extractedMetadataSchema,
});
export type SourceVersionContent = z.infer<typeof sourceVersionContentSchema>;

/** A version's file facts and extracted metadata, without its text: what the inspector shows. */
export const sourceVersionMetaSchema = sourceVersionInfoSchema.extend({ metadata: extractedMetadataSchema });
export type SourceVersionMeta = z.infer<typeof sourceVersionMetaSchema>;

/** A tag used in a case, with how many sources carry it. */
export const tagCountSchema = z.object({ tag: z.string(), count: z.number().int().min(1) });
export type TagCount = z.infer<typeof tagCountSchema>;

export const importFileSchema = z.object({
  name: z.string().trim().min(1).max(1024),
  /** As the door reports it (`File.type`); may be empty. Content is detected from the bytes first. */
  mediaType: z.string().max(255).optional(),
  /** The file's bytes, base64; at most MAX_SOURCE_BYTES once decoded (checked per file). */
  dataBase64: z.string(),
});
export type ImportFile = z.infer<typeof importFileSchema>;

export const IMPORT_STATUSES = ['imported', 'duplicate', 'newVersion', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: epochMs,
  field: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  reason: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const SOURCE_SORTS = ['title', 'publishedAt', 'importedAt', 'reliability'] as const;
export type SourceSort = (typeof SOURCE_SORTS)[number];

export const sourceListFilterSchema = z.object({
  types: z.array(sourceTypeSchema).optional(),
  /** `null` in the list selects sources not rated yet. */
  reliabilities: z.array(reliabilitySchema.nullable()).optional(),
  languages: z.array(sourceLanguageSchema).optional(),
  tag: tagSchema.optional(),
  /** Inclusive range on publishedAt (sources without a date are left out when either bound is set). */
  publishedFrom: epochMs.optional(),
  publishedTo: epochMs.optional(),
  importedFrom: epochMs.optional(),
  importedTo: epochMs.optional(),
  /** Substring of title, outlet or author (case-insensitive for ASCII). */
  query: z.string().trim().max(200).optional(),
});
export type SourceListFilter = z.infer<typeof sourceListFilterSchema>;
