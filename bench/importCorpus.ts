/**
 * Import benchmark: the 1,028 articles of ../shared/corpus/de-news-10kGNAD-test.csv
 * through the core (`sources.import`, the path the CLI and the UI use) into a
 * temporary case, against a baseline of bare better-sqlite3 inserting the same
 * texts into a plain table in one transaction with the same pragmas.
 *
 *   npx tsx bench/importCorpus.ts [--quick] [--chunk N] [--save]
 *
 * --quick imports the first 100 articles; --chunk sets files per call (default
 * 100: one transaction per call, one savepoint per file); --save writes the
 * numbers to bench/results/. Nothing else is written into the repository.
 * Skips (exit 0) when ../shared is not there, as in a user's clone.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { createCore } from '../electron/core';
import { applyConnectionPragmas } from '../electron/core/db/open';
import type { ImportResult } from '../shared/contract/sources';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'de-news-10kGNAD-test.csv');

interface Article {
  category: string;
  text: string;
}

/**
 * The 10kGNAD format: `category;'text'` per record, text quoted with single
 * quotes and a quote inside doubled (`''`). Records end at a newline outside
 * quotes (CRLF in the file), so a quoted newline would stay inside its text.
 */
export function parseGnadCsv(source: string): Article[] {
  const articles: Article[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    while (i < n && (source[i] === '\r' || source[i] === '\n')) i++;
    if (i >= n) break;
    const semi = source.indexOf(';', i);
    if (semi < 0) throw new Error(`No ';' after offset ${i}`);
    const category = source.slice(i, semi);
    i = semi + 1;
    let text = '';
    if (source[i] === "'") {
      i++;
      for (;;) {
        const q = source.indexOf("'", i);
        if (q < 0) throw new Error(`Unterminated quote in the record of category ${category}`);
        text += source.slice(i, q);
        if (source[q + 1] === "'") {
          text += "'";
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const end = source.slice(i).search(/\r?\n/);
      text = end < 0 ? source.slice(i) : source.slice(i, i + end);
      i = end < 0 ? n : i + end;
    }
    articles.push({ category, text });
    while (i < n && source[i] !== '\n') i++;
  }
  return articles;
}

async function viaCore(articles: Article[], chunk: number, dir: string) {
  const core = createCore({ door: 'cli', appDataDir: join(dir, 'app'), casesDir: dir, log: () => undefined });
  try {
    const opened = await core.dispatch('case.create', { path: join(dir, 'bench.wbcase'), title: 'Benchmark' });
    if (!opened.ok) throw new Error(opened.error.message);
    const counts: Record<string, number> = {};
    const files = articles.map((a, i) => ({
      name: `artikel-${String(i + 1).padStart(4, '0')}-${a.category}.txt`,
      mediaType: 'text/plain',
      dataBase64: Buffer.from(a.text, 'utf8').toString('base64'),
    }));
    const start = performance.now();
    for (let i = 0; i < files.length; i += chunk) {
      const envelope = await core.dispatch('sources.import', { files: files.slice(i, i + chunk) });
      if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
      for (const r of envelope.value as ImportResult[]) {
        counts[r.status] = (counts[r.status] ?? 0) + 1;
        if (r.status === 'failed') console.warn(`  failed: ${r.error?.code} ${r.error?.message}`);
      }
    }
    return { seconds: (performance.now() - start) / 1000, counts };
  } finally {
    core.close();
  }
}

function baseline(articles: Article[], dir: string) {
  const db = new Database(join(dir, 'baseline.sqlite'));
  try {
    applyConnectionPragmas(db);
    db.exec('CREATE TABLE article (id INTEGER PRIMARY KEY, category TEXT NOT NULL, text TEXT NOT NULL) STRICT');
    const insert = db.prepare('INSERT INTO article (category, text) VALUES (?, ?)');
    const start = performance.now();
    db.transaction(() => {
      for (const a of articles) insert.run(a.category, a.text);
    }).immediate();
    return { seconds: (performance.now() - start) / 1000 };
  } finally {
    db.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean' }, chunk: { type: 'string' }, save: { type: 'boolean' } },
  });
  if (!existsSync(CORPUS)) {
    console.log(`Skipped: ${CORPUS} is not present (the corpus lives beside the repository, not in it).`);
    return;
  }
  const all = parseGnadCsv(readFileSync(CORPUS, 'utf8'));
  const articles = values.quick ? all.slice(0, 100) : all;
  const chunk = Number(values.chunk ?? 100);
  if (!Number.isInteger(chunk) || chunk < 1 || chunk > 500) throw new Error('--chunk needs 1–500');
  const mb = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1024 / 1024;
  console.log(`${articles.length} articles (${mb.toFixed(1)} MB of text), ${chunk} per sources.import call`);

  const dir = mkdtempSync(join(tmpdir(), 'wb-bench-'));
  try {
    const core = await viaCore(articles, chunk, dir);
    const bare = baseline(articles, dir);
    const coreRate = articles.length / core.seconds;
    const bareRate = articles.length / bare.seconds;
    console.log(
      `core      ${core.seconds.toFixed(2)} s  ${coreRate.toFixed(0).padStart(7)} articles/s  ${JSON.stringify(core.counts)}`,
    );
    console.log(
      `baseline  ${bare.seconds.toFixed(2)} s  ${bareRate.toFixed(0).padStart(7)} articles/s  (bare INSERTs, one transaction)`,
    );
    console.log(`ratio     core is ${(bareRate / coreRate).toFixed(1)}× slower than the bare baseline`);
    if (values.save) {
      const out = join(ROOT, 'bench', 'results');
      mkdirSync(out, { recursive: true });
      const file = join(out, `importCorpus-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
      writeFileSync(
        file,
        JSON.stringify(
          {
            at: new Date().toISOString(),
            node: process.version,
            cpus: cpus().length,
            articles: articles.length,
            chunk,
            core: { seconds: core.seconds, articlesPerSecond: coreRate, statuses: core.counts },
            baseline: { seconds: bare.seconds, articlesPerSecond: bareRate },
          },
          null,
          2,
        ) + '\n',
      );
      console.log(`saved ${file}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run only as a script, so tests can import the parser.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
