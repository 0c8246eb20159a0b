import { defineConfig } from 'vitest/config';

/**
 * Node-side tests: unit, migrations and contract. They use real SQLite files in
 * temp folders and real HTTP on 127.0.0.1; Playwright runs tests/e2e separately.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/migrations/**/*.test.ts', 'tests/contract/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results.json' },
  },
});
