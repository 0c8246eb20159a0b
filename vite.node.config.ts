import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * The Node doors (CLI with its `serve` web host) for plain Node:
 * out/node/workbench.mjs, plus the import parser's worker out/node/extractWorker.mjs. Dependencies stay external and load from
 * node_modules (better-sqlite3 is native and cannot be bundled).
 */
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/node',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: {
        workbench: resolve(import.meta.dirname, 'electron/cli/index.ts'),
        // Parsing of imported files runs in this worker thread (see extract/extractor.ts).
        extractWorker: resolve(import.meta.dirname, 'electron/core/domains/sources/extract/extractWorker.ts'),
      },
      external: [
        ...builtinModules,
        ...builtinModules.map((m) => `node:${m}`),
        'better-sqlite3',
        'ws',
        'zod',
        'playwright-core',
        // Source-import parsers load lazily and read their own data files (pdf.js fonts and worker) from node_modules.
        'jsdom',
        'dompurify',
        '@mozilla/readability',
        /^pdfjs-dist(\/|$)/,
        'mammoth',
        'postal-mime',
      ],
      output: { format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
});
