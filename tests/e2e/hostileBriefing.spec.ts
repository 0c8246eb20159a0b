import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportResult } from '../../shared/contract/sources';
import type { Briefing } from '../../shared/domain/briefing';
import type { Excerpt } from '../../shared/domain/excerpt';
import { MAX_EXCERPT_CHARS } from '../../shared/domain/excerpt';
import { importFileFor, loadCorpus, type HostileFormat, type Payload } from '../fixtures/hostile/corpus';
import { fullHostileRun, samplePayloads } from '../fixtures/hostile/sample';
import { expect, test } from './fixtures';
import { BriefingEditor } from './pages/BriefingEditor';
import { startCanary } from './support/canaryServer';
import { serveOneFile } from './support/fileServer';
import { HostileDetector } from './support/hostileDetector';
import { pageCall } from './support/pageCall';

/**
 * The hostile corpus past the reader: every payload's source is excerpted whole,
 * the excerpts go into one briefing as quotations (the editor's excerptQuote
 * node, exactly what its insert command writes), and the briefing is
 * - opened in the editor in Chromium with the detector watching,
 * - exported as HTML through the core, checked as text (no `<script`, no
 *   on*= attribute, no javascript: URL inside any tag) and opened in a clean
 *   Chromium context with a detector of its own,
 * - exported as PDF through the core (its own headless Chromium prints it):
 *   the canary must see no request, and pdftotext must show the payloads as
 *   plain words.
 * Two formats: plain text, where each quote holds the payload literally (markup
 * as characters), and the saved web page, where it holds what the sanitiser
 * left. `npm test`: the fixed sample; `npm run test:hardening`: the corpus.
 */

const corpus = loadCorpus();
const FULL = fullHostileRun();
const FORMATS: HostileFormat[] = ['text', 'html'];
const BATCH = 80;
const SETTLE_MS = 1_000;
/** The exported report's own Content Security Policy is a defence, not content: excused. */
const EXPORT_OWN_MARKUP = '<meta http-equiv="Content-Security-Policy">';
/**
 * The sources annex links each source's own address when it is http(s) or mailto
 * (export/escape.ts safeHref). Such a link loads nothing until clicked, so it is
 * counted, not failed; any other scheme in a link fails.
 */
const PLAIN_LINK = /^<a> href="(https?:|mailto:)/;

interface Quoted {
  payload: Payload;
  format: HostileFormat;
  excerpt: Excerpt;
}

// A trace snapshots the DOM at every step; with a hundred quotations that costs minutes.
test.use({ trace: 'off' });

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Runs in the page: how many quotations the editor shows, and its text, once all have rendered. */
function editorQuotes({ n }: { n: number }): { count: number; text: string } | false {
  const doc = document.querySelector('[role="textbox"][aria-label="Briefing text"]');
  if (!doc) return false;
  const count = doc.querySelectorAll('.wb-excerpt-quote__original').length;
  return count === n ? { count, text: doc.textContent ?? '' } : false;
}

