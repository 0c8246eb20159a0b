import { defineConfig } from 'vitest/config';

/**
 * Node-side tests: unit, migrations and contract. They use real SQLite files in
 * temp folders and real HTTP on 127.0.0.1; Playwright runs tests/e2e separately.
 */
export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/migrations/**/*.test.ts',
      'tests/contract/**/*.test.ts',
      // Bounded crash, damaged-file and migration-kill runs; HARDENING_FULL=1 makes them full (npm run test:hardening).
      'tests/hardening/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    // Generous: the CLI tests spawn Node processes, which are slow on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 20_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results.json' },
  },
});
