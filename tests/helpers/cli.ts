import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from './tempDirs';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'electron/cli/index.ts');

/** Runs the `workbench` CLI from source in a child process, with its own app-data folder unless one is given. */
export function workbench(args: string[], env: Record<string, string> = {}) {
  const dataDir = env.WORKBENCH_DATA_DIR ?? tempDir();
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WORKBENCH_DATA_DIR: dataDir, WORKBENCH_CASES_DIR: join(dataDir, 'cases'), ...env },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
