/**
 * The process the crash harness kills. It runs the real core on a real case
 * file and makes numbered writes through dispatch, printing one line per
 * write: `begin` before the call and `ack` only after the call returned ok
 * (written synchronously to the pipe, so an ack the parent reads is one the
 * core had already confirmed). It never stops by itself; the parent SIGKILLs it.
 *
 * Usage: node --import tsx crashWorker.ts CASE APPDATA FIRST_N SEED
 */
import { writeSync } from 'node:fs';
import { createCore } from '../../electron/core';
import type { Envelope } from '../../shared/contract/wire';

const [casePath, appDataDir, firstArg, seedArg] = process.argv.slice(2);
if (!casePath || !appDataDir || !firstArg || !seedArg) throw new Error('usage: CASE APPDATA FIRST_N SEED');

function line(value: object): void {
  writeSync(1, `${JSON.stringify(value)}\n`);
}

/** mulberry32: a small seeded generator, so a failing run can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const OPS = ['import', 'excerpt', 'update', 'reliability', 'claim', 'rate', 'evidence'] as const;
export type Op = (typeof OPS)[number];
const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const CONFIDENCE = ['low', 'moderate', 'high'] as const;

export function articleText(n: number): string {
  return `Meldung ${n}: Sechs Offiziere sollen bei Kursk getötet worden sein. Die Behörde in Köln äußerte sich nicht (Nr. ${n}).`;
}

async function main(): Promise<void> {
  const random = rng(Number(seedArg));
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const core = createCore({ door: 'cli', appDataDir: appDataDir!, log: () => undefined });
  const call = async (method: string, input: unknown): Promise<Envelope<unknown>> => core.dispatch(method, input);
  const opened = await call('case.open', { path: casePath });
  if (!opened.ok) {
    line({ fatal: opened.error });
    process.exit(3);
  }
  const value = async <T>(method: string, input: unknown): Promise<T> => {
    const envelope = await call(method, input);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}`);
    return envelope.value as T;
  };
  const sourceList = (await value<{ items: { id: string; reliability: string | null }[] }>('sources.list', {})).items;
  const sources = sourceList.map((s) => s.id);
  // A rating equal to the current one is no change (no audit row), so each write picks a different value.
  const reliabilityOf = new Map(sourceList.map((s) => [s.id, s.reliability]));
  const excerpts = (await value<{ items: { id: string }[] }>('excerpts.list', {})).items.map((e) => e.id);
  const claimList = (
    await value<{ items: { id: string; confidence: string | null }[] }>('analysis.list', { kinds: ['claim'] })
  ).items;
  const claims = claimList.map((c) => c.id);
  const confidenceOf = new Map(claimList.map((c) => [c.id, c.confidence]));
  const differentFrom = <T extends string>(values: readonly T[], current: string | null | undefined, n: number): T => {
    const first = values[n % values.length]!;
    return first === current ? values[(n + 1) % values.length]! : first;
  };
  line({ ready: true, pid: process.pid, sources: sources.length, excerpts: excerpts.length, claims: claims.length });

  for (let n = Number(firstArg); ; n++) {
    let op: Op = OPS[Math.floor(random() * OPS.length)]!;
    // Writes that need something to work on fall back to creating it.
    if (op !== 'import' && op !== 'claim' && !sources.length) op = 'import';
    if ((op === 'update' || op === 'evidence') && !excerpts.length) op = 'excerpt';
    if ((op === 'rate' || op === 'evidence') && !claims.length) op = 'claim';
    let method: string;
    let input: Record<string, unknown>;
    const sourceId = pick(sources);
    const excerptId = pick(excerpts);
    const claimId = pick(claims);
    switch (op) {
      case 'import':
        method = 'sources.import';
        input = {
          files: [{ name: `meldung-${n}.txt`, dataBase64: Buffer.from(articleText(n), 'utf8').toString('base64') }],
        };
        break;
      case 'excerpt':
        method = 'excerpts.create';
        input = { sourceId, quote: 'Sechs Offiziere', comment: `e${n}` };
        break;
      case 'update':
        method = 'excerpts.update';
        input = { excerptId, patch: { comment: `u${n}` } };
        break;
      case 'reliability':
        method = 'sources.setReliability';
        input = { sourceId, reliability: differentFrom(RELIABILITY, reliabilityOf.get(sourceId!), n), reason: `r${n}` };
        break;
      case 'claim':
        method = 'analysis.create';
        input = { kind: 'claim', text: `Behauptung ${n}` };
        break;
      case 'rate':
        method = 'analysis.rate';
        input = {
          id: claimId,
          confidence: differentFrom(CONFIDENCE, confidenceOf.get(claimId!), n),
          reason: `rate ${n}`,
        };
        break;
      case 'evidence':
        method = 'evidence.add';
        input = { excerptId, targetId: claimId, note: `ev ${n}` };
        break;
    }
    line({ begin: n, op });
    const envelope = await call(method, input);
    if (!envelope.ok) {
      // A refused write (a pair already linked) changes nothing; the parent checks that too.
      line({ refused: n, op, code: envelope.error.code });
      continue;
    }
    const v = envelope.value as { id?: string };
    let id: string | undefined;
    if (op === 'import') {
      const result = (v as unknown as { sourceId?: string; status: string }[])[0]!;
      id = result.sourceId;
      if (result.status === 'imported' && id) sources.push(id);
    } else if (op === 'excerpt') {
      id = v.id;
      excerpts.push(id!);
    } else if (op === 'claim') {
      id = v.id;
      claims.push(id!);
    } else if (op === 'update') id = excerptId;
    else if (op === 'reliability') {
      id = sourceId;
      reliabilityOf.set(sourceId!, input.reliability as string);
    } else if (op === 'rate') {
      id = claimId;
      confidenceOf.set(claimId!, input.confidence as string);
    } else id = v.id;
    line({ ack: n, op, id });
  }
}

void main();
