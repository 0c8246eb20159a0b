import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/contract/sources';
import type { SourceDetail, SourceVersionContent } from '../../shared/domain/source';
import type { Core } from '../../electron/core';
import { ok } from '../helpers/tempDirs';
import { caseWithCore, importFiles } from '../fixtures/sources/caseHelpers';
import { htmlFragmentToBlocks } from '../../electron/core/domains/sources/extract/html';
import {
  CATEGORIES,
  FORMATS,
  LEAD,
  emlDocument,
  htmlDocument,
  importFileFor,
  loadCorpus,
  materialise,
  textualIn,
  type Category,
  type HostileFormat,
  type ImportFile,
  type Payload,
} from '../fixtures/hostile/corpus';
import { familyOf, fullHostileRun, samplePayloads } from '../fixtures/hostile/sample';

/**
 * The core's half of the hostile-content suite, driven by the corpus in
 * tests/fixtures/hostile: whatever a saved page, Markdown note, text file or
 * e-mail contains, the importer stores only text and offsets, so no payload
 * survives as something a reader could execute, and no stored URL field carries an
 * active scheme. (The Chromium half — import through the app and rendering in the
 * reader — is tests/e2e/hostileContent.spec.ts.)
 */

const corpus = loadCorpus();

/** Counts every request, so a test can prove the importer fetched nothing (jsdom loads no resources). */
let canary: { origin: string; hits: string[]; server: Server };

beforeAll(async () => {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(204).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  canary = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, server };
});

afterAll(async () => {
  await new Promise<void>((done) => canary.server.close(() => done()));
});

