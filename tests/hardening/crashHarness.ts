/**
 * Crash-safety harness: a child process (crashWorker.ts) makes numbered,
 * acknowledged writes through the real core on a real case file; the harness
 * SIGKILLs it at random moments, reopens the case as the app would, and checks
 * the file: integrity_check and foreign keys, every acknowledged write present,
 * nothing half-applied (a source without its version, a rating without its
 * audit row or the other way round), and nothing committed that was neither
 * acknowledged nor in flight at the moment of the kill.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { createCore } from '../../electron/core';
import type { Op } from './crashWorker';

const ROOT = join(import.meta.dirname, '..', '..');
const WORKER = join(ROOT, 'tests/hardening/crashWorker.ts');

export interface CampaignOptions {
  casePath: string;
  appDataDir: string;
  /** Stop when both are reached. */
  kills: number;
  transactions: number;
  seed: number;
  /** Mean number of acknowledged writes before a kill. */
  meanAcksPerLife?: number;
  onProgress?: (stats: CampaignStats) => void;
}

export interface CampaignStats {
  kills: number;
  transactions: number;
  refused: number;
  /** Kills that landed while a write was in flight (begun, not acknowledged). */
  inFlightAtKill: number;
  /** In-flight writes found committed after the kill (allowed: the kill came after COMMIT, before the ack). */
  committedUnacked: number;
  /** Kills before the worker was ready (during start-up, open, migration check or the open backup). */
  killedDuringStart: number;
  failures: string[];
  byOp: Record<string, number>;
}

interface Acked {
  op: Op;
  id: string | undefined;
}

interface Life {
  acks: number;
  lastBegin: { n: number; op: Op } | null;
  ready: boolean;
}

function spawnWorker(opts: CampaignOptions, firstN: number, seed: number): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', WORKER, opts.casePath, opts.appDataDir, String(firstN), String(seed)],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

export async function runCrashCampaign(opts: CampaignOptions): Promise<CampaignStats> {
  const stats: CampaignStats = {
    kills: 0,
    transactions: 0,
    refused: 0,
    inFlightAtKill: 0,
    committedUnacked: 0,
    killedDuringStart: 0,
    failures: [],
    byOp: {},
  };
  const acked = new Map<number, Acked>();
  const inFlight = new Map<number, Op>();
  let random = opts.seed >>> 0 || 1;
  const next = () => {
    // xorshift32: the harness's own kill schedule, replayable from the seed.
    random ^= random << 13;
    random ^= random >>> 17;
    random ^= random << 5;
    return (random >>> 0) / 4294967296;
  };
  const mean = opts.meanAcksPerLife ?? 14;
  let n = 1;
  while (stats.kills < opts.kills || stats.transactions < opts.transactions) {
    const life: Life = { acks: 0, lastBegin: null, ready: false };
    // One life in ten is killed on a timer, wherever it is (often before it is ready).
    const onTimer = next() < 0.1;
    const target = onTimer ? Infinity : 1 + Math.floor(next() * 2 * mean);
    const child = spawnWorker(opts, n, Math.floor(next() * 2 ** 31));
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const kill = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    let timer: NodeJS.Timeout | undefined;
    if (onTimer) timer = setTimeout(kill, Math.floor(next() * 1500));
    const lines = createInterface({ input: child.stdout! });
    const linesClosed = new Promise<void>((resolve) => lines.once('close', () => resolve()));
    lines.on('line', (text) => {
      let msg: Record<string, unknown>;
      try {
        msg = JSON.parse(text) as Record<string, unknown>;
      } catch {
        stats.failures.push(`worker printed a torn line: ${text.slice(0, 80)}`);
        return;
      }
      if (msg.ready) life.ready = true;
      else if (msg.fatal) stats.failures.push(`worker could not open the case: ${JSON.stringify(msg.fatal)}`);
      else if (typeof msg.begin === 'number') life.lastBegin = { n: msg.begin, op: msg.op as Op };
      else if (typeof msg.refused === 'number') {
        stats.refused++;
        life.lastBegin = null;
      } else if (typeof msg.ack === 'number') {
        acked.set(msg.ack, { op: msg.op as Op, id: msg.id as string | undefined });
        stats.transactions++;
        stats.byOp[msg.op as string] = (stats.byOp[msg.op as string] ?? 0) + 1;
        life.lastBegin = null;
        life.acks++;
        if (life.acks >= target) {
          // A few microseconds to a few milliseconds later: inside the next write, its commit, or between.
          const wait = next();
          if (wait < 0.3) setImmediate(kill);
          else setTimeout(kill, Math.floor(wait * 6));
        }
      }
    });
    await exited;
    if (timer) clearTimeout(timer);
    // Every line the worker wrote before it died is still in the pipe: read them all.
    await linesClosed;
    if (child.signalCode !== 'SIGKILL') {
      stats.failures.push(`worker ended on its own (${child.exitCode}): ${stderr.slice(0, 500)}`);
      break;
    }
    stats.kills++;
    if (!life.ready) stats.killedDuringStart++;
    if (life.lastBegin) {
      stats.inFlightAtKill++;
      inFlight.set(life.lastBegin.n, life.lastBegin.op);
    }
    const maxSeen = Math.max(n - 1, ...acked.keys(), ...inFlight.keys());
    n = maxSeen + 1;
    const found = await verifyCase(opts, acked, inFlight);
    stats.committedUnacked = found.committedUnacked;
    stats.failures.push(...found.failures.map((f) => `after kill ${stats.kills}: ${f}`));
    opts.onProgress?.(stats);
    if (stats.failures.length) break;
  }
  return stats;
}

