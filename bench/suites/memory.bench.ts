/**
 * Memory: resident set size of the web host (`node out/node/workbench.mjs serve`,
 * the process browser mode talks to) with the 100k-source case open (quick: 1k)
 * after the calls the renderer makes on open, a search of each query type, and a
 * PDF export of a briefing. Read from /proc/<pid>/status: VmRSS now and VmHWM,
 * the peak. No baseline (the issue names none); the idle host is given for scale.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCase } from '../lib/cases';
import { loadArticles } from '../lib/corpus';
import type { Benchmark } from '../lib/types';

const ROOT = join(import.meta.dirname, '..', '..');
const HOST = join(ROOT, 'out', 'node', 'workbench.mjs');
const GOAL_MB = 400;

function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function startHost(
  dataDir: string,
  casesDir: string,
): Promise<{ child: ChildProcess; origin: string; token: string }> {
  const child = spawn(process.execPath, [HOST, 'serve', '--no-open', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, WORKBENCH_DATA_DIR: dataDir, WORKBENCH_CASES_DIR: casesDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the web host printed no URL within 20 s: ${output}`)), 20_000);
    child.stdout?.on('data', (c: Buffer) => {
      output += c.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    child.once('exit', (code) => reject(new Error(`the web host exited (${code}): ${output}`)));
  });
  const parsed = new URL(url);
  return { child, origin: parsed.origin, token: parsed.hash.replace('#token=', '') };
}

const bench: Benchmark = {
  id: 'memory',
  title: 'Memory of the web host with the 100k case open after search and export',
  baseline: '— (the idle host is reported for scale)',
  goal: `≤ ${GOAL_MB} MB resident`,
  async run(ctx) {
    if (!existsSync(HOST)) {
      return { status: 'skipped', reason: `${HOST} is missing: run npm run build first`, comparisons: [] };
    }
    const { articles, origin } = loadArticles(ctx.sharedDir);
    const size = ctx.quick ? 1000 : 100_000;
    const label = `${size / 1000}k`;
    const built = await ensureCase(ctx.cacheDir ?? ctx.tmpDir, articles, size, ctx.log);
    const dataDir = join(ctx.tmpDir, 'data');
    const casesDir = join(ctx.tmpDir, 'cases');
    mkdirSync(dataDir);
    mkdirSync(casesDir);
    const rss: number[] = [];
    const peaks: number[] = [];
    const idle: number[] = [];
    // Memory varies little between runs, and each run opens (and so backs up) the whole case.
    const runs = Math.min(ctx.runs, 2);
    for (let run = 0; run < runs; run++) {
      const host = await startHost(dataDir, casesDir);
      try {
        const call = async (method: string, input: object) => {
          const res = await fetch(`${host.origin}/api/${encodeURIComponent(method)}`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify(input),
          });
          const envelope = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
          if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
          return envelope.value;
        };
        await call('app.info', {});
        idle.push(memoryOf(host.child.pid!).rss);
        await call('case.open', { path: built.path });
        await call('case.info', {});
        await call('sources.list', { sort: 'title', direction: 'asc' });
        await call('sources.list', { sort: 'importedAt', direction: 'desc', filter: {} });
        for (const query of ['Vassilakou', 'Regierung', '"vor allem"', 'Flücht*', 'Wien AND Polizei']) {
          await call('search.query', { query, limit: 20, offset: 0 });
        }
        const briefing = (await call('briefings.create', { title: 'Lagebild Speicher' })) as { id: string };
        await call('export.briefing', { id: briefing.id, format: 'pdf' });
        await call('case.info', {});
        const m = memoryOf(host.child.pid!);
        rss.push(m.rss);
        peaks.push(m.peak);
        ctx.log(
          `run ${run + 1}: idle ${idle[run]!.toFixed(0)} MB, after ${m.rss.toFixed(0)} MB, peak ${m.peak.toFixed(0)} MB`,
        );
        await call('case.close', {});
      } finally {
        host.child.kill('SIGTERM');
        await new Promise((r) => (host.child.exitCode !== null ? r(null) : host.child.once('exit', r)));
      }
    }
    const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
    const at100k = size === 100_000;
    return {
      status: 'ok',
      comparisons: [
        {
          metric: `web host RSS, ${label} case open, after search and PDF export`,
          subject: { label: 'web host', unit: 'MB', samples: rss },
          ...(at100k ? { goal: { text: `≤ ${GOAL_MB} MB`, met: medianOf(rss) <= GOAL_MB } } : {}),
        },
        {
          metric: `web host peak RSS (VmHWM) over the same session, ${label}`,
          subject: { label: 'web host', unit: 'MB', samples: peaks },
          ...(at100k ? { goal: { text: `≤ ${GOAL_MB} MB`, met: medianOf(peaks) <= GOAL_MB } } : {}),
        },
        {
          metric: 'idle web host RSS (no case open), for scale',
          subject: { label: 'web host', unit: 'MB', samples: idle },
        },
      ],
      facts: {
        corpus: origin,
        case: `${label} sources, ${built.sizeMB.toFixed(0)} MB`,
        pdf: 'Chromium runs in its own processes, not counted',
      },
    };
  },
};

export default bench;