/** Markup that could act, inside the tags of an HTML document (text between tags is not looked at). */
function activeMarkup(html: string): string[] {
  const out: string[] = [];
  if (/<script/i.test(html)) out.push('<script');
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    if (/\son[a-z]+\s*=/i.test(tag)) out.push(`on*= in ${tag.slice(0, 120)}`);
    if (/javascript:/i.test(tag)) out.push(`javascript: in ${tag.slice(0, 120)}`);
    if (/\s(src|action|data|poster|srcset|background)\s*=\s*["']?\s*(https?:)?\/\//i.test(tag))
      out.push(`remote URL in ${tag.slice(0, 120)}`);
  }
  return out;
}

test(`briefing quotations and HTML/PDF export (${FULL ? 'all as text' : 'sample'}): nothing runs, loads or navigates`, async ({
  app,
  page,
  context,
  browser,
}) => {
  test.setTimeout(FULL ? 1_500_000 : 300_000);
  const started = Date.now();
  const canary = await startCanary();
  const detector = await HostileDetector.attach(context, page, { appOrigin: app.server.origin, canary });
  const call = <T>(method: string, input: unknown) => pageCall<T>(page, app.server.token, method, input);
  const quoted: Quoted[] = [];
  const figures: Record<string, unknown> = { full: FULL };
  try {
    await app.start();
    await app.createCase('Feindselige Zitate');
    await detector.arm();

    for (const format of FORMATS) {
      // The sample: one payload per family as text, and for the page the e-mail's smaller sample (two per
      // family and every metadata, URL and frameset payload), which keeps this test to a few minutes.
      // The full run quotes every payload literally (as text: the hardest case for a quotation, its
      // markup is all there as characters) and the page sample; every payload as a sanitised page too
      // would take over 15 minutes on the 2-core machine (the reader suite already walks them all).
      const payloads = FULL && format === 'text' ? corpus : samplePayloads(corpus, format === 'html' ? 'eml' : format);
      detector.during(`import and excerpt [${format}]`);
      for (let i = 0; i < payloads.length; i += BATCH) {
        const batch = payloads.slice(i, i + BATCH);
        const results = await call<ImportResult[]>('sources.import', {
          files: batch.map((p) => importFileFor(p, format, canary.origin)),
        });
        for (const [k, r] of results.entries()) {
          // A frameset page has no text of its own and is refused by name (hostileContent.spec.ts checks how).
          if (r.status !== 'imported' || !r.sourceId) continue;
          const { version } = await call<{ version: { text: string } }>('sources.get', { sourceId: r.sourceId });
          if (!version.text.trim()) continue;
          const excerpt = await call<Excerpt>('excerpts.create', {
            sourceId: r.sourceId,
            start: 0,
            end: Math.min(version.text.length, MAX_EXCERPT_CHARS),
          });
          quoted.push({ payload: batch[k]!, format, excerpt });
        }
      }
    }
    figures.quotations = quoted.length;
    figures.byFormat = Object.fromEntries(FORMATS.map((f) => [f, quoted.filter((q) => q.format === f).length]));
    expect(quoted.length).toBeGreaterThan(FULL ? 300 : 40);

    // One briefing quoting every excerpt, as the editor's "insert quotation" writes it.
    const title = 'Zitate aus feindseligen Quellen';
    const briefing = await call<Briefing>('briefings.create', {
      title,
      template: 'blank',
      doc: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Die folgenden Zitate stammen aus Quellen:' }] },
          ...quoted.map((q) => ({ type: 'excerptQuote', attrs: { excerptId: q.excerpt.id } })),
        ],
      },
    });

    // The editor, in Chromium, under the detector.
    detector.during('briefing editor');
    const editor = new BriefingEditor(page);
    await editor.open(title);
    const shown = await detector.waitAndCheck(editorQuotes, { n: quoted.length }, 60_000);
    const editorText = squash(shown.text);
    const missing = quoted.filter((q) => !editorText.includes(squash(q.excerpt.quote).slice(0, 60)));
    expect(
      missing.map((q) => q.payload.id),
      'quotations whose words the editor does not show',
    ).toEqual([]);
    await app.screenshot('hostile-briefing-editor');
    await page.waitForTimeout(SETTLE_MS);
    await detector.check();
    figures.editor = detector.counts();

    // HTML export: as text, then opened on its own in a clean context.
    detector.during('export html');
    const html = await call<{ dataBase64: string }>('export.briefing', { id: briefing.id, format: 'html' });
    const htmlBytes = Buffer.from(html.dataBase64, 'base64');
    const htmlText = htmlBytes.toString('utf8');
    writeFileSync(join(app.server.scratchDir, 'report.html'), htmlBytes);
    expect(activeMarkup(htmlText), 'active markup in the exported HTML').toEqual([]);
    // The literal payloads are there, as escaped characters.
    const literalScript = quoted.filter((q) => q.format === 'text' && /<script/i.test(q.excerpt.quote));
    expect(literalScript.length).toBeGreaterThan(0);
    expect(htmlText).toContain('&lt;script');
    figures.htmlBytes = htmlBytes.length;

    const file = await serveOneFile(htmlBytes, 'text/html; charset=utf-8');
    const reportContext = await browser.newContext({ javaScriptEnabled: true });
    const reportPage = await reportContext.newPage();
    const reportDetector = await HostileDetector.attach(reportContext, reportPage, { appOrigin: file.origin, canary });
    try {
      reportDetector.during('exported HTML in Chromium');
      await reportPage.goto(`${file.origin}/report.html`);
      await reportDetector.arm({ baseline: false });
      await reportPage.waitForTimeout(SETTLE_MS);
      await reportDetector.check();
      const shownText = squash(await reportPage.locator('body').innerText());
      expect(shownText).toContain('<script');
      for (const q of literalScript.slice(0, 20)) expect(shownText).toContain(squash(q.excerpt.quote).slice(0, 60));
      if (process.env.WORKBENCH_E2E_SCREENSHOTS)
        await reportPage.screenshot({ path: join(process.env.WORKBENCH_E2E_SCREENSHOTS, 'hostile-export-html.png') });
      const excused = (f: { kind: string; detail: string }) =>
        f.kind === 'dom' && (f.detail === EXPORT_OWN_MARKUP || PLAIN_LINK.test(f.detail));
      const findings = reportDetector.findings.filter((f) => !excused(f));
      figures.htmlInChromium = reportDetector.counts();
      figures.htmlPlainLinks = reportDetector.findings.filter(
        (f) => f.kind === 'dom' && PLAIN_LINK.test(f.detail),
      ).length;
      expect(reportDetector.describe(findings), 'the exported HTML in Chromium').toEqual([]);
      expect(
        file.otherRequests.filter((u) => u !== '/favicon.ico'),
        'requests the report made',
      ).toEqual([]);
    } finally {
      await reportContext.close();
      await file.close();
    }

    // PDF export: the core prints the same HTML in its own headless Chromium.
    detector.during('export pdf');
    const hitsBefore = canary.hits.length;
    const pdf = await call<{ dataBase64: string; pageCount: number | null }>('export.briefing', {
      id: briefing.id,
      format: 'pdf',
    });
    expect(canary.hits.length - hitsBefore, 'canary hits while the PDF was printed').toBe(0);
    const pdfPath = join(app.server.scratchDir, 'report.pdf');
    writeFileSync(pdfPath, Buffer.from(pdf.dataBase64, 'base64'));
    const pdfText = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }));
    expect(pdfText).toContain('<script');
    // Every plain-text payload that names its own id shows it as words in the PDF.
    const named = quoted.filter((q) => q.format === 'text' && q.excerpt.quote.includes(q.payload.id));
    const absent = named.filter((q) => !pdfText.includes(q.payload.id));
    figures.pdf = { pages: pdf.pageCount, idsShown: named.length - absent.length, idsExpected: named.length };
    expect(
      absent.map((q) => q.payload.id),
      'payload ids missing from the PDF text',
    ).toEqual([]);

    detector.during('settle');
    await page.waitForTimeout(SETTLE_MS);
    await detector.check();
  } finally {
    const summary = {
      ...figures,
      counts: detector.counts(),
      canaryHits: canary.hits.length,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
    await test.info().attach('hostile-briefing.json', {
      body: JSON.stringify({ ...summary, findings: detector.findings }, null, 2),
      contentType: 'application/json',
    });
    console.log(`[hostile] briefing ${JSON.stringify(summary)}`);
    await canary.close();
  }
  expect(detector.describe(), 'executions, requests, navigations, popups or live markup').toEqual([]);
  expect(canary.hits, 'requests that reached the canary').toEqual([]);
});
