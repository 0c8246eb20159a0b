/**
 * `npm run bench [-- --quick] [-- --only id[,id]] [-- --runs N] [-- --cache DIR]`: runs every
 * bench/suites/*.bench.ts one after another, each in a fresh temporary folder,
 * and writes one results file plus a Markdown table.
 *
 * Where results go: a full run of every suite writes bench/results/latest.{json,md}
 * (committed, so readers see them); a full run with --only replaces just those
 * suites' entries in it; --quick (what CI runs, to keep every benchmark working)
 * writes bench/results/tmp/ (ignored by git). A missed goal is a result, never a
 * failure: the exit code is 1 only when a suite crashed, and the others still run.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { collectMachineFacts } from './lib/machine';
import { PENDING_ROWS } from './lib/pending';
import { readPrevious, writeResults, type SuiteResult } from './lib/results';
import { sharedDirOrNull } from './lib/paths';
import { summarise } from './lib/summary';
import type { Benchmark, BenchContext, BenchOutcome } from './lib/types';

const ROOT = join(import.meta.dirname, '..');
const SUITES = join(ROOT, 'bench', 'suites');

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    runs: { type: 'string' },
    out: { type: 'string' },
    cache: { type: 'string' },
  },
});

const quick = values.quick ?? false;
const runs = values.runs ? Number(values.runs) : quick ? 2 : 5;
if (!Number.isInteger(runs) || runs < 1 || runs > 100) throw new Error('--runs needs a whole number from 1 to 100');
const only = values.only
  ? new Set(
      values.only
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
  : null;
/** A suite that takes longer than this is counted as crashed, so CI cannot hang on one. */
const SUITE_TIMEOUT_MS = quick ? 120_000 : 30 * 60_000;

const files = readdirSync(SUITES)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const ids = files.map((f) => f.replace(/\.bench\.ts$/, ''));
if (only) {
  const unknown = [...only].filter((id) => !ids.includes(id));
  if (unknown.length) {
    console.error(`bench: no suite named ${unknown.join(', ')} (there are: ${ids.join(', ')})`);
    process.exit(2);
  }
}

const outDir = values.out ?? (quick ? join(ROOT, 'bench', 'results', 'tmp') : join(ROOT, 'bench', 'results'));
const machine = collectMachineFacts(ROOT);
console.log(
  `bench: ${quick ? 'quick' : 'full'} run, ${runs} run(s) per measurement; ${machine.cpu} × ${machine.cores}, ` +
    `load ${machine.loadAverage.join(' ')}, Node ${machine.node}, SQLite ${machine.sqlite}, Chromium ${machine.chromium}`,
);

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Inputs several suites build alike (the scaled cases) are built once per run, or kept between
// runs in the folder --cache names (building the 100k case takes minutes).
const cacheDir = values.cache ?? mkdtempSync(join(tmpdir(), 'wb-bench-cache-'));
if (!values.cache) process.on('exit', () => rmSync(cacheDir, { recursive: true, force: true }));
process.on('SIGINT', () => process.exit(130));

const results: SuiteResult[] = [];
let crashed = 0;
for (const [i, file] of files.entries()) {
  const id = ids[i]!;
  if (only && !only.has(id)) continue;
  const started = performance.now();
  const at = new Date().toISOString();
  const loadBefore = machine.loadNow();
  const tmpDir = mkdtempSync(join(tmpdir(), `wb-bench-${id}-`));
  console.log(`\n=== ${id} ===`);
  let bench: Benchmark | undefined;
  let outcome: BenchOutcome | undefined;
  let error: string | undefined;
  try {
    const mod = (await import(pathToFileURL(join(SUITES, file)).href)) as { default?: Benchmark };
    bench = mod.default;
    if (!bench || typeof bench.run !== 'function') throw new Error(`${file} has no default export of a Benchmark`);
    const ctx: BenchContext = {
      quick,
      runs,
      sharedDir: sharedDirOrNull(ROOT),
      tmpDir,
      cacheDir,
      chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      log: (line) => console.log(`  [${id}] ${line}`),
    };
    outcome = await withTimeout(bench.run(ctx), SUITE_TIMEOUT_MS, id);
  } catch (err) {
    error = err instanceof Error ? (err.stack ?? err.message) : String(err);
    crashed += 1;
    console.error(`  [${id}] CRASHED: ${error}`);
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  const result: SuiteResult = {
    id,
    title: bench?.title ?? id,
    baseline: bench?.baseline ?? '',
    goal: bench?.goal ?? '',
    at,
    commit: machine.commit,
    loadAverageBefore: loadBefore,
    seconds,
    ...(error !== undefined
      ? { status: 'crashed' as const, reason: error.split('\n')[0]!, comparisons: [] }
      : summarise(outcome!)),
  };
  results.push(result);
  console.log(
    `=== ${id}: ${result.status}${result.reason ? ` (${result.reason})` : ''} in ${seconds.toFixed(1)} s ===`,
  );
}

// The issue's benchmarks that have no suite file yet are listed as pending, not faked.
const present = new Set(ids);
const pending = PENDING_ROWS.filter((row) => !present.has(row.id));

// A full run with --only updates those suites in the committed results and keeps the others.
const previous = !quick && only ? readPrevious(outDir) : null;
const merged = previous
  ? [...previous.suites.filter((s) => !results.some((r) => r.id === s.id) && present.has(s.id)), ...results].sort(
      (a, b) => ids.indexOf(a.id) - ids.indexOf(b.id),
    )
  : results;
const written = await writeResults(outDir, { quick, runs, machine: machine.facts(), suites: merged, pending });
console.log(`\n${written.md}\n\nbench: wrote ${written.paths.join(' and ')}`);
process.exit(crashed ? 1 : 0);
