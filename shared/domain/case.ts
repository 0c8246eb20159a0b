import { z } from 'zod';
import { LIKELIHOOD_SCALES, WORKING_LANGUAGES } from './scales';
import { TLP_MARKINGS } from './markings';
import { idPattern } from './ids';

export const tlpSchema = z.enum(TLP_MARKINGS);
export const likelihoodScaleSchema = z.enum(LIKELIHOOD_SCALES);
export const workingLanguageSchema = z.enum(WORKING_LANGUAGES);

/** An absolute or relative file-system path as typed by a user or a dialog. */
export const casePathSchema = z
  .string()
  .min(1, 'A path is required')
  .max(4096)
  .refine((p) => !p.includes('\0'), 'A path cannot contain NUL');

export const keyQuestionSchema = z.object({
  id: z.string().regex(idPattern('kiq')),
  text: z.string().min(1).max(2000),
});
export type KeyQuestion = z.infer<typeof keyQuestionSchema>;

export const caseMetadataSchema = z.object({
  title: z.string().trim().min(1, 'A case needs a title').max(300),
  /** The analytic question the case answers. */
  question: z.string().max(4000),
  keyQuestions: z.array(keyQuestionSchema).max(100),
  author: z.string().max(300),
  tlp: tlpSchema,
  /** Free classification / handling line printed on every export. */
  handling: z.string().max(500),
  likelihoodScale: likelihoodScaleSchema,
  language: workingLanguageSchema,
});
export type CaseMetadata = z.infer<typeof caseMetadataSchema>;

export const caseInfoSchema = caseMetadataSchema.extend({
  caseId: z.string().regex(idPattern('case')),
  path: z.string(),
  fileName: z.string(),
  schemaVersion: z.number().int(),
  sizeBytes: z.number().int().nonnegative(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  /**
   * Present when the check that runs in the background after a large case
   * opened found its file damaged (SQLite's account); writes are then refused.
   */
  damage: z.string().optional(),
});
export type CaseInfo = z.infer<typeof caseInfoSchema>;

/** What a caller may change: key questions come without ids when new. */
export const caseMetadataPatchSchema = caseMetadataSchema
  .extend({
    keyQuestions: z
      .array(z.object({ id: keyQuestionSchema.shape.id.optional(), text: z.string().trim().min(1).max(2000) }))
      .max(100),
  })
  .partial();
export type CaseMetadataPatch = z.infer<typeof caseMetadataPatchSchema>;

export const recentCaseSchema = z.object({
  path: z.string(),
  title: z.string(),
  tlp: tlpSchema.optional(),
  openedAt: z.number().int(),
  /** False when the file is gone since it was last opened. */
  exists: z.boolean(),
});
export type RecentCase = z.infer<typeof recentCaseSchema>;
