import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from './tempDirs';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'electron/cli/index.ts');

/**
 * Runs the `workbench` CLI from source in a child process, with its own app-data folder
 * unless one is given: as `WORKBENCH_DATA_DIR` among the extra environment, or as the
 * second argument itself (a folder path). Its default cases folder lies inside it.
 */
export function workbench(args: string[], envOrDataDir: Record<string, string> | string = {}) {
  const env = typeof envOrDataDir === 'string' ? { WORKBENCH_DATA_DIR: envOrDataDir } : envOrDataDir;
  const dataDir = env.WORKBENCH_DATA_DIR ?? tempDir();
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WORKBENCH_DATA_DIR: dataDir, WORKBENCH_CASES_DIR: join(dataDir, 'cases'), ...env },
    // tsx compiles the CLI on every start: on a busy 2-core machine that alone can take many seconds.
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
