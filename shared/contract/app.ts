import { z } from 'zod';
import { defineMethod } from './define';

export const DOORS = ['electron', 'browser', 'cli'] as const;

export const appMethods = {
  'app.info': defineMethod({
    doc: 'Application version, the case-file schema it writes, and which door is serving.',
    input: z.object({}),
    output: z.object({
      name: z.string(),
      version: z.string(),
      schemaVersion: z.number().int(),
      door: z.enum(DOORS),
      casesFolder: z.string(),
    }),
    invalidates: [],
  }),
} as const;
