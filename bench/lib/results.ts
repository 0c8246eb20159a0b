import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import type { MachineFacts } from './machine';
import type { PendingRow } from './pending';
import type { OutcomeSummary, SeriesSummary } from './summary';

export interface SuiteResult extends Omit<OutcomeSummary, 'status'> {
  id: string;
  title: string;
  baseline: string;
  goal: string;
  status: OutcomeSummary['status'] | 'crashed';
  /** When this suite ran and on which commit (a merged file holds suites of several runs). */
  at: string;
  commit: string;
  loadAverageBefore: number[];
  seconds: number;
}

export interface ResultsFile {
  writtenAt: string;
  quick: boolean;
  runs: number;
  machine: MachineFacts;
  suites: SuiteResult[];
  pending: PendingRow[];
}

export function readPrevious(dir: string): ResultsFile | null {
  const file = join(dir, 'latest.json');
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ResultsFile;
  } catch {
    return null;
  }
}

function num(n: number): string {
  const a = Math.abs(n);
  if (a >= 100) return n.toFixed(0);
  if (a >= 10) return n.toFixed(1);
  if (a >= 1) return n.toFixed(2);
  return n.toPrecision(2);
}

function cell(s: SeriesSummary | undefined): string {
  if (!s) return '—';
  const unit = s.unit === 'items/s' ? '/s' : ` ${s.unit}`;
  const spread = s.n > 1 ? ` (${num(s.min)}–${num(s.max)})` : '';
  return `${s.label}: **${num(s.median)}${unit}**${spread}`;
}

const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdown(file: Omit<ResultsFile, 'writtenAt'> & { writtenAt: string }): string {
  const m = file.machine;
  const lines = [
    `# Benchmark results (${file.quick ? 'quick' : 'full'} run)`,
    '',
    `Written ${file.writtenAt} (the last invocation: ${file.runs} run(s) per measurement; each suite's notes say when it ran). Machine: ${m.cpu}, ${m.cores} cores, ` +
      `${m.memoryTotalMB} MB memory, ${m.platform}; Node ${m.node}, SQLite ${m.sqlite}, Chromium ${m.chromium}; ` +
      `commit ${m.commit}. Cells: median (min–max) of the samples; ratio = subject median / baseline median.`,
    '',
    '| benchmark | metric | subject | baseline | ratio | goal | met? |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const s of file.suites) {
    if (s.status !== 'ok') {
      lines.push(`| ${s.id} | — | ${s.status}: ${escape(s.reason ?? '')} | — | — | ${escape(s.goal)} | — |`);
      continue;
    }
    for (const c of s.comparisons) {
      const ratio = c.ratio !== undefined ? `${num(c.ratio)}×` : '—';
      const met = c.goal ? (c.goal.met ? 'yes' : '**no**') : '—';
      lines.push(
        `| ${s.id} | ${escape(c.metric)} | ${escape(cell(c.subject))} | ${escape(cell(c.baseline))} | ${ratio} | ${escape(c.goal?.text ?? '')} | ${met} |`,
      );
    }
  }
  for (const p of file.pending) lines.push(`| ${p.id} | — | pending: no suite yet | — | — | ${escape(p.goal)} | — |`);
  const notes = file.suites.filter((s) => s.notes?.length || s.facts || s.status !== 'ok');
  if (notes.length) {
    lines.push('', '## Notes');
    for (const s of notes) {
      lines.push('', `### ${s.id}: ${s.title}`, '');
      lines.push(`Ran ${s.at} (${s.seconds.toFixed(0)} s, load average before ${s.loadAverageBefore.join(' ')}).`);
      if (s.status !== 'ok') lines.push('', `**${s.status}**: ${s.reason ?? ''}`);
      if (s.facts) {
        lines.push(
          '',
          Object.entries(s.facts)
            .map(([k, v]) => `${k}: ${v}`)
            .join('; ') + '.',
        );
      }
      if (s.notes?.length) lines.push('', ...s.notes.map((n) => `- ${n}`));
    }
  }
  if (file.pending.length) {
    lines.push('', '## Pending', '');
    for (const p of file.pending) lines.push(`- **${p.id}** (${p.title}): no \`bench/suites/${p.id}.bench.ts\` yet.`);
  }
  return lines.join('\n') + '\n';
}

/** Written as Prettier would, so the committed results pass the format check of `npm test`. */
export async function writeResults(
  dir: string,
  data: Omit<ResultsFile, 'writtenAt'>,
): Promise<{ paths: string[]; md: string }> {
  mkdirSync(dir, { recursive: true });
  const file: ResultsFile = { writtenAt: new Date().toISOString(), ...data };
  const json = join(dir, 'latest.json');
  const mdPath = join(dir, 'latest.md');
  writeFileSync(json, await format(JSON.stringify(file, null, 2), { filepath: json }));
  const md = await format(markdown(file), { filepath: mdPath });
  writeFileSync(mdPath, md);
  return { paths: [json, mdPath], md };
}
