/**
 * The shape every benchmark shares, so `npm run bench` can run them one after another
 * and write one results file. A benchmark lives in `bench/suites/<id>.bench.ts` and
 * exports its `Benchmark` as the default export. It measures its subject and, in the
 * same run, the baseline that stands for the limit; the runner reports medians, min,
 * max and the ratio. Benchmarks assert nothing: a missed goal is a result, not a failure.
 */

/** One series of samples of one thing measured (one sample per run or per operation). */
export interface Series {
  /** Who was measured: 'core', 'grep', 'plain StarterKit', … */
  label: string;
  unit: 'ms' | 's' | 'MB' | 'items/s';
  samples: number[];
}

/** One row of the results table: the subject against its baseline for one metric. */
export interface Comparison {
  /** What is compared, e.g. 'load to first frame' or 'p95, phrase query, 100k sources'. */
  metric: string;
  subject: Series;
  baseline?: Series;
  /** The goal for this row in words and whether the medians meet it; absent when there is none. */
  goal?: { text: string; met: boolean };
}

export interface BenchOutcome {
  /** 'pending': the feature it needs has not landed; 'skipped': an input is missing here (say which). */
  status: 'ok' | 'pending' | 'skipped';
  reason?: string;
  comparisons: Comparison[];
  /** What dominates the time, profiles, caveats: short lines for the Markdown report. */
  notes?: string[];
  /** Versions or sizes that matter beyond the machine facts, e.g. { chromium: '156…', sources: '100000' }. */
  facts?: Record<string, string>;
}

export interface BenchContext {
  /** `--quick`: small sizes and few runs, so CI keeps every benchmark working. */
  quick: boolean;
  /** Runs per measurement the runner asks for (fewer in quick mode). */
  runs: number;
  /** The `../shared` folder beside the checkout (corpus), or null where it is absent. */
  sharedDir: string | null;
  /** A fresh temporary folder for this benchmark, removed afterwards. */
  tmpDir: string;
  /**
   * A folder kept for the whole run and removed at its end, for inputs several
   * suites build alike (the scaled 1k / 10k / 100k cases of bench/lib/cases.ts).
   * Optional so a suite can be run by a script that has none (use tmpDir then).
   */
  cacheDir?: string;
  /** Debian's Chromium (`CHROMIUM_PATH` or /usr/bin/chromium). */
  chromiumPath: string;
  log(line: string): void;
}

export interface Benchmark {
  id: string;
  title: string;
  /** The baseline measured in the same run, in words. */
  baseline: string;
  /** The goal from the issue, in words. */
  goal: string;
  run(ctx: BenchContext): Promise<BenchOutcome>;
}
