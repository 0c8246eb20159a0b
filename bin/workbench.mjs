#!/usr/bin/env node
// The installed `workbench` command runs the built CLI (`npm run build` makes it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../out/node/workbench.mjs', import.meta.url));
if (!existsSync(built)) {
  console.error('workbench: the CLI is not built yet. Run `npm run build` in the project folder first.');
  process.exit(1);
}
await import(built);
