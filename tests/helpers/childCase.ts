import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { Envelope } from '../../shared/contract/wire';

const ROOT = join(import.meta.dirname, '..', '..');

export interface HoldingChild {
  child: ChildProcess;
  pid: number;
  result: Envelope<unknown>;
}

/** Starts tests/fixtures/holdCase.ts in a separate Node process and waits for its first line. */
export function openCaseInChild(
  casePath: string,
  appDataDir: string,
  options: { uid?: number; gid?: number } = {},
): Promise<HoldingChild> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'tests/fixtures/holdCase.ts'), casePath, appDataDir],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
      ...options,
    },
  );
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      const parsed = JSON.parse(line) as { pid: number; result: Envelope<unknown> };
      resolve({ child, ...parsed });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`holdCase exited early with ${code}`)));
  });
}

export function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}
