import { z } from 'zod';
import { defineMethod } from './define';
import { briefingIdSchema } from '../domain/briefing';
import { ERROR_CODES } from './errors';

export const BRIEFING_EXPORT_FORMATS = ['pdf', 'html', 'md', 'docx', 'stix'] as const;
/** Whole-case exports: the excerpts as W3C Web Annotations, every briefing as one STIX 2.1 bundle. */
export const CASE_EXPORT_FORMATS = ['annotations', 'caseStix'] as const;
export const EXPORT_ANNEXES = ['sources', 'gaps', 'scale', 'changes'] as const;
/** Returned content is capped: bigger exports go to a file (the CLI door writes them to a path). */
export const MAX_EXPORT_BYTES = 50 * 1024 * 1024;

export const exportWarningSchema = z.object({
  code: z.enum(['EXCERPT_MISSING', 'EXCERPT_ORPHANED', 'CLAIM_MISSING', 'MARKING_LOWER']),
  message: z.string(),
  ids: z.array(z.string()),
});

const briefingExportInput = z.object({
  id: briefingIdSchema,
  format: z.enum(BRIEFING_EXPORT_FORMATS),
  paper: z.enum(['A4', 'Letter']).default('A4'),
  annexes: z.array(z.enum(EXPORT_ANNEXES)).default([...EXPORT_ANNEXES]),
});

const exportFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  tlp: z.string(),
  pageCount: z.number().int().nullable(),
  warnings: z.array(exportWarningSchema),
});

const jobErrorSchema = z.object({ code: z.enum(ERROR_CODES), message: z.string() });

/** Ids of background exports (the export dialog's preview, progress and cancel). */
export const exportJobIdSchema = z.string().regex(/^job_[A-Za-z0-9_-]{8,64}$/);

export const EXPORT_JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export const exportJobStatusSchema = z.object({
  state: z.enum(EXPORT_JOB_STATES),
  /** The step in progress: render, layout, pages, print, metadata, done. */
  step: z.string(),
  fraction: z.number().min(0).max(1),
  error: jobErrorSchema.nullable(),
  /** Set once done; the bytes come with export.jobResult. */
  file: exportFileSchema.nullable(),
});
export type ExportJobStatus = z.infer<typeof exportJobStatusSchema>;

export const exportMethods = {
  'export.briefing': defineMethod({
    doc: 'A briefing as a report (PDF, HTML, Markdown, DOCX or a STIX 2.1 bundle), returned as base64 with the warnings (missing excerpts, a marking lower than what it cites).',
    input: briefingExportInput,
    output: exportFileSchema.extend({ dataBase64: z.string() }),
    invalidates: [],
  }),
  'export.start': defineMethod({
    doc: 'Starts exporting a briefing in the background (the app’s export dialog); poll export.jobStatus, stop it with export.cancel.',
    input: briefingExportInput,
    output: z.object({ jobId: exportJobIdSchema }),
    invalidates: [],
  }),
  'export.jobStatus': defineMethod({
    doc: 'Progress of a background export: state, step, fraction; the file facts and warnings once done, the error once failed.',
    input: z.object({ jobId: exportJobIdSchema }),
    output: exportJobStatusSchema,
    invalidates: [],
  }),
  'export.cancel': defineMethod({
    doc: 'Cancels a background export: its Chromium print is stopped and nothing is kept or written. False when it had already ended.',
    input: z.object({ jobId: exportJobIdSchema }),
    output: z.object({ cancelled: z.boolean() }),
    invalidates: [],
  }),
  'export.jobResult': defineMethod({
    doc: 'The finished export’s bytes (base64) with its file facts, for the preview and the browser’s download.',
    input: z.object({ jobId: exportJobIdSchema }),
    output: exportFileSchema.extend({ dataBase64: z.string() }),
    invalidates: [],
  }),
  'export.saveJob': defineMethod({
    doc: 'Writes a finished export to a path the user chose in the native save dialog: the whole file or nothing, never over an existing file unless overwrite.',
    input: z.object({
      jobId: exportJobIdSchema,
      path: z.string().min(1).max(4096),
      overwrite: z.boolean().default(false),
    }),
    output: z.object({ path: z.string(), sizeBytes: z.number().int().nonnegative() }),
    invalidates: [],
  }),
  'export.saveCase': defineMethod({
    doc: 'Writes a whole-case export (the excerpts as Web Annotations, or every briefing as one STIX bundle) to a path the user chose in the native save dialog: the whole file or nothing, never over an existing file unless overwrite.',
    input: z.object({
      format: z.enum(CASE_EXPORT_FORMATS),
      path: z.string().min(1).max(4096),
      overwrite: z.boolean().default(false),
    }),
    output: z.object({
      path: z.string(),
      sizeBytes: z.number().int().nonnegative(),
      warnings: z.array(exportWarningSchema),
    }),
    invalidates: [],
  }),
  'export.caseStix': defineMethod({
    doc: 'Every briefing of the case as one STIX 2.1 bundle (a Report each, their judgments, claims and cited excerpts, TLP markings).',
    input: z.object({}),
    output: z.object({ bundle: z.record(z.string(), z.unknown()), warnings: z.array(exportWarningSchema) }),
    invalidates: [],
  }),
} as const;