/** The marker each write leaves, so a committed write can be found and numbered. */
function markerNumber(text: string, pattern: RegExp): number | null {
  const m = pattern.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * Reopens the case as the app does (a core: stale lock taken over, WAL
 * recovered, migrations checked) and inspects it through a second, read-only
 * connection while the core holds it.
 */
export async function verifyCase(
  opts: Pick<CampaignOptions, 'casePath' | 'appDataDir'>,
  acked: ReadonlyMap<number, Acked>,
  inFlight: ReadonlyMap<number, Op>,
): Promise<{ failures: string[]; committedUnacked: number }> {
  const failures: string[] = [];
  const core = createCore({ door: 'cli', appDataDir: join(opts.appDataDir, 'verifier'), log: () => undefined });
  try {
    const opened = await core.dispatch('case.open', { path: opts.casePath });
    if (!opened.ok)
      return { failures: [`reopen failed: ${opened.error.code}: ${opened.error.message}`], committedUnacked: 0 };
    const db = new Database(opts.casePath, { readonly: true });
    try {
      return inspect(db, acked, inFlight, failures);
    } finally {
      db.close();
    }
  } finally {
    core.close();
  }
}

function inspect(
  db: Database.Database,
  acked: ReadonlyMap<number, Acked>,
  inFlight: ReadonlyMap<number, Op>,
  failures: string[],
): { failures: string[]; committedUnacked: number } {
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') failures.push(`integrity_check: ${String(integrity)}`);
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length) failures.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);

  const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
  // Every committed write, by its number.
  const committed = new Map<number, { op: Op; id: string }>();
  const note = (n: number | null, op: Op, id: string) => {
    if (n === null) return;
    if (committed.has(n) && op !== 'rate') failures.push(`write ${n} (${op}) is committed twice`);
    committed.set(n, { op, id });
  };
  for (const r of all<{ id: string; text: string }>(
    `SELECT s.id, v.text FROM source s JOIN source_version v ON v.source_id = s.id AND v.version = 1`,
  ))
    note(markerNumber(r.text, /^Meldung (\d+):/), 'import', r.id);
  const comments = new Map<string, string>();
  for (const r of all<{ id: string; comment: string }>(`SELECT id, comment FROM excerpt`)) {
    comments.set(r.id, r.comment);
    note(markerNumber(r.comment, /^e(\d+)$/), 'excerpt', r.id);
  }
  for (const r of all<{ id: string; text: string }>(`SELECT id, text FROM analytic_object`))
    note(markerNumber(r.text, /^Behauptung (\d+)$/), 'claim', r.id);
  for (const r of all<{ id: string; note: string }>(`SELECT id, note FROM evidence`))
    note(markerNumber(r.note, /^ev (\d+)$/), 'evidence', r.id);
  for (const r of all<{ entityId: string; reason: string }>(`SELECT entity_id AS entityId, reason FROM audit_log`)) {
    const rel = markerNumber(r.reason, /^r(\d+)$/);
    if (rel !== null) note(rel, 'reliability', r.entityId);
    const rate = markerNumber(r.reason, /^rate (\d+)$/);
    if (rate !== null) note(rate, 'rate', r.entityId);
  }

  // 1. Every acknowledged write is there, as the write it was.
  const updatesOf = new Map<string, number>();
  for (const [n, a] of acked) {
    if (a.op === 'update') {
      updatesOf.set(a.id!, Math.max(updatesOf.get(a.id!) ?? 0, n));
      continue;
    }
    if (a.op === 'excerpt') {
      // Its comment marker may since have been replaced by an update: the excerpt itself must be there.
      if (!comments.has(a.id!)) failures.push(`acknowledged write ${n} (excerpt ${a.id}) is missing`);
      continue;
    }
    const c = committed.get(n);
    if (!c) failures.push(`acknowledged write ${n} (${a.op}) is missing`);
    else if (c.op !== a.op || (a.id !== undefined && c.id !== a.id))
      failures.push(`write ${n} is ${c.op} ${c.id}, acknowledged as ${a.op} ${a.id}`);
  }
  for (const [excerptId, n] of updatesOf) {
    const m = markerNumber(comments.get(excerptId) ?? '', /^u(\d+)$/);
    if (m === null || m < n)
      failures.push(`acknowledged update ${n} of ${excerptId} is lost (comment ${comments.get(excerptId)})`);
  }

  // 2. Nothing committed that was neither acknowledged nor in flight when a worker died.
  let committedUnacked = 0;
  const check = (n: number, op: Op) => {
    if (acked.has(n)) return;
    if (inFlight.get(n) === op) committedUnacked++;
    else failures.push(`write ${n} (${op}) is committed but was never begun or was refused`);
  };
  for (const [n, c] of committed) check(n, c.op);
  for (const comment of comments.values()) {
    const u = markerNumber(comment, /^u(\d+)$/);
    if (u !== null) check(u, 'update');
  }
  const ackedExcerpts = new Set([...acked.values()].filter((a) => a.op === 'excerpt').map((a) => a.id));
  const unknownExcerpts = [...comments.keys()].filter((id) => !ackedExcerpts.has(id)).length;
  const excerptsInFlight = [...inFlight.values()].filter((op) => op === 'excerpt').length;
  if (unknownExcerpts > excerptsInFlight)
    failures.push(`${unknownExcerpts} excerpts were never acknowledged, but only ${excerptsInFlight} were in flight`);

  // 3. Nothing half-applied.
  const orphanSources = all<{ id: string }>(
    `SELECT id FROM source s WHERE NOT EXISTS (SELECT 1 FROM source_version v WHERE v.source_id = s.id)`,
  );
  if (orphanSources.length) failures.push(`sources without a version: ${orphanSources.map((s) => s.id).join(', ')}`);
  const orphanBlobs = all<{ sha256: string }>(
    `SELECT sha256 FROM source_blob b WHERE NOT EXISTS (SELECT 1 FROM source_version v WHERE v.blob_sha256 = b.sha256)`,
  );
  if (orphanBlobs.length) failures.push(`stored bytes no version uses: ${orphanBlobs.length}`);
  // A rating and its audit row are one transaction: the newest audit row names the current value.
  const drift = [
    ...all<{ id: string; current: string | null; logged: string | null }>(
      `SELECT s.id, s.reliability AS current,
         (SELECT new_value FROM audit_log a WHERE a.entity_id = s.id AND a.field = 'reliability' ORDER BY a.id DESC LIMIT 1) AS logged
       FROM source s WHERE EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_id = s.id AND a.field = 'reliability')`,
    ),
    ...all<{ id: string; current: string | null; logged: string | null }>(
      `SELECT o.id, o.confidence AS current,
         (SELECT new_value FROM audit_log a WHERE a.entity_id = o.id AND a.field = 'confidence' ORDER BY a.id DESC LIMIT 1) AS logged
       FROM analytic_object o WHERE EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_id = o.id AND a.field = 'confidence')`,
    ),
  ].filter((r) => r.current !== r.logged);
  if (drift.length) failures.push(`ratings and their audit rows disagree: ${JSON.stringify(drift.slice(0, 3))}`);
  return { failures, committedUnacked };
}
