/**
 * PDF export: a long German briefing (30+ pages, 300 citations; quick: a short
 * one) to PDF through the core's renderer, against Chromium printing the same
 * already-rendered report HTML with the same options (paper, margins, header and
 * footer templates, tagging, outline) on a warm page that already holds it, in
 * the same run. Rows:
 *   - warm: the app's case, one warm Chromium per process (what the dialog does
 *     after its first export): render, load the report into the warm page and
 *     measure where the headings will print (the contents' numbers), one print,
 *     a check of those numbers against the PDF's destinations (a second print
 *     only when they differ: the notes say how often), metadata appended;
 *   - first export with Chromium launched for it (a fresh process, as the CLI);
 *   - where each export's time goes, per step (notes).
 * The briefing is built here through dispatch, from German text the repository
 * holds, so the suite needs no corpus.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createCore, type Core } from '../../electron/core';
import { gatherReportData, type ReadCall } from '../../electron/core/domains/export/gather';
import { exportBriefing } from '../../electron/core/export';
import { pageTemplates } from '../../electron/core/export/pdf';
import { chromiumPdfOptions } from '../../electron/core/export/printOptions';
import { launchChromium, WarmChromium } from '../../electron/core/export/printer';
import { renderReport } from '../../electron/core/export/report';
import type { ReportData } from '../../electron/core/export/types';
import { elapsed, median } from '../lib/stats';
import type { Benchmark, BenchContext, Comparison } from '../lib/types';

const RATIO_GOAL = 1.1;
const FIRST_GOAL_MS = 2500;
const OPTIONS = { format: 'pdf' as const, paper: 'A4' as const, annexes: ['sources', 'gaps', 'scale'] as const };

const QUOTE = (n: number) =>
  `Bericht Nr. ${n}: Über ${n * 3} Fahrzeuge wurden nördlich von Kursk gesichtet; Größe und Stärke der Einheit bleiben unklar (Quelle ${n}).`;

async function must<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

/** `sources` cited sources, `per` paragraphs citing each: sources × per citations in all. */
async function buildBriefing(ctx: BenchContext, sources: number, per: number): Promise<{ core: Core; id: string }> {
  const core = createCore({ door: 'cli', appDataDir: join(ctx.tmpDir, 'app'), log: () => undefined });
  await must(core, 'case.create', { path: join(ctx.tmpDir, 'export.wbcase'), title: 'Lage Kursk „Nord“' });
  await must(core, 'case.update', { patch: { handling: 'Nur für den Dienstgebrauch', tlp: 'TLP:AMBER' } });
  const excerpts: string[] = [];
  for (let i = 1; i <= sources; i++) {
    const text = `Einleitung.\n\n${QUOTE(i)}\n\nSchluss.`;
    const [r] = await must<{ sourceId: string }[]>(core, 'sources.import', {
      files: [{ name: `quelle-${i}.txt`, mediaType: 'text/plain', dataBase64: Buffer.from(text).toString('base64') }],
    });
    const sourceId = r!.sourceId;
    await must(core, 'sources.update', {
      sourceId,
      patch: { title: `Lagebericht ${i} – Grenzregion`, outlet: 'Süddeutsche Rundschau' },
    });
    await must(core, 'sources.setReliability', { sourceId, reliability: 'B', reason: 'Bisher meist zutreffend' });
    excerpts.push((await must<{ id: string }>(core, 'excerpts.create', { sourceId, quote: QUOTE(i) })).id);
  }
  const t = (text: string) => ({ type: 'text', text });
  const body: unknown[] = [{ type: 'heading', attrs: { level: 2 }, content: [t('Diskussion')] }];
  for (const [i, id] of excerpts.entries()) {
    if (i % 8 === 0) body.push({ type: 'heading', attrs: { level: 3 }, content: [t(`Abschnitt ${i / 8 + 1}`)] });
    for (let k = 0; k < per; k++) {
      body.push({
        type: 'paragraph',
        content: [
          t(
            `Die Beobachtungen (${i + 1}.${k + 1}) zeigen Bewegungen größerer Verbände; Straßen und Brücken über die Seym wurden genutzt. `,
          ),
          { type: 'citation', attrs: { excerptId: id } },
        ],
      });
    }
  }
  const b = await must<{ id: string }>(core, 'briefings.create', {
    title: 'Lageeinschätzung: Truppenbewegungen bei Kursk',
    language: 'de',
    doc: { type: 'doc', content: body },
    meta: { authors: ['Jörg Weiß'], audience: 'Krisenstab' },
  });
  return { core, id: b.id };
}

function dataOf(core: Core, id: string): Promise<ReportData> {
  const call: ReadCall = (method, input) => must(core, method, input);
  return gatherReportData(call, id);
}

