#!/usr/bin/env node
/**
 * `npm test`: every check CI runs, in order, with one summary at the end.
 * Typecheck, lint and format first (cheap, catch most mistakes), then the Node
 * test suites (unit, migrations, contract), then a build and the end-to-end
 * tests in Chromium against the built app. Every step runs even after a
 * failure (except e2e, which needs the build), so one run shows everything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  { name: 'typecheck', cmd: ['npm', 'run', '-s', 'typecheck'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.', '--max-warnings', '0'] },
  { name: 'format', cmd: ['npx', 'prettier', '--check', '.', '--log-level', 'warn'] },
  { name: 'unit, migration and contract tests', cmd: ['npx', 'vitest', 'run'], results: '.vitest-results.json' },
  { name: 'build', cmd: ['npm', 'run', '-s', 'build'] },
  {
    name: 'end-to-end tests (Chromium)',
    cmd: ['npx', 'playwright', 'test'],
    results: '.playwright-results.json',
    needs: 'build',
  },
  // Keeps every benchmark working (small sizes; a missed goal is a result, a crashing suite fails the step).
  // Writes bench/results/tmp/, which git ignores; the committed results come from a full run.
  {
    name: 'benchmarks (quick)',
    cmd: ['npm', 'run', '-s', 'bench', '--', '--quick'],
    needs: 'build',
    timeoutMs: 300_000,
  },
];

const outcome = new Map();
let passed = 0;
let failed = 0;
let skipped = 0;
// Names of failed tests, repeated at the very end: CI keeps only the tail of the log.
const failedNames = [];

function countResults(file) {
  if (!existsSync(file)) return;
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in data) {
    passed += data.numPassedTests;
    failed += data.numFailedTests;
    skipped += (data.numPendingTests ?? 0) + (data.numTodoTests ?? 0);
    for (const file of data.testResults ?? []) {
      for (const test of file.assertionResults ?? []) {
        if (test.status === 'failed') failedNames.push(`${relative(file.name)} › ${test.fullName}`);
      }
    }
  } else if (data.stats) {
    passed += data.stats.expected + (data.stats.flaky ?? 0);
    failed += data.stats.unexpected;
    skipped += data.stats.skipped;
    collectPlaywrightFailures(data.suites ?? [], []);
  }
}

// Playwright's messages carry terminal colour codes (ESC [ … m).
const colourCode = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
function stripColour(text) {
  return text.replace(colourCode, '');
}

function relative(file) {
  return file.startsWith(process.cwd()) ? file.slice(process.cwd().length + 1) : file;
}

function collectPlaywrightFailures(suites, titles) {
  for (const suite of suites) {
    const path = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const last = test.results?.at(-1);
        const reason = stripColour((last?.error?.message ?? '').split('\n')[0]).slice(0, 200);
        failedNames.push(
          `${spec.file}:${spec.line} › ${[...path, spec.title].join(' › ')}${reason ? ` — ${reason}` : ''}`,
        );
      }
    }
    collectPlaywrightFailures(suite.suites ?? [], path);
  }
}

for (const step of steps) {
  if (step.needs && outcome.get(step.needs) !== true) {
    console.log(`\n=== ${step.name}: not run, because ${step.needs} failed ===`);
    outcome.set(step.name, false);
    continue;
  }
  console.log(`\n=== ${step.name} ===`);
  if (step.results) rmSync(step.results, { force: true });
  const started = Date.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), {
    stdio: 'inherit',
    env: process.env,
    ...(step.timeoutMs ? { timeout: step.timeoutMs } : {}),
  });
  if (result.error?.code === 'ETIMEDOUT') console.log(`=== ${step.name}: stopped after ${step.timeoutMs / 1000} s ===`);
  const ok = result.status === 0;
  outcome.set(step.name, ok);
  if (step.results) countResults(step.results);
  console.log(`=== ${step.name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s) ===`);
}

console.log('\nSummary');
for (const [name, ok] of outcome) console.log(`  ${ok ? 'ok    ' : 'FAILED'}  ${name}`);
const stepFailures = [...outcome.values()].filter((ok) => !ok).length;
if (failedNames.length > 0) {
  console.log('\nFailed tests');
  for (const name of failedNames) console.log(`  ${name}`);
}
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(stepFailures === 0 && failed === 0 ? 0 : 1);
