import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the core keeps per-user files. The Electron door passes Electron's own
 * userData folder; the other doors use the same folder name so the desktop app
 * and browser mode share recent cases and preferences.
 */
export const APP_FOLDER_NAME = 'Analyst Workbench';

export function defaultAppDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.WORKBENCH_DATA_DIR) return env.WORKBENCH_DATA_DIR;
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, APP_FOLDER_NAME);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_FOLDER_NAME);
}

export function defaultCasesDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.WORKBENCH_CASES_DIR) return env.WORKBENCH_CASES_DIR;
  return join(homedir(), 'Documents', 'Workbench Cases');
}
