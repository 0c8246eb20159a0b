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

/**
 * The worker that parses imported files: the built one beside the bundle, or
 * the TypeScript source run through tsx when the CLI itself runs from source.
 */
export function findExtractWorker(): { path: string } | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, 'extractWorker.mjs');
  if (existsSync(built)) return { path: built };
  const fromSource = join(here, 'extractWorkerFromSource.mjs');
  if (existsSync(fromSource)) return { path: fromSource };
  return undefined;
}
