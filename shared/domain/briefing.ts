import { z } from 'zod';
import { docNodeSchema } from '../editor/document';
import { BRIEFING_LANGUAGES, BRIEFING_TEMPLATES } from '../editor/templates';
import { analyticKindSchema } from './analysis';
import { idPattern } from './ids';
import { TLP_MARKINGS } from './markings';
import { confidenceSchema, likelihoodSchema } from './tradecraft';

export const briefingIdSchema = z.string().regex(idPattern('briefing'), 'Not a briefing id');
const tlp = z.enum(TLP_MARKINGS);

export const briefingMetaSchema = z.object({
  title: z.string().trim().min(1).max(500),
  audience: z.string().max(2000),
  /** The marking the analyst chose, or null to follow the most restrictive marking of what the briefing cites. */
  tlpSetting: tlp.nullable(),
  handling: z.string().max(2000),
  /** The briefing's date (epoch ms of its day), or null for "not set". */
  date: z.number().int().nullable(),
  authors: z.array(z.string().trim().min(1).max(200)).max(50),
  language: z.enum(BRIEFING_LANGUAGES),
});

export const briefingSummarySchema = briefingMetaSchema.extend({
  id: briefingIdSchema,
  template: z.enum(BRIEFING_TEMPLATES),
  /** The marking in force: tlpSetting, or the cited marking when none was chosen. */
  tlp,
  /** The most restrictive marking of the case and everything the briefing cites. */
  citedMarking: tlp,
  /** Set when the chosen marking is less restrictive than what the briefing cites. */
  markingWarning: z.string().nullable(),
  edition: z.number().int().min(1),
  editionOf: briefingIdSchema.nullable(),
  revision: z.number().int().min(1),
  wordCount: z.number().int().nonnegative(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type BriefingSummary = z.infer<typeof briefingSummarySchema>;

export const briefingSchema = briefingSummarySchema.extend({
  doc: docNodeSchema,
  docVersion: z.number().int().min(1),
  /** The stored document is newer than this app: show it, never save it. */
  readOnly: z.boolean(),
  /** Writing-check findings the analyst dismissed, with the reason. */
  dismissed: z.record(z.string(), z.object({ reason: z.string(), at: z.number().int() })),
});
export type Briefing = z.infer<typeof briefingSchema>;

/** What a judgment looked like in the previous edition (kept when the new edition was made). */
export const judgmentStateSchema = z.object({
  id: z.string(),
  kind: analyticKindSchema,
  text: z.string(),
  likelihood: likelihoodSchema.nullable(),
  confidence: confidenceSchema.nullable(),
});
export type JudgmentState = z.infer<typeof judgmentStateSchema>;
