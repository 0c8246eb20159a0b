/**
 * Reader: open a 5 MB German source with 2,000 highlights in the real reader (built app,
 * browser mode, Chromium), against the same text with no highlights in the same run.
 * Quick mode: 500 KB with 200 highlights. See bench/reader/ for how the case is made and
 * what exactly is timed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { max, median, min } from '../lib/stats';
import type { Benchmark, Comparison, Series } from '../lib/types';
import { openReaderSession, type OpenSample } from '../reader/openInBrowser';
import { prepareReaderCase } from '../reader/prepareCase';

const REPO = join(import.meta.dirname, '..', '..');
const BUILT = ['out/node/workbench.mjs', 'out/renderer/index.html'];

const series = (label: string, samples: number[]): Series => ({ label, unit: 'ms', samples });
const fmt = (ms: number) => `${Math.round(ms)} ms`;

const reader: Benchmark = {
  id: 'reader',
  title: 'Reader: open a 5 MB source with 2,000 highlights',
  baseline: 'the same text with no highlights, opened in the same run',
  goal: '≤ 2× baseline and ≤ 500 ms',
  async run(ctx) {
    const missing = BUILT.filter((f) => !existsSync(join(REPO, f)));
    if (missing.length)
      return {
        status: 'skipped',
        reason: `${missing.join(', ')} missing: run \`npm run build\` first`,
        comparisons: [],
      };
    if (!existsSync(ctx.chromiumPath))
      return { status: 'skipped', reason: `no Chromium at ${ctx.chromiumPath}`, comparisons: [] };

    const bytes = ctx.quick ? 500 * 1024 : 5 * 1024 * 1024;
    const highlights = ctx.quick ? 200 : 2000;
    const made = await prepareReaderCase({ dir: ctx.tmpDir, bytes, highlights, sharedDir: ctx.sharedDir });
    ctx.log(`case ready: ${made.chars} characters, ${made.excerpts} excerpts (${made.origin})`);

    const session = await openReaderSession(ctx.chromiumPath, made.path);
    const subject: OpenSample[] = [];
    const base: OpenSample[] = [];
    let inView: number;
    try {
      const subjectScreen = await session.calibrate(made.subject.title);
      const baseScreen = await session.calibrate(made.baseline.title);
      inView = subjectScreen.highlightsInView;
      if (!subjectScreen.highlightId) throw new Error('no highlight in the first screen of the source with excerpts');
      // Alternating, so drift on a shared machine falls on both alike.
      for (let i = 0; i < ctx.runs; i++) {
        base.push(await session.open(made.baseline.title, baseScreen));
        subject.push(await session.open(made.subject.title, subjectScreen));
        ctx.log(
          `run ${i + 1}: first screen ${fmt(subject.at(-1)!.firstScreenMs)} vs ${fmt(base.at(-1)!.firstScreenMs)}, ` +
            `scrollable ${fmt(subject.at(-1)!.scrollableMs)} vs ${fmt(base.at(-1)!.scrollableMs)}`,
        );
      }
    } finally {
      await session.close();
    }

    const pick = (list: OpenSample[], key: keyof OpenSample) => list.map((s) => s[key]);
    const firstS = pick(subject, 'firstScreenMs');
    const firstB = pick(base, 'firstScreenMs');
    const allS = pick(subject, 'scrollableMs');
    const allB = pick(base, 'scrollableMs');
    const withLabel = `${highlights.toLocaleString('en')} highlights`;
    const comparisons: Comparison[] = [
      {
        metric: 'click to first screen painted (text and its highlights)',
        subject: series(withLabel, firstS),
        baseline: series('no highlights', firstB),
        goal: {
          text: '≤ 2× baseline and ≤ 500 ms',
          met: median(firstS) <= 2 * median(firstB) && median(firstS) <= 500,
        },
      },
      {
        metric: 'click to whole text rendered and scrollable',
        subject: series(withLabel, allS),
        baseline: series('no highlights', allB),
        goal: { text: '≤ 2× baseline', met: median(allS) <= 2 * median(allB) },
      },
    ];
    const where = (list: OpenSample[]) =>
      `script ${fmt(median(pick(list, 'scriptMs')))}, layout ${fmt(median(pick(list, 'layoutMs')))}, ` +
      `style ${fmt(median(pick(list, 'styleMs')))}`;
    return {
      status: 'ok',
      comparisons,
      notes: [
        `Clock: pointerdown of the click on the source in the navigator, in the page, to a frame after the DOM holds the ` +
          `first screen's last paragraph and highlight (${inView} highlights in that screen); each sample reloads the page first (cold query cache).`,
        `Where the time goes, median per open until everything is rendered (CDP Performance counters): with highlights ${where(subject)}; without ${where(base)}.`,
        `First screen min–max: ${fmt(min(firstS))}–${fmt(max(firstS))} vs ${fmt(min(firstB))}–${fmt(max(firstB))}.`,
      ],
      facts: {
        chromium: session.chromium,
        text: `${made.chars.toLocaleString('en')} characters of German Markdown from ${made.origin}`,
        excerpts: String(made.excerpts),
        excerptImport: `${Math.round(made.importMs)} ms for the bulk excerpts.importAnnotations call`,
      },
    };
  },
};

export default reader;
