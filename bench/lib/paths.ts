import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The `../shared` folder beside the checkout (the corpus lives there, not in the repository), or null. */
export function sharedDirOrNull(root: string): string | null {
  const dir = resolve(process.env.WORKBENCH_SHARED_DIR ?? join(root, '..', 'shared'));
  return existsSync(join(dir, 'corpus')) ? dir : null;
}
