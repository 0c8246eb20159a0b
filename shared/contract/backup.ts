import { z } from 'zod';
import { defineMethod } from './define';
import { casePathSchema } from '../domain/case';

export const BACKUP_REASONS = ['open', 'edits', 'manual', 'close'] as const;

export const backupInfoSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  /** Why it was made: on open, after a period of edits, on request, on closing with unsaved-to-backup edits. */
  reason: z.enum(BACKUP_REASONS),
  createdAt: z.number().int(),
  sizeBytes: z.number().int().nonnegative(),
  schemaVersion: z.number().int(),
  /** Logical content hash (schema and rows) recorded when the backup was made; null if its record is missing. */
  contentHash: z.string().nullable(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const backupListSchema = z.object({
  /** The folder the open case's backups go to. */
  folder: z.string(),
  /** The folder chosen in the app preference, or null for the default (beside the case). */
  chosenFolder: z.string().nullable(),
  /** Generations kept; older ones are removed after each new backup. */
  keep: z.number().int().positive(),
  /** An automatic backup is made after this many changes or this many minutes of editing, whichever comes first. */
  everyWrites: z.number().int().positive(),
  everyMinutes: z.number().positive(),
  /** Newest first. */
  items: z.array(backupInfoSchema),
  /** Why the last automatic backup failed, if it did (the edit itself was kept). */
  lastError: z.string().nullable(),
});
export type BackupList = z.infer<typeof backupListSchema>;

export const backupMethods = {
  'case.backup': defineMethod({
    doc: 'Back up the open case now into its backup folder (a durable, checked copy); older generations are pruned.',
    input: z.object({}),
    output: backupInfoSchema,
    invalidates: ['case'],
  }),
  'case.backups': defineMethod({
    doc: 'The open case’s backup folder, rotation settings and backups, newest first.',
    input: z.object({}),
    output: backupListSchema,
    invalidates: [],
  }),
  'case.setBackupFolder': defineMethod({
    doc: 'Choose a folder for the backups of every case (null: beside each case); each case gets its own subfolder.',
    input: z.object({ folder: casePathSchema.nullable() }),
    output: backupListSchema,
    invalidates: ['case'],
  }),
  'case.restoreBackup': defineMethod({
    doc: 'Restore a backup into a NEW case file (never overwrites); checked by integrity_check and content hash. Does not open it.',
    input: z.object({ backupPath: casePathSchema, path: casePathSchema }),
    output: z.object({ path: z.string(), contentHash: z.string(), schemaVersion: z.number().int() }),
    invalidates: [],
  }),
} as const;
