import { z } from 'zod';
import { DOMAINS } from './domains';

/** Commands that the desktop menu (or OS integration) sends to the renderer. */
export const MENU_COMMANDS = [
  'case.new',
  'case.open',
  'case.close',
  'case.settings',
  /** Back up the open case now, and the list of its backups (features/backup). */
  'case.backupNow',
  'case.backups',
  'sources.import',
  /** Open the reader's find bar for the source on screen. */
  'sources.find',
  /** The case-wide search view and the command palette (issue 8). */
  'search.open',
  'palette.open',
  'view.toggleTheme',
  'help.shortcuts',
  'help.about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const workbenchEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('data.changed'), domains: z.array(z.enum(DOMAINS)) }),
  z.object({ type: z.literal('menu.command'), command: z.enum(MENU_COMMANDS) }),
  /** The OS asked the app to open a case file (double click, second launch). */
  z.object({ type: z.literal('case.openRequested'), path: z.string() }),
]);

export type WorkbenchEvent = z.infer<typeof workbenchEventSchema>;
