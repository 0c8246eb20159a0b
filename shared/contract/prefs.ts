import { z } from 'zod';
import { defineMethod } from './define';
import { prefsSchema } from '../domain/prefs';

export const prefsMethods = {
  'prefs.get': defineMethod({
    doc: 'The user’s preferences (UI language, theme, pane sizes).',
    input: z.object({}),
    output: prefsSchema,
    invalidates: [],
  }),
  'prefs.update': defineMethod({
    doc: 'Change some preferences; returns all of them.',
    input: z.object({ patch: prefsSchema.partial() }),
    output: prefsSchema,
    invalidates: ['prefs'],
  }),
} as const;
