import { z } from 'zod';
import { defineMethod } from './define';
import {
  caseInfoSchema,
  caseMetadataPatchSchema,
  casePathSchema,
  likelihoodScaleSchema,
  tlpSchema,
  workingLanguageSchema,
} from '../domain/case';

export const caseMethods = {
  'case.create': defineMethod({
    doc: 'Create a new case file at a path that does not exist yet, and open it.',
    input: z.object({
      path: casePathSchema,
      title: z.string().trim().min(1).max(300),
      question: z.string().max(4000).optional(),
      author: z.string().max(300).optional(),
      tlp: tlpSchema.optional(),
      likelihoodScale: likelihoodScaleSchema.optional(),
      language: workingLanguageSchema.optional(),
    }),
    output: caseInfoSchema,
    invalidates: ['case', 'recent'],
  }),
  'case.open': defineMethod({
    doc: 'Open an existing case file (closing the one that is open).',
    input: z.object({ path: casePathSchema }),
    output: caseInfoSchema,
    invalidates: ['case', 'recent'],
  }),
  'case.close': defineMethod({
    doc: 'Close the open case file, if any.',
    input: z.object({}),
    output: z.object({ closed: z.boolean() }),
    invalidates: ['case'],
  }),
  'case.info': defineMethod({
    doc: 'Metadata and file facts of the open case, or null when none is open.',
    input: z.object({}),
    output: caseInfoSchema.nullable(),
    invalidates: [],
  }),
  'case.update': defineMethod({
    doc: 'Change the open case’s metadata (title, question, KIQs, author, TLP, handling, scale, language).',
    input: z.object({ patch: caseMetadataPatchSchema }),
    output: caseInfoSchema,
    invalidates: ['case', 'recent', 'checks'],
  }),
  'case.suggestPath': defineMethod({
    doc: 'A free file path for a new case with this title in the default cases folder.',
    input: z.object({ title: z.string().max(300) }),
    output: z.object({ path: z.string(), folder: z.string() }),
    invalidates: [],
  }),
} as const;
