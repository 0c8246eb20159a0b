import { z } from 'zod';
import { defineMethod } from './define';
import { briefingIdSchema } from '../domain/briefing';

export const BRIEFING_EXPORT_FORMATS = ['pdf', 'html', 'md', 'docx', 'stix'] as const;
export const EXPORT_ANNEXES = ['sources', 'gaps', 'scale', 'changes'] as const;
/** Returned content is capped: bigger exports go to a file (the CLI door writes them to a path). */
export const MAX_EXPORT_BYTES = 50 * 1024 * 1024;

export const exportWarningSchema = z.object({
  code: z.enum(['EXCERPT_MISSING', 'EXCERPT_ORPHANED', 'CLAIM_MISSING', 'MARKING_LOWER']),
  message: z.string(),
  ids: z.array(z.string()),
});

export const exportMethods = {
  'export.briefing': defineMethod({
    doc: 'A briefing as a report (PDF, HTML, Markdown, DOCX or a STIX 2.1 bundle), returned as base64 with the warnings (missing excerpts, a marking lower than what it cites).',
    input: z.object({
      id: briefingIdSchema,
      format: z.enum(BRIEFING_EXPORT_FORMATS),
      paper: z.enum(['A4', 'Letter']).default('A4'),
      annexes: z.array(z.enum(EXPORT_ANNEXES)).default([...EXPORT_ANNEXES]),
    }),
    output: z.object({
      fileName: z.string(),
      mediaType: z.string(),
      sizeBytes: z.number().int().nonnegative(),
      dataBase64: z.string(),
      tlp: z.string(),
      pageCount: z.number().int().nullable(),
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
