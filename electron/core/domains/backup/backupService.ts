import type Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { BACKUP_REASONS, type BackupInfo, type BackupList } from '../../../../shared/contract/backup';
import { WorkbenchError } from '../../../../shared/contract/errors';
import { JsonStore } from '../../util/jsonStore';
import { writeFileAtomic } from '../../util/atomicFile';
import { writeBackupFile } from './backupFile';

export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * Rotation policy. Seven generations is the floor the project set; ten keeps a
 * little more history at little cost (a backup is a compact VACUUM copy).
 * An edit burst is backed up after 50 changes or 10 minutes of editing,
 * whichever comes first, so at most that much work is ever only in the case file.
 */
export const BACKUP_POLICY = { keep: 10, everyWrites: 50, everyMinutes: 10 } as const;

const settingsSchema = z.object({ folder: z.string().nullable() });
const sidecarSchema = z.object({
  reason: z.enum(BACKUP_REASONS),
  createdAt: z.number().int(),
  contentHash: z.string(),
  schemaVersion: z.number().int(),
  caseId: z.string().optional(),
});

const NAME_PATTERN = /^(.+)\.(\d{8}T\d{6}\d{3}Z(?:-\d+)?)\.(open|edits|manual|close)\.wbcase$/;
/** A temp file a killed backup left behind is removed once it is surely not in use by another process. */
const STALE_TEMP_MS = 60 * 60_000;

function stamp(time: number): string {
  return new Date(time).toISOString().replace(/[-:.]/g, '');
}

function caseBaseName(casePath: string): string {
  return basename(casePath).replace(/\.wbcase$/i, '');
}

export function sidecarPath(backupPath: string): string {
  return `${backupPath}.json`;
}

/** The recorded content hash of a backup, or null when its record is missing or unreadable. */
export function recordedHash(backupPath: string): string | null {
  try {
    const parsed = sidecarSchema.safeParse(JSON.parse(readFileSync(sidecarPath(backupPath), 'utf8')));
    return parsed.success ? parsed.data.contentHash : null;
  } catch {
    return null;
  }
}

/**
 * Where backups go and which exist. Default: a folder beside the case,
 * `<name>.backups/`; an app preference (`backups.json` in the app-data
 * folder) can move every case's backups to a folder of the user's choosing,
 * one subfolder per case (named with its case id, so two cases of the same
 * file name never share one).
 */
export class BackupService {
  private readonly settings: JsonStore<typeof settingsSchema>;

  constructor(appDataDir: string) {
    this.settings = new JsonStore(join(appDataDir, 'backups.json'), settingsSchema, () => ({ folder: null }));
  }

  chosenFolder(): string | null {
    return this.settings.read().folder;
  }

  setFolder(folder: string | null): void {
    this.settings.write({ folder: folder === null ? null : resolve(folder) });
  }

  folderFor(casePath: string, caseId: string): string {
    const chosen = this.chosenFolder();
    const base = caseBaseName(casePath);
    return chosen ? join(chosen, `${base}.${caseId}.backups`) : join(dirname(casePath), `${base}.backups`);
  }

  list(casePath: string, caseId: string): BackupInfo[] {
    return listBackups(this.folderFor(casePath, caseId));
  }

  describe(casePath: string, caseId: string, lastError: string | null): BackupList {
    return {
      folder: this.folderFor(casePath, caseId),
      chosenFolder: this.chosenFolder(),
      keep: BACKUP_POLICY.keep,
      everyWrites: BACKUP_POLICY.everyWrites,
      everyMinutes: BACKUP_POLICY.everyMinutes,
      items: this.list(casePath, caseId),
      lastError,
    };
  }

  /** Backs up an open case into its folder and prunes old generations. */
  create(db: Database.Database, casePath: string, caseId: string, reason: BackupReason, now = Date.now()): BackupInfo {
    const folder = this.folderFor(casePath, caseId);
    const info = backupInto(db, folder, caseBaseName(casePath), reason, now, caseId);
    pruneBackups(folder, BACKUP_POLICY.keep);
    return info;
  }
}

/** Makes one backup in `folder` (a free name, never overwriting) with its sidecar record. */
export function backupInto(
  db: Database.Database,
  folder: string,
  base: string,
  reason: BackupReason,
  now: number,
  caseId?: string,
  /** Write exactly here (`workbench backup --out`); an existing file is an error, not a reason to pick another name. */
  exactPath?: string,
): BackupInfo {
  removeStaleTemps(folder, now);
  for (let n = 1; n < 100; n++) {
    const name = exactPath ? basename(exactPath) : `${base}.${stamp(now)}${n > 1 ? `-${n}` : ''}.${reason}.wbcase`;
    const path = exactPath ?? join(folder, name);
    try {
      const copy = writeBackupFile(db, path);
      // Beside an exact --out path a file of that name may be the user's: it is never replaced.
      if (!exactPath || !existsSync(sidecarPath(path)))
        writeFileAtomic(
          sidecarPath(path),
          `${JSON.stringify({ reason, createdAt: now, contentHash: copy.contentHash, schemaVersion: copy.schemaVersion, caseId }, null, 2)}\n`,
        );
      return {
        path,
        fileName: name,
        reason,
        createdAt: now,
        sizeBytes: copy.sizeBytes,
        schemaVersion: copy.schemaVersion,
        contentHash: copy.contentHash,
      };
    } catch (err) {
      if (err instanceof WorkbenchError && err.code === 'FILE_EXISTS' && !exactPath) continue;
      throw err;
    }
  }
  throw new WorkbenchError('FILE_EXISTS', `No free backup name in ${folder}.`, { path: folder });
}

export function listBackups(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const items: BackupInfo[] = [];
  for (const name of names) {
    const match = NAME_PATTERN.exec(name);
    if (!match) continue;
    const path = join(folder, name);
    let sizeBytes: number;
    try {
      sizeBytes = statSync(path).size;
    } catch {
      continue;
    }
    let record: z.infer<typeof sidecarSchema> | null = null;
    try {
      const parsed = sidecarSchema.safeParse(JSON.parse(readFileSync(sidecarPath(path), 'utf8')));
      if (parsed.success) record = parsed.data;
    } catch {
      // a backup without its record is still listed (and can be restored, checked by integrity only)
    }
    const s = match[2]!;
    const fromName = Date.UTC(
      +s.slice(0, 4),
      +s.slice(4, 6) - 1,
      +s.slice(6, 8),
      +s.slice(9, 11),
      +s.slice(11, 13),
      +s.slice(13, 15),
      +s.slice(15, 18),
    );
    items.push({
      path,
      fileName: name,
      reason: match[3] as BackupReason,
      createdAt: record?.createdAt ?? fromName,
      sizeBytes,
      schemaVersion: record?.schemaVersion ?? 0,
      contentHash: record?.contentHash ?? null,
    });
  }
  return items.sort((a, b) => b.createdAt - a.createdAt || b.fileName.localeCompare(a.fileName));
}

/** Keeps the newest `keep` backups of a folder; removes older ones with their records. */
export function pruneBackups(folder: string, keep: number): void {
  for (const old of listBackups(folder).slice(keep)) {
    rmSync(old.path, { force: true });
    rmSync(sidecarPath(old.path), { force: true });
  }
}

function removeStaleTemps(folder: string, now: number): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith('.') || !name.endsWith('.tmp')) continue;
    try {
      const path = join(folder, name);
      if (now - statSync(path).mtimeMs > STALE_TEMP_MS) rmSync(path, { force: true });
    } catch {
      // gone meanwhile
    }
  }
}
