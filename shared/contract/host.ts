import { z } from 'zod';
import { defineMethod } from './define';

/**
 * Capabilities that only some doors have. Every door answers them; a door
 * without the capability answers NOT_SUPPORTED, and host.capabilities tells the
 * UI up front so it never offers a button that cannot work.
 */
export const hostCapabilitiesSchema = z.object({
  nativeDialogs: z.boolean(),
  printToPdf: z.boolean(),
  revealInFolder: z.boolean(),
});
export type HostCapabilities = z.infer<typeof hostCapabilitiesSchema>;

export const hostMethods = {
  'host.capabilities': defineMethod({
    doc: 'Which door-specific capabilities this door offers.',
    input: z.object({}),
    output: hostCapabilitiesSchema,
    invalidates: [],
  }),
  'host.showOpenCaseDialog': defineMethod({
    doc: 'Native “Open case” dialog; the chosen path, or null when cancelled.',
    input: z.object({}),
    output: z.object({ path: z.string().nullable() }),
    invalidates: [],
  }),
  'host.showNewCaseDialog': defineMethod({
    doc: 'Native “Save as” dialog for a new case file; the chosen path, or null when cancelled.',
    input: z.object({ suggestedName: z.string().max(300).optional() }),
    output: z.object({ path: z.string().nullable() }),
    invalidates: [],
  }),
  'host.showSaveExportDialog': defineMethod({
    doc: 'Native “Save” dialog for an export (the suggested file name, filtered by its extension); the chosen path, or null when cancelled.',
    input: z.object({
      suggestedName: z.string().min(1).max(300),
      extension: z.string().regex(/^[a-z0-9.]{1,12}$/),
      /** The dialog's title in the UI's language. */
      title: z.string().max(200).optional(),
    }),
    output: z.object({ path: z.string().nullable() }),
    invalidates: [],
  }),
  'host.revealInFolder': defineMethod({
    doc: 'Show a file in the system’s file manager.',
    input: z.object({ path: z.string().min(1) }),
    output: z.object({ shown: z.boolean() }),
    invalidates: [],
  }),
} as const;

export type HostMethodName = keyof typeof hostMethods;