/** Markup that must never come out of the extractor as text of an HTML page or e-mail. */
const MARKUP = [
  { name: '<script', pattern: /<script/i },
  { name: 'on*= attribute in a tag', pattern: /<[a-z][^>]*[\s/"']on[a-z]+\s*=/i },
  { name: 'active element', pattern: /<(iframe|frame|object|embed|applet|img|svg|math|base|meta|link|form|style)\b/i },
];
/** Words that occur only inside tags, attributes and script bodies of the corpus, never in its visible text. */
const TRACES = ['alert(', 'alert`', '__pwned', 'javascript:', 'vbscript:', 'onerror', 'data:text/html', 'evil.example'];

// URL parsers skip leading control characters, so the pattern does too.
// eslint-disable-next-line no-control-regex
const ACTIVE_URL = /^[\s\u0000-\u001f]*(javascript|vbscript|data|blob|file):/i;

function storedUrlProblems(source: SourceDetail, version: SourceVersionContent): string[] {
  const out: string[] = [];
  for (const [field, value] of [
    ['source.url', source.url],
    ['metadata.canonicalUrl', version.metadata.canonicalUrl],
  ] as const) {
    if (!value) continue;
    if (ACTIVE_URL.test(value) || !/^https?:\/\//i.test(value)) out.push(`${field} = ${JSON.stringify(value)}`);
  }
  return out;
}

function checkStored(
  p: Payload,
  format: HostileFormat,
  source: SourceDetail,
  version: SourceVersionContent,
  canaryOrigin: string,
): string[] {
  const problems = storedUrlProblems(source, version);
  const placement = p.placement ?? 'body';
  if (placement !== 'document' && !version.text.includes(LEAD)) problems.push('the text around the payload was lost');
  if (format === 'text' || format === 'markdown') {
    // Stored as written, by design: the reader shows it as text (checked in Chromium).
    if (
      (placement === 'body' || placement === 'head' || placement === 'document') &&
      !version.text.includes(materialise(p, canaryOrigin).normalize('NFC'))
    ) {
      problems.push('the payload was not stored verbatim');
    }
  }
  if (textualIn(p, format)) return problems;
  const fields: [string, string][] = [
    ['text', version.text],
    ['metadata', JSON.stringify(version.metadata)],
    ['title', source.title],
    ['author', source.author],
    ['outlet', source.outlet],
    ...version.blocks.map((b, i): [string, string] => [`block ${i}`, version.text.slice(b.start, b.end)]),
  ];
  for (const [field, raw] of fields) {
    // The id is in titles and message ids by construction; it is not a trace.
    const value = raw.split(p.id).join('#ID');
    for (const m of MARKUP) if (m.pattern.test(value)) problems.push(`${field} holds ${m.name}`);
    const lower = value.toLowerCase();
    for (const t of [...TRACES, canaryOrigin])
      if (lower.includes(t.toLowerCase())) problems.push(`${field} holds ${t}`);
  }
  return problems;
}

/** Where two strings part, with some context: for readable failure messages. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 40);
  return `at ${i}: ${JSON.stringify(a.slice(from, i + 60))} vs ${JSON.stringify(b.slice(from, i + 60))}`;
}

/**
 * Text and blocks must match. Text is compared with runs of spaces collapsed: where a removed element
 * stood between two spaces, the first pass keeps both (whitespace is collapsed per text node) and the
 * second pass finds one; such cases are listed in `spacing`, not failed.
 */
function compareExtractions(
  label: string,
  a: { text: string; blocks: unknown },
  b: { text: string; blocks: unknown },
  differences: string[],
  spacing: string[],
): void {
  const [ta, tb] = [a.text, b.text].map((t) => t.replace(/ {2,}/g, ' ')) as [string, string];
  if (ta !== tb) differences.push(`${label}: text differs ${firstDifference(ta, tb)}`);
  else if (a.text !== b.text) spacing.push(label);
  else if (JSON.stringify(a.blocks) !== JSON.stringify(b.blocks)) differences.push(`${label}: blocks differ`);
}

/** The HTML part of the payload's e-mail, as the importer gets it. */
function emailHtml(p: Payload): string {
  const eml = emlDocument(p, canary.origin);
  const part = /Content-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n(?:--|$)/.exec(eml);
  return Buffer.from(part![1]!, 'base64').toString('utf8');
}

const REIMPORT_CATEGORIES: readonly Category[] = ['script', 'svg', 'mxss', 'encoding', 'dom-clobbering', 'markdown'];

async function getSource(core: Core, result: ImportResult) {
  return ok<{ source: SourceDetail; version: SourceVersionContent }>(core, 'sources.get', {
    sourceId: result.sourceId,
    version: result.version,
  });
}

describe('sources: hostile content (core side)', () => {
  it('has a well-formed corpus of at least 150 distinct payloads', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    const ids = corpus.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(corpus.map((p) => p.payload)).size).toBe(corpus.length);
    for (const p of corpus) {
      expect(p.id, p.id).toMatch(/^[a-z][a-z0-9-]+$/);
      expect(CATEGORIES, p.id).toContain(p.category);
      expect(p.vector.trim(), p.id).not.toBe('');
      expect(p.note.trim(), p.id).not.toBe('');
      // The sentinel: the id is what the payload would report (or where it would load from).
      if (!p.sentinelEncoded) expect(p.payload, p.id).toContain(p.id);
      // Remote references point only at the reserved example domain or the local canary.
      for (const m of p.payload.matchAll(/(?:https?:\/\/|(?<=[\s"'=(,])\/\/)([a-z0-9.-]+)/gi)) {
        expect(
          ['evil.example', 'www.w3.org'].some((h) => m[1]!.endsWith(h)),
          `${p.id}: ${m[0]}`,
        ).toBe(true);
      }
    }
    for (const c of CATEGORIES)
      expect(
        corpus.some((p) => p.category === c),
        c,
      ).toBe(true);
  });

  it('the Chromium suite’s sample under npm test covers every family in every format, and 60+ saved pages', () => {
    const families = new Set(corpus.map(familyOf));
    for (const format of FORMATS) {
      const sample = samplePayloads(corpus, format);
      expect(new Set(sample.map(familyOf)), format).toEqual(families);
      expect(new Set(sample).size, format).toBe(sample.length);
      // Deterministic, so a failure reproduces.
      expect(samplePayloads(corpus, format)).toEqual(sample);
    }
    const pages = samplePayloads(corpus, 'html').filter((p) => p.placement !== 'document');
    expect(pages.length).toBeGreaterThanOrEqual(60);
    // The categories the issue names, each opened as a saved page.
    const categories = new Set(pages.map((p) => p.category));
    const named = ['script', 'event-handler', 'js-url', 'svg', 'iframe', 'object-embed', 'css', 'meta-refresh'];
    for (const c of [...named, 'base', 'form', 'mxss']) expect(categories, c).toContain(c);
    expect(fullHostileRun({})).toBe(false);
    expect(fullHostileRun({ HOSTILE_E2E_FULL: '1' })).toBe(true);
    expect(fullHostileRun({ npm_lifecycle_event: 'test:hardening' })).toBe(true);
    expect(fullHostileRun({ npm_lifecycle_event: 'test' })).toBe(false);
  });

  for (const format of FORMATS) {
    it(`${format}: every payload imports, and nothing executable or active is stored`, async () => {
      const { core } = await caseWithCore();
      const results = await importFiles(
        core,
        corpus.map((p) => importFileFor(p, format, canary.origin)),
      );
      const problems: string[] = [];
      for (const [i, r] of results.entries()) {
        const p = corpus[i]!;
        if (p.placement === 'document' && format === 'html') {
          // A page that is only a frameset has no text of its own (frames are never fetched): refused by name.
          if (r.status !== 'failed' || r.error?.code !== 'FILE_EMPTY' || !/frameset/.test(r.error.message))
            problems.push(`${p.id}: a frameset page must be refused with FILE_EMPTY, got ${JSON.stringify(r)}`);
          continue;
        }
        if (r.status !== 'imported') {
          problems.push(`${p.id}: ${r.status} ${JSON.stringify(r.error ?? r.sourceId)}`);
          continue;
        }
        const { source, version } = await getSource(core, r);
        // A frameset-only e-mail keeps its headers, with an empty body and the warning that says why.
        if (p.placement === 'document' && format === 'eml' && !version.metadata.warnings?.includes('eml.framesetBody'))
          problems.push(`${p.id}: no frameset warning (${JSON.stringify(version.metadata.warnings)})`);
        for (const problem of checkStored(p, format, source, version, canary.origin))
          problems.push(`${p.id}: ${problem}`);
      }
      expect(problems).toEqual([]);
    }, 240_000);
  }

  it('sanitising is idempotent: a second DOMPurify pass (on jsdom, as the core runs it) changes nothing a reader sees', async () => {
    const { JSDOM } = await import('jsdom');
    const { default: createDOMPurify } = await import('dompurify');
    const window = new JSDOM('<!doctype html><html><body></body></html>').window;
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    expect(purify.isSupported).toBe(true);
    const textOf = (html: string) => {
      const doc = new JSDOM(html).window.document;
      return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    const unstable: string[] = [];
    const reshaped: string[] = [];
    for (const p of corpus) {
      for (const [what, html, options] of [
        ['payload', materialise(p, canary.origin), {}],
        ['page', htmlDocument(p, canary.origin), { WHOLE_DOCUMENT: true }],
      ] as const) {
        const once = purify.sanitize(html, options);
        const twice = purify.sanitize(once, options);
        for (const m of MARKUP.slice(0, 2))
          if (m.pattern.test(once)) unstable.push(`${p.id} (${what}): ${m.name} survived`);
        if (twice === once) continue;
        // Serialising and re-parsing may re-nest markup the parser would never build (a <form> in a
        // <form>, an <h6> in an <h1>): the tree changes shape, but its text must not.
        reshaped.push(`${p.id} (${what})`);
        if (textOf(twice) !== textOf(once))
          unstable.push(`${p.id} (${what}): ${JSON.stringify(once)} → ${JSON.stringify(twice)}`);
      }
    }
    window.close();
    expect(unstable).toEqual([]);
    // Most payloads come out byte-identical; the few reshaped ones are the mXSS nesting shapes.
    expect(reshaped.length, reshaped.join(', ')).toBeLessThan(corpus.length / 20);
  });

  it('the core’s sanitise-and-extract gives the same text and blocks for a payload and for its sanitised form', async () => {
    const { JSDOM } = await import('jsdom');
    const { default: createDOMPurify } = await import('dompurify');
    const window = new JSDOM('<!doctype html><html><body></body></html>').window;
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    const differences: string[] = [];
    const spacing: string[] = [];
    for (const p of corpus) {
      for (const [what, html] of [
        ['payload', materialise(p, canary.origin)],
        ['e-mail body', emailHtml(p)],
      ] as const) {
        const label = `${p.id} (${what})`;
        try {
          const a = await htmlFragmentToBlocks(html);
          const b = await htmlFragmentToBlocks(purify.sanitize(html));
          compareExtractions(label, a, b, differences, spacing);
        } catch (err) {
          differences.push(`${label}: the core threw ${(err as Error).message}`);
        }
      }
    }
    window.close();
    expect(differences).toEqual([]);
    if (spacing.length) console.info(`second pass differs only in doubled spaces: ${spacing.join(', ')}`);
  });

  it('re-importing a saved page with its body sanitised gives the same text and blocks (Readability included)', async () => {
    const { JSDOM } = await import('jsdom');
    const { default: createDOMPurify } = await import('dompurify');
    const window = new JSDOM('<!doctype html><html><body></body></html>').window;
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    // A page costs ~50 ms through jsdom and Readability: the categories where parsing and sanitising
    // interact most (the rest of the corpus goes through the same code in the test above).
    const sample = corpus.filter((p) => REIMPORT_CATEGORIES.includes(p.category));
    const { core } = await caseWithCore();
    const originals = sample.map((p) => importFileFor(p, 'html', canary.origin));
    const cleaned = sample.map((p, i): ImportFile => {
      // The body sanitised in place, as the core does it; the head (metadata) stays as it was.
      const dom = new JSDOM(htmlDocument(p, canary.origin));
      purify.sanitize(dom.window.document.body, { IN_PLACE: true });
      const page = dom.serialize();
      dom.window.close();
      return { ...originals[i]!, name: `sanitised-${p.id}.html`, dataBase64: Buffer.from(page).toString('base64') };
    });
    const first = await importFiles(core, originals);
    const second = await importFiles(core, cleaned);
    const differences: string[] = [];
    const spacing: string[] = [];
    for (const [i, p] of sample.entries()) {
      const a = first[i]!;
      const b = second[i]!;
      // A page with a canonical URL comes back as a new version of its source, by design.
      if (a.status !== 'imported' || (b.status !== 'imported' && b.status !== 'newVersion')) {
        differences.push(`${p.id}: ${a.status}/${b.status} ${JSON.stringify(b.error ?? '')}`);
        continue;
      }
      compareExtractions(
        p.id,
        (await getSource(core, a)).version,
        (await getSource(core, b)).version,
        differences,
        spacing,
      );
    }
    window.close();
    expect(sample.length).toBeGreaterThan(50);
    expect(differences).toEqual([]);
    if (spacing.length) console.info(`sanitised re-import differs only in doubled spaces: ${spacing.join(', ')}`);
  }, 240_000);

  it('fetched nothing while importing: the local canary saw no request', () => {
    expect(canary.hits).toEqual([]);
  });
});
