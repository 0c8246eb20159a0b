// Runs the TypeScript worker entry through tsx, for tests and `npm run workbench`
// (the built app uses out/node/extractWorker.mjs instead).
import { register } from 'tsx/esm/api';

register();
await import('../core/domains/sources/extract/extractWorker.ts');
