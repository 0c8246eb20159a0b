import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * electron-vite's defaults assume src/main, src/preload, src/renderer; this
 * project's layout is given explicitly. Output: out/main, out/preload (CommonJS,
 * because a sandboxed preload cannot be an ES module), out/renderer.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          extractWorker: resolve(import.meta.dirname, 'electron/core/domains/sources/extract/extractWorker.ts'),
        },
        // ES module main (Electron ≥ 28), named to match package.json "main"; "type": "module" makes .js ESM.
        // Production dependencies (better-sqlite3, zod) stay external and load from node_modules / app.asar.
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      // One local bundle loaded from disk, never over a network: Blueprint alone is ~400 kB.
      chunkSizeWarningLimit: 2000,
      // No inline scripts or eval anywhere, so the strict CSP holds.
      modulePreload: { polyfill: false },
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
