/**
 * Where the Electron-ABI build of better-sqlite3 lives. node_modules keeps the
 * Node-ABI build that tests and the CLI use; the Electron build sits beside it
 * in native/electron/ (see docs/RELEASE.md) so the two never overwrite each other.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SQLITE_BINDING_FILE = 'better_sqlite3.node';

export interface BindingLocation {
  /** app.getAppPath(): the project folder in development, app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath: where extraResources land in a packaged app (outside the asar). */
  resourcesPath: string;
  isPackaged: boolean;
  platform: string;
  arch: string;
}

/** Candidate files, most specific first: per platform-arch folder, then the flat one. */
export function sqliteBindingCandidates(loc: BindingLocation): string[] {
  const base = loc.isPackaged ? join(loc.resourcesPath, 'native', 'electron') : join(loc.appPath, 'native', 'electron');
  return [join(base, `${loc.platform}-${loc.arch}`, SQLITE_BINDING_FILE), join(base, SQLITE_BINDING_FILE)];
}

export function findSqliteBinding(loc: BindingLocation, exists: (p: string) => boolean = existsSync): string | null {
  return sqliteBindingCandidates(loc).find((p) => exists(p)) ?? null;
}