/** The floor: page.pdf with the same options on a warm page that already holds the rendered report; `sample()` prints once. */
async function baselinePage(browser: Browser, data: ReportData): Promise<{ sample: () => Promise<number> }> {
  const report = renderReport(data, { annexes: [...OPTIONS.annexes], paper: OPTIONS.paper });
  const settings = { paper: OPTIONS.paper, ...pageTemplates(report, data) };
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  await page.setContent(report.html, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  await page.pdf(chromiumPdfOptions(settings));
  return {
    async sample() {
      const t0 = performance.now();
      await page.pdf(chromiumPdfOptions(settings));
      return elapsed(t0);
    },
  };
}

const bench: Benchmark = {
  id: 'pdfExport',
  title: 'PDF export of a long briefing',
  baseline: 'Chromium printing the same already-rendered report HTML, same options, on a warm page (same run)',
  goal: `≤ ${RATIO_GOAL}× the baseline; the first export in a fresh process ≤ ${FIRST_GOAL_MS / 1000} s`,
  async run(ctx) {
    const [sources, per] = ctx.quick ? [12, 2] : [60, 5];
    const { core, id } = await buildBriefing(ctx, sources, per);
    const warm = new WarmChromium();
    let browser: Browser | null = null;
    try {
      const data = await dataOf(core, id);
      const annexes = [...OPTIONS.annexes];

      /** Progress steps as [step, ms until the next step]. */
      const timed = () => {
        const steps: [string, number][] = [];
        let last = performance.now();
        let lastStep = 'start';
        return {
          steps,
          progress: (step: string) => {
            const now = performance.now();
            steps.push([lastStep, now - last]);
            last = now;
            lastStep = step;
          },
        };
      };
      const byStep = (runs: [string, number][][]) => {
        const all = new Map<string, number[]>();
        for (const run of runs) {
          const sums = new Map<string, number>();
          for (const [s, ms] of run) sums.set(s, (sums.get(s) ?? 0) + ms);
          for (const [s, ms] of sums) all.set(s, [...(all.get(s) ?? []), ms]);
        }
        return [...all.entries()].map(([s, v]) => `${s} ${Math.round(median(v))} ms`).join(', ');
      };

      // A fresh process: Chromium launched for this export (the CLI's path), then closed.
      const cold = timed();
      const firstStart = performance.now();
      const first = await exportBriefing(data, { ...OPTIONS, annexes }, { progress: cold.progress });
      const firstMs = elapsed(firstStart);

      // What the first export would take with Chromium started ahead (the app's warm-up): launched and its
      // page open, nothing printed yet.
      await warm.warmUp();
      const warmedStart = performance.now();
      await exportBriefing(data, { ...OPTIONS, annexes }, { printer: warm });
      const warmedMs = elapsed(warmedStart);
      browser = await launchChromium();
      const floor = await baselinePage(browser, data);
      // Subject and baseline alternate, so a load that drifts during the run weighs on both alike.
      const subject: number[] = [];
      const baseline: number[] = [];
      const runs: [string, number][][] = [];
      let reprinted = 0;
      for (let i = 0; i < ctx.runs; i++) {
        const run = timed();
        const t0 = performance.now();
        await exportBriefing(data, { ...OPTIONS, annexes }, { printer: warm, progress: run.progress });
        subject.push(elapsed(t0));
        runs.push(run.steps);
        if (run.steps.filter(([s]) => s === 'print').length > 1) reprinted++;
        baseline.push(await floor.sample());
      }
      const ratio = median(subject) / median(baseline);
      const comparisons: Comparison[] = [
        {
          metric: `warm export, ${first.pageCount} pages, ${sources * per} citations`,
          subject: { label: 'core (warm Chromium)', unit: 'ms', samples: subject },
          baseline: { label: 'one page.pdf on a warm page', unit: 'ms', samples: baseline },
          goal: { text: `≤ ${RATIO_GOAL}× baseline`, met: ratio <= RATIO_GOAL },
        },
        {
          metric: 'first export, Chromium launched for it',
          subject: { label: 'core (cold)', unit: 'ms', samples: [firstMs] },
          goal: { text: `≤ ${FIRST_GOAL_MS} ms`, met: firstMs <= FIRST_GOAL_MS },
        },
      ];
      return {
        status: 'ok',
        comparisons,
        notes: [
          `ratio ${ratio.toFixed(2)}× (median ${Math.round(median(subject))} ms vs ${Math.round(median(baseline))} ms)`,
          `warm export by step (medians): ${byStep(runs)}`,
          `first export by step: ${byStep([cold.steps])}`,
          `first export on a Chromium started ahead of it (launched, page open, nothing printed yet): ${Math.round(warmedMs)} ms`,
          'steps: render = the report HTML (in the first export also waiting for Chromium to start, which runs meanwhile); layout = a new page when there is none, loading the report into it and measuring where each heading will print, written into the contents; print = Chromium printing; pages = reading the headings’ pages back from the PDF’s named destinations; metadata = title, author, subject, keywords appended as an incremental update',
          `second prints (the measured pages differed from the printed ones): ${reprinted} of ${ctx.runs} warm exports`,
        ],
        facts: {
          pages: String(first.pageCount),
          citations: String(sources * per),
          bytes: String(first.bytes.byteLength),
        },
      };
    } finally {
      await warm.close();
      await browser?.close();
      core.close();
    }
  },
};

export default bench;
