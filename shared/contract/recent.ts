import { z } from 'zod';
import { defineMethod } from './define';
import { casePathSchema, recentCaseSchema } from '../domain/case';

export const recentMethods = {
  'recent.list': defineMethod({
    doc: 'Recently opened case files, newest first.',
    input: z.object({}),
    output: z.array(recentCaseSchema),
    invalidates: [],
  }),
  'recent.remove': defineMethod({
    doc: 'Forget one case file in the recent list (the file itself is untouched).',
    input: z.object({ path: casePathSchema }),
    output: z.array(recentCaseSchema),
    invalidates: ['recent'],
  }),
  'recent.clear': defineMethod({
    doc: 'Forget all recent case files (the files are untouched).',
    input: z.object({}),
    output: z.array(recentCaseSchema),
    invalidates: ['recent'],
  }),
} as const;
