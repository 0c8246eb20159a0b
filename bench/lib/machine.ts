import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import Database from 'better-sqlite3';

/** The facts every result records, so a number can be read against the machine it came from. */
export interface MachineFacts {
  cpu: string;
  cores: number;
  loadAverage: number[];
  memoryTotalMB: number;
  memoryFreeMB: number;
  node: string;
  sqlite: string;
  chromium: string;
  commit: string;
  platform: string;
}

function quiet(cmd: string, args: string[], cwd?: string): string | null {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 })
      .trim()
      .split('\n')[0]!;
  } catch {
    return null;
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function collectMachineFacts(root: string) {
  const db = new Database(':memory:');
  const sqlite = db.prepare('SELECT sqlite_version()').pluck().get() as string;
  db.close();
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const chromiumLine = quiet(chromiumPath, ['--version']);
  const chromium = chromiumLine ? (/\d+(\.\d+)+/.exec(chromiumLine)?.[0] ?? chromiumLine) : 'not found';
  const head = quiet('git', ['rev-parse', '--short=12', 'HEAD'], root) ?? 'unknown';
  const dirty = quiet('git', ['status', '--porcelain', '--untracked-files=no'], root);
  const commit = dirty ? `${head} (with uncommitted changes)` : head;
  const loadNow = () => loadavg().map(round2);
  const cpu = cpus()[0]?.model.trim() ?? 'unknown';
  const facts = (): MachineFacts => ({
    cpu,
    cores: cpus().length,
    loadAverage: loadNow(),
    memoryTotalMB: Math.round(totalmem() / 1024 / 1024),
    memoryFreeMB: Math.round(freemem() / 1024 / 1024),
    node: process.version,
    sqlite,
    chromium,
    commit,
    platform: `${process.platform} ${process.arch}`,
  });
  return { ...facts(), loadNow, facts };
}
