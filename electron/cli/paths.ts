import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds the built renderer whether the CLI runs bundled (out/node/workbench.mjs)
 * or from source through tsx (electron/cli/index.ts).
 */
export function findRendererDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.WORKBENCH_RENDERER_DIR) return resolve(env.WORKBENCH_RENDERER_DIR);
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', 'renderer'), join(here, '..', '..', 'out', 'renderer')]) {
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
}
