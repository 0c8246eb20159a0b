#!/usr/bin/env node
/**
 * `npm run test:hardening`: the full reliability and security suites.
 * 1. Vitest with HARDENING_FULL=1: the crash campaign (≥ 100 SIGKILLs over ≥ 1,000
 *    acknowledged writes), damaged files, killed migrations, electronegativity,
 *    the fuses, the hostile loopback host with the long fuzzing runs.
 * 2. The hostile-content suite in Chromium on the whole corpus (build + Playwright).
 * Both run even when the first fails; the exit code is non-zero if either failed.
 * HARDENING_REPORT=FILE keeps the crash campaign's figures.
 */
import { spawnSync } from 'node:child_process';

const env = { ...process.env, HARDENING_FULL: '1', HOSTILE_E2E_FULL: '1' };
const steps = [
  {
    name: 'reliability and loopback host (vitest, full)',
    cmd: [
      'npx',
      'vitest',
      'run',
      'tests/hardening',
      'tests/unit/caseFilesDamaged.test.ts',
      'tests/unit/caseFilesWal.test.ts',
      'tests/unit/backup.test.ts',
      'tests/unit/backupCli.test.ts',
      'tests/contract/webhostHostile.test.ts',
      'tests/contract/webhostHostileFuzz.test.ts',
    ],
  },
  { name: 'build', cmd: ['npm', 'run', '-s', 'build'] },
  {
    name: 'hostile content in Chromium (whole corpus): reader, briefing quotations, HTML and PDF export',
    cmd: ['npx', 'playwright', 'test', 'tests/e2e/hostileContent.spec.ts', 'tests/e2e/hostileBriefing.spec.ts'],
    needs: 'build',
  },
];
const outcome = new Map();
for (const step of steps) {
  if (step.needs && outcome.get(step.needs) !== true) {
    console.log(`\n=== ${step.name}: not run, because ${step.needs} failed ===`);
    outcome.set(step.name, false);
    continue;
  }
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env });
  outcome.set(step.name, result.status === 0);
  console.log(
    `=== ${step.name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s) ===`,
  );
}
for (const [name, ok] of outcome) console.log(`  ${ok ? 'ok    ' : 'FAILED'}  ${name}`);
process.exit([...outcome.values()].every(Boolean) ? 0 : 1);
