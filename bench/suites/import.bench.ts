/**
 * Import: the 1,028 articles of the 10kGNAD test set as .txt files through the
 * CLI's batch path (`workbench import`, case open included: read, base64,
 * `sources.import` in chunks of 50, 100, 200, 400, 500 files with two calls under
 * way; decoding, SHA-256 and the writes on the core's thread, extraction, language
 * detection and search folding in the parser worker; one transaction per chunk,
 * every file all-or-nothing, the search index in the same transaction), against
 * bare better-sqlite3 reading the same files and inserting their texts into a
 * table plus a contentless FTS5 index (the core's tokenizer) in one transaction,
 * with the case file's pragmas. A stage breakdown (CPU time per stage, in process)
 * says what the core does that the baseline does not.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../electron/core';
import { applyConnectionPragmas } from '../../electron/core/db/open';
import { importCommand } from '../../electron/cli/commands/import';
import { loadArticles } from '../lib/corpus';
import { stageBreakdown } from './import/stages';
import { elapsed, median } from '../lib/stats';
import type { Benchmark, BenchContext } from '../lib/types';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILT_WORKER = join(ROOT, 'out', 'node', 'extractWorker.mjs');
const GOAL = 1.3;

async function viaCli(ctx: BenchContext, paths: string[], run: number): Promise<number> {
  const dir = join(ctx.tmpDir, `core-${run}`);
  mkdirSync(dir);
  const core = createCore({
    door: 'cli',
    appDataDir: join(dir, 'app'),
    casesDir: dir,
    log: (m, e) => ctx.log(`core: ${m} ${String(e)}`),
    ...(existsSync(BUILT_WORKER) ? { extractWorker: { path: BUILT_WORKER } } : {}),
  });
  const casePath = join(dir, 'bench.wbcase');
  const log = console.log;
  const error = console.error;
  try {
    const created = await core.dispatch('case.create', { path: casePath, title: 'Import benchmark' });
    if (!created.ok) throw new Error(created.error.message);
    await core.dispatch('case.close', {});
    // The worker starts on the first file; start it before the clock, as a running app has it.
    console.log = () => undefined;
    const start = performance.now();
    const code = await importCommand(core, casePath, paths, { json: false });
    const ms = elapsed(start);
    console.log = log;
    if (code !== 0) throw new Error(`workbench import exited with ${code}`);
    const count = await core.dispatch('sources.list', { limit: 1 });
    if (!count.ok) throw new Error(count.error.message);
    return ms;
  } finally {
    console.log = log;
    console.error = error;
    core.close();
  }
}

function bare(ctx: BenchContext, paths: string[], run: number): number {
  const db = new Database(join(ctx.tmpDir, `bare-${run}.sqlite`));
  try {
    applyConnectionPragmas(db);
    db.exec(`
      CREATE TABLE article (id INTEGER PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL) STRICT;
      CREATE VIRTUAL TABLE article_fts USING fts5(text, content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2');`);
    const insert = db.prepare('INSERT INTO article (name, text) VALUES (?, ?)');
    const index = db.prepare('INSERT INTO article_fts (rowid, text) VALUES (?, ?)');
    const start = performance.now();
    db.transaction(() => {
      for (const path of paths) {
        const text = readFileSync(path, 'utf8');
        index.run(insert.run(path, text).lastInsertRowid, text);
      }
    }).immediate();
    return elapsed(start);
  } finally {
    db.close();
  }
}

const bench: Benchmark = {
  id: 'import',
  title: 'Import the 1,028 articles of the 10kGNAD test set through the core (CLI batch)',
  baseline: 'bare better-sqlite3 reading the same files, one transaction, table plus FTS5, same pragmas',
  goal: `≤ ${GOAL}× baseline time`,
  async run(ctx) {
    const { articles, origin } = loadArticles(ctx.sharedDir);
    const used = ctx.quick ? articles.slice(0, 300) : articles;
    const filesDir = join(ctx.tmpDir, 'files');
    mkdirSync(filesDir);
    const paths = used.map((a, i) => {
      const path = join(filesDir, `artikel-${String(i + 1).padStart(4, '0')}-${a.category}.txt`);
      writeFileSync(path, a.text);
      return path;
    });
    const mb = used.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1024 / 1024;
    ctx.log(`${used.length} articles, ${mb.toFixed(1)} MB (${origin})`);
    // One unmeasured round of each warms the code paths and the page cache.
    await viaCli(ctx, paths, -1);
    bare(ctx, paths, -1);
    const core: number[] = [];
    const base: number[] = [];
    for (let run = 0; run < ctx.runs; run++) {
      core.push(await viaCli(ctx, paths, run));
      base.push(bare(ctx, paths, run));
      ctx.log(`run ${run + 1}: core ${core[run]!.toFixed(0)} ms, baseline ${base[run]!.toFixed(0)} ms`);
    }
    const stages = await stageBreakdown(paths, ctx.tmpDir, ctx.quick ? 1 : 3);
    const ratio = median(core) / median(base);
    const perSecond = (ms: number[]) => `${Math.round((used.length / median(ms)) * 1000)} articles/s`;
    return {
      status: 'ok',
      notes: [
        `CPU time by stage (ms, in process, median of ${ctx.quick ? 1 : 3}): ` +
          stages.map((s) => `${s.stage} ${s.ms.toFixed(0)}`).join('; '),
      ],
      comparisons: [
        {
          metric: `import ${used.length} articles`,
          subject: { label: 'core', unit: 'ms', samples: core },
          baseline: { label: 'bare SQLite + FTS5', unit: 'ms', samples: base },
          goal: { text: `≤ ${GOAL}× baseline`, met: ratio <= GOAL },
        },
      ],
      facts: {
        articles: String(used.length),
        throughput: `core ${perSecond(core)}, baseline ${perSecond(base)}`,
        text: `${mb.toFixed(1)} MB`,
        corpus: origin,
        extraction: existsSync(BUILT_WORKER) ? 'worker thread (built out/node/extractWorker.mjs)' : 'in process',
      },
    };
  },
};

export default bench;
