/**
 * Open: a fresh core opens a case and loads the first screen, at 1k / 10k /
 * 100k sources (quick: 1k), against opening the same file with bare
 * better-sqlite3 and reading PRAGMA user_version. Two subjects:
 *   - "first screen": case.open, then the 50 newest sources with titles
 *     (sources.list, importedAt desc, limit 50) — the issue's definition;
 *   - "renderer's open calls": case.open, case.info and the two sources.list
 *     calls the navigator makes on open today (sort by title for the count and
 *     tag choices, and newest first for the list; each at its default limit of 1,000).
 * Warm: the file in the page cache. Cold: the case file's pages evicted with
 * posix_fadvise(DONTNEED) before each sample (through python3; Node has no
 * fadvise), so the open reads it from disk; the program's own files stay cached.
 * The core is the web host's door ('browser'), as in the app: the CLI has no
 * first screen and keeps its check at open (electron/core/db/open.ts). What
 * waits until after the first screen (the switch to WAL, the lock's and the
 * recent list's fsyncs, the structural check in a worker) is not in the
 * samples; the check's own duration is given in the notes.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '../../electron/core';
import { startBackgroundCheck } from '../../electron/core/db/backgroundCheck';
import { ensureCase } from '../lib/cases';
import { loadArticles } from '../lib/corpus';
import { elapsed, median } from '../lib/stats';
import type { Benchmark, BenchContext, Comparison } from '../lib/types';

const WARM_GOAL_MS = 10;
const COLD_GOAL_MS = 20;

type Calls = 'firstScreen' | 'renderer';

async function openAndLoad(ctx: BenchContext, path: string, calls: Calls, n: number): Promise<number> {
  const core = createCore({ door: 'browser', appDataDir: join(ctx.tmpDir, `app-${n}`), log: () => undefined });
  try {
    const start = performance.now();
    const must = async (method: string, input: object) => {
      const r = await core.dispatch(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.value;
    };
    await must('case.open', { path });
    if (calls === 'firstScreen') {
      const list = (await must('sources.list', { sort: 'importedAt', direction: 'desc', limit: 50 })) as {
        items: { title: string }[];
      };
      if (list.items.length !== 50 || !list.items[0]!.title) throw new Error('the first screen has no 50 titles');
    } else {
      await Promise.all([
        must('case.info', {}),
        must('sources.list', { sort: 'title', direction: 'asc' }),
        must('sources.list', { sort: 'importedAt', direction: 'desc', filter: {} }),
      ]);
    }
    return elapsed(start);
  } finally {
    core.close();
  }
}

function userVersion(path: string): number {
  const start = performance.now();
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('user_version', { simple: true });
  } finally {
    db.close();
  }
  return elapsed(start);
}

/** Evicts one file's pages from the page cache; false when that is not possible here. */
function evict(path: string): boolean {
  const r = spawnSync(
    'python3',
    [
      '-c',
      'import os,sys; fd=os.open(sys.argv[1], os.O_RDONLY); os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)',
      path,
    ],
    { stdio: 'ignore' },
  );
  return r.status === 0;
}

const bench: Benchmark = {
  id: 'open',
  title: 'Open a case and load the first screen (50 newest sources with titles), 1k to 100k sources',
  baseline: 'opening the same file with bare better-sqlite3 and reading PRAGMA user_version',
  goal: `≤ ${WARM_GOAL_MS} ms warm, ≤ ${COLD_GOAL_MS} ms with a cold page cache, flat from 1k to 100k`,
  async run(ctx) {
    const { articles, origin } = loadArticles(ctx.sharedDir);
    const sizes = ctx.quick ? [1000] : [1000, 10_000, 100_000];
    // At 100k every core.close() also copies the whole case (the pending open backup), so fewer samples there.
    const samplesFor = (size: number) =>
      ctx.quick ? 2 : size >= 100_000 ? Math.min(2, ctx.runs) : Math.max(5, ctx.runs);
    const comparisons: Comparison[] = [];
    const facts: Record<string, string> = { corpus: origin };
    const notes: string[] = [];
    let coldWorks = false;
    const firstScreenWarm: Record<number, number> = {};
    for (const size of sizes) {
      const label = `${size / 1000}k`;
      const built = await ensureCase(ctx.cacheDir ?? ctx.tmpDir, articles, size, ctx.log);
      facts[`case ${label}`] = `${built.sizeMB.toFixed(0)} MB`;
      coldWorks = evict(built.path);
      // After the first screen: the structural check in its worker (measured alone; it reads the whole file).
      const check = await startBackgroundCheck(built.path).outcome;
      notes.push(
        `${label}: the background structural check (after the first screen, in a worker) ${check.kind === 'ok' ? `takes ${(check.ms / 1000).toFixed(1)} s for ${check.trees} tables` : `did not finish (${check.kind})`}`,
      );
      const goalFor = (cold: boolean) => (cold ? COLD_GOAL_MS : WARM_GOAL_MS);
      for (const cold of coldWorks ? [false, true] : [false]) {
        for (const calls of ['firstScreen', 'renderer'] as const) {
          // At 100k one open takes minutes here: one sample of the first screen, warm and cold; the
          // renderer's calls add list queries, not file reads, and are measured at 1k and 10k.
          if (calls === 'renderer' && size >= 100_000) continue;
          // Warms code and, for warm runs, the file (at 100k the file is warm from building or the last suite).
          if (size < 100_000) await openAndLoad(ctx, built.path, calls, -1);
          userVersion(built.path);
          const subject: number[] = [];
          const baseline: number[] = [];
          for (let i = 0; i < samplesFor(size); i++) {
            if (cold) evict(built.path);
            subject.push(await openAndLoad(ctx, built.path, calls, i));
            if (cold) evict(built.path);
            baseline.push(userVersion(built.path));
          }
          if (calls === 'firstScreen' && !cold) firstScreenWarm[size] = median(subject);
          const goal = goalFor(cold);
          comparisons.push({
            metric: `${calls === 'firstScreen' ? 'open + 50 newest' : "open + the renderer's calls"}, ${cold ? 'cold' : 'warm'}, ${label} sources`,
            subject: { label: 'core', unit: 'ms', samples: subject },
            baseline: { label: 'user_version', unit: 'ms', samples: baseline },
            ...(calls === 'firstScreen' ? { goal: { text: `≤ ${goal} ms`, met: median(subject) <= goal } } : {}),
          });
        }
      }
    }
    const smallest = firstScreenWarm[sizes[0]!];
    const largest = firstScreenWarm[sizes[sizes.length - 1]!];
    if (sizes.length > 1 && smallest && largest) {
      notes.push(
        `flatness: warm first screen ${smallest.toFixed(1)} ms at ${sizes[0]! / 1000}k, ${largest.toFixed(1)} ms at ${sizes[sizes.length - 1]! / 1000}k (${(largest / smallest).toFixed(1)}×)`,
      );
    }
    facts.cold = coldWorks
      ? "the case file's pages evicted with posix_fadvise(DONTNEED) before each sample (program files stay cached)"
      : 'not measured: the page cache could not be dropped here (python3 posix_fadvise failed)';
    return { status: 'ok', comparisons, notes, facts };
  },
};

export default bench;
