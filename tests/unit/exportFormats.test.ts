/** HTML, Markdown, DOCX and STIX exports of a briefing: safe, self-contained, numbered like the editor, valid. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../shared/domain/briefing';
import type { DocNode } from '../../shared/editor/document';
import { extractReferences } from '../../shared/editor/references';
import { TLP_MARKING_IDS } from '../../electron/core/export/stix';
import { fails, ok } from '../helpers/tempDirs';
import { file } from '../fixtures/sources/build';
import { cite, h, p, reportCase, text } from '../fixtures/export/reportCase';
import { validateStixBundle } from '../fixtures/export/stixRules';

interface Exported {
  dataBase64: string;
  warnings: { code: string; message: string; ids: string[] }[];
  tlp: string;
  mediaType: string;
  fileName: string;
}
const decode = (r: Exported) => Buffer.from(r.dataBase64, 'base64');
const exportAs = (core: Parameters<typeof ok>[0], id: string, format: string, extra: object = {}) =>
  ok<Exported>(core, 'export.briefing', { id, format, ...extra });

/** A document trying every way to smuggle markup, script or a remote load into a report. */
const HOSTILE: DocNode = {
  type: 'doc',
  content: [
    h(2, '<script>alert(1)</script> Überschrift'),
    p(
      text('Klick <img src="https://evil.example/x.png" onerror="alert(1)">'),
      text(' hier', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
      text(' und da', [{ type: 'link', attrs: { href: 'https://example.org/" onmouseover="alert(1)' } }]),
      text(' data', [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(1)</script>' } }]),
    ),
    { type: 'codeBlock', content: [text('</pre><iframe src="https://evil.example/"></iframe>')] },
    {
      type: 'unknownNode',
      attrs: { onload: 'alert(1)' },
      content: [text('<style>@import url(https://evil.example/a.css)</style>')],
    },
  ],
};

describe('export: HTML', () => {
  it('contains no script, no event handler, no javascript: and loads nothing remote, even from a hostile document', async () => {
    const c = await reportCase({ count: 3 });
    const b = await ok<Briefing>(c.core, 'briefings.create', {
      title: '<script>alert("t")</script> Lage',
      language: 'de',
      doc: { ...HOSTILE, content: [...HOSTILE.content!, p(text('Beleg'), cite(c.excerpts[0]!.id))] },
      meta: { audience: '"><svg onload=alert(1)>', authors: ['<b>Jörg</b>'] },
    }).catch(async () =>
      // The schema may refuse unknown nodes: then the rest of the hostile document still goes through.
      ok<Briefing>(c.core, 'briefings.create', {
        title: '<script>alert("t")</script> Lage',
        language: 'de',
        doc: { ...HOSTILE, content: [...HOSTILE.content!.slice(0, 3), p(text('Beleg'), cite(c.excerpts[0]!.id))] },
        meta: { audience: '"><svg onload=alert(1)>', authors: ['<b>Jörg</b>'] },
      }),
    );
    const r = await exportAs(c.core, b.id, 'html');
    const html = decode(r).toString('utf8');
    expect(r.mediaType).toMatch(/^text\/html/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(img|iframe|svg|object|embed|link|base)\b/i);
    // No event-handler attribute in any tag (the words may stand, escaped, in the analyst's text).
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).not.toMatch(/<a [^>]*javascript:/i);
    expect(html).not.toMatch(/href="data:/i);
    expect(html.slice(html.indexOf('<style>'), html.indexOf('</style>'))).not.toMatch(/@import|url\(/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Überschrift');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
    expect(html).toContain('<meta name="tlp" content="TLP:AMBER">');
    // Every href is a same-document anchor or an http(s)/mailto link.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(#|https?:|mailto:)/);

    // Loaded in Chromium with script enabled, the page asks the network for nothing and runs nothing.
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const dir = mkdtempSync(join(tmpdir(), 'wb-html-'));
    try {
      const path = join(dir, 'report.html');
      writeFileSync(path, html);
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`file://${path}`, { waitUntil: 'load' });
      await page.mouse.move(200, 300);
      await page.waitForTimeout(300);
      expect(requests).toEqual([`file://${path}`]);
      expect(dialogs).toEqual([]);
      expect(await page.locator('script, img, iframe').count()).toBe(0);
      await expect(page.title()).resolves.toContain('<script>alert("t")</script> Lage');
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it('links every citation marker to its note and every note back to its markers', async () => {
    const c = await reportCase({ count: 6 });
    const html = decode(await exportAs(c.core, c.briefing.id, 'html')).toString('utf8');
    const refs = extractReferences(c.briefing.doc);
    for (const use of refs.citations) expect(html).toContain(`href="#note-${use.number}"`);
    for (let n = 1; n <= refs.excerptIds.length; n++) {
      expect(html).toContain(`id="note-${n}"`);
      expect(html).toMatch(new RegExp(`id="ref-${n}-1" href="#note-${n}"`));
      expect(html).toContain(`href="#ref-${n}-1"`);
    }
    // Excerpt 1 is cited twice (marker and quotation block): its note links back to both.
    expect(html).toContain('href="#ref-1-2"');
  }, 60_000);
});

describe('export: Markdown', () => {
  it('writes footnotes that round-trip: every marker has its note, numbered as the editor numbers them', async () => {
    const c = await reportCase({ count: 8 });
    const md = decode(await exportAs(c.core, c.briefing.id, 'md')).toString('utf8');
    const refs = extractReferences(c.briefing.doc);
    const markers = [...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1]));
    expect(markers).toEqual(refs.citations.map((u) => u.number));
    const notes = new Map([...md.matchAll(/^\[\^(\d+)\]: (.*)$/gm)].map((m) => [Number(m[1]), m[2]!]));
    expect([...notes.keys()]).toEqual(refs.excerptIds.map((_, i) => i + 1));
    refs.excerptIds.forEach((id, i) => {
      const e = c.excerpts.find((x) => x.id === id)!;
      // Unescaping Markdown gives the quote back exactly.
      expect(notes.get(i + 1)!.replace(/\\(.)/g, '$1')).toContain(`„${e.quote}“`);
    });
    expect(md.split('\n')[0]).toBe('**TLP:AMBER · Nur für den Dienstgebrauch**');
    expect(md).toContain('(wahrscheinlich, mittlere Konfidenz)');
  }, 60_000);

  it('escapes Markdown and HTML in document text', async () => {
    const c = await reportCase({ count: 1 });
    const b = await ok<Briefing>(c.core, 'briefings.create', {
      title: 'x',
      doc: { ...HOSTILE, content: HOSTILE.content!.slice(0, 2) },
    });
    const md = decode(await exportAs(c.core, b.id, 'md')).toString('utf8');
    // Every < is escaped (\<), so no Markdown renderer takes it for a tag.
    expect(md).not.toMatch(/(?<!\\)<(script|img)/);
    expect(md).toContain('\\<script\\>');
    expect(md).not.toContain('javascript:');
  }, 60_000);
});

describe('export: DOCX', () => {
  it('is a Word file with one numbered footnote per cited excerpt, repeats as cross-references, and real headings', async () => {
    const c = await reportCase({ count: 5 });
    const r = await exportAs(c.core, c.briefing.id, 'docx');
    const dir = mkdtempSync(join(tmpdir(), 'wb-docx-'));
    try {
      writeFileSync(join(dir, 'b.docx'), decode(r));
      const list = execFileSync('unzip', ['-l', join(dir, 'b.docx')], { encoding: 'utf8' });
      expect(list).toContain('word/footnotes.xml');
      const footnotes = execFileSync('unzip', ['-p', join(dir, 'b.docx'), 'word/footnotes.xml'], { encoding: 'utf8' });
      const ids = [...footnotes.matchAll(/<w:footnote [^>]*w:id="(\d+)"/g)]
        .map((m) => Number(m[1]))
        .filter((n) => n > 0);
      // One footnote per cited excerpt, as the editor and the PDF's endnotes number them.
      const refs = extractReferences(c.briefing.doc);
      expect(ids).toEqual(refs.excerptIds.map((_, i) => i + 1));
      expect(footnotes).toContain(c.excerpts[0]!.quote.replace(/&/g, '&amp;'));
      const document = execFileSync('unzip', ['-p', join(dir, 'b.docx'), 'word/document.xml'], { encoding: 'utf8' });
      const refsInText = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(refsInText).toEqual(ids);
      // The excerpt cited a second time (the closing quotation of excerpt 1) is Word's cross-reference
      // to footnote 1 showing "1", inside a bookmark around the first reference; no second footnote.
      const uses = refs.citations.length + 1;
      expect(uses).toBeGreaterThan(ids.length);
      const noteRefs = [
        ...document.matchAll(/<w:fldSimple w:instr="NOTEREF (_RefNote\d+) \\f \\h">.*?<w:t[^>]*>(\d+)<\/w:t>/g),
      ];
      expect(noteRefs.map((m) => [m[1], m[2]])).toEqual([['_RefNote1', '1']]);
      expect(document).toMatch(/<w:bookmarkStart w:name="_RefNote1" w:id="\d+"\/>/);
      expect(document).toMatch(/<w:vertAlign w:val="superscript"\/>/);
      expect(document).toMatch(/<w:pStyle w:val="Heading2"\/>/);
      expect(document).toContain('Kernaussagen');
      const header = execFileSync('unzip', ['-p', join(dir, 'b.docx'), 'word/header1.xml'], { encoding: 'utf8' });
      expect(header).toContain('TLP:AMBER');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('export: STIX 2.1', () => {
  it('is a bundle that passes the encoded STIX 2.1 rules, with TRADECRAFT §6 confidences and TLP 2.0 markings', async () => {
    const c = await reportCase({ count: 4 });
    const r = await exportAs(c.core, c.briefing.id, 'stix');
    const bundle = JSON.parse(decode(r).toString('utf8'));
    expect(validateStixBundle(bundle)).toEqual([]);
    const report = bundle.objects.find((o: { type: string }) => o.type === 'report');
    expect(report.name).toBe(c.briefing.title);
    expect(report.object_marking_refs).toEqual([TLP_MARKING_IDS['TLP:AMBER']]);
    expect(report.external_references.map((e: { url: string }) => e.url)).toContain('https://example.org/berichte/1');
    const notes = bundle.objects.filter((o: { type: string }) => o.type === 'note');
    const likely = notes.find((n: { content: string }) => n.content === c.judgments[0]!.text);
    expect(likely.confidence).toBe(70); // ICD 203 "likely"
    const veryUnlikely = notes.find((n: { content: string }) => n.content === c.judgments[1]!.text);
    expect(veryUnlikely.confidence).toBe(15);
    const excerptNote = notes.find((n: { content: string }) => n.content.startsWith(c.excerpts[0]!.quote));
    expect(excerptNote.external_references[0].description).toContain(c.excerpts[0]!.quote);
    // Re-exporting gives the same ids.
    const again = JSON.parse(decode(await exportAs(c.core, c.briefing.id, 'stix')).toString('utf8'));
    expect(again.objects.map((o: { id: string }) => o.id)).toEqual(bundle.objects.map((o: { id: string }) => o.id));
  }, 60_000);

  it('the encoded rules catch what is wrong', () => {
    const bad = {
      type: 'bundle',
      id: 'bundle--nope',
      objects: [
        {
          type: 'report',
          id: 'report--00000000-0000-4000-8000-000000000000',
          spec_version: '2.0',
          created: 'x',
          modified: 'x',
          name: 'r',
          published: 'x',
          object_refs: [],
        },
        {
          type: 'note',
          id: 'note--00000000-0000-4000-8000-000000000001',
          spec_version: '2.1',
          created: '2026-01-01T00:00:00.000Z',
          modified: '2026-01-01T00:00:00.000Z',
          content: 'c',
          object_refs: ['report--00000000-0000-4000-8000-000000000000'],
          confidence: 101,
          object_marking_refs: ['marking-definition--00000000-0000-4000-8000-000000000009'],
        },
      ],
    };
    const errors = validateStixBundle(bad);
    expect(errors.join('\n')).toMatch(/bundle id/);
    expect(errors.join('\n')).toMatch(/spec_version/);
    expect(errors.join('\n')).toMatch(/object_refs/);
    expect(errors.join('\n')).toMatch(/confidence/);
    expect(errors.join('\n')).toMatch(/marking/);
    expect(errors.join('\n')).toMatch(/timestamp/);
  });
});

describe('export: bad input and markings', () => {
  it('exports a citation of a deleted or orphaned excerpt, marked as such, with warnings naming it', async () => {
    const c = await reportCase({ count: 3 });
    // An orphan: a new version of the source no longer holds the quote.
    const [result] = await ok<{ status: string }[]>(c.core, 'sources.import', {
      files: [file('neu.txt', 'Ganz anderer Text ohne den Bericht.')],
      asNewVersionOf: c.excerpts[2]!.sourceId,
    });
    expect(result!.status).toBe('newVersion');
    const doc: DocNode = {
      type: 'doc',
      content: [p(text('A'), cite('exc_0000000000000000')), p(text('B'), cite(c.excerpts[2]!.id))],
    };
    const created = await ok<Briefing>(c.core, 'briefings.create', { title: 'Mit Lücken', doc }).catch(() => null);
    expect(created, 'a briefing may cite an excerpt id that does not (or no longer) exist').not.toBeNull();
    for (const format of ['html', 'md', 'docx', 'stix', 'pdf']) {
      const r = await exportAs(c.core, created!.id, format);
      expect(
        r.warnings.map((w) => w.code),
        format,
      ).toContain('EXCERPT_MISSING');
      expect(r.warnings.find((w) => w.code === 'EXCERPT_MISSING')!.ids).toEqual(['exc_0000000000000000']);
      if (format === 'html') {
        const html = decode(r).toString('utf8');
        expect(html).toContain('Auszug gelöscht');
        expect(html).toContain('Verwaister Auszug');
        expect(r.warnings.find((w) => w.code === 'EXCERPT_ORPHANED')!.ids).toEqual([c.excerpts[2]!.id]);
      }
    }
  }, 90_000);

  it('warns when the marking is lower than what the briefing cites, naming what, and the file carries the briefing’s marking', async () => {
    const c = await reportCase({ count: 2 });
    await ok(c.core, 'briefings.update', { id: c.briefing.id, patch: { tlpSetting: 'TLP:GREEN' } });
    for (const format of ['html', 'md', 'stix']) {
      const r = await exportAs(c.core, c.briefing.id, format);
      expect(r.tlp).toBe('TLP:GREEN');
      const w = r.warnings.find((x) => x.code === 'MARKING_LOWER');
      expect(w, format).toBeDefined();
      expect(w!.message).toContain('TLP:AMBER');
      expect(w!.message).toContain('Lagebericht 1 – Grenzregion');
      expect(w!.ids).toContain(c.excerpts[0]!.id);
      const body = decode(r).toString('utf8');
      expect(body).toContain(format === 'stix' ? TLP_MARKING_IDS['TLP:GREEN'] : 'TLP:GREEN');
    }
  }, 60_000);

  it('survives dates no calendar can print (the fuzzer found INTERNAL here): STIX stays valid', async () => {
    const c = await reportCase({ count: 2 });
    await ok(c.core, 'briefings.update', { id: c.briefing.id, patch: { date: 9_000_000_000_000_000 } });
    for (const format of ['html', 'md', 'docx', 'stix']) await exportAs(c.core, c.briefing.id, format);
    const bundle = JSON.parse(decode(await exportAs(c.core, c.briefing.id, 'stix')).toString('utf8'));
    expect(validateStixBundle(bundle)).toEqual([]);
    expect((await ok<{ bundle: Record<string, unknown> }>(c.core, 'export.caseStix', {})).bundle).toHaveProperty(
      'objects',
    );
  }, 60_000);

  it('exports an empty briefing in every format', async () => {
    const c = await reportCase({ count: 1 + 1 });
    const b = await ok<Briefing>(c.core, 'briefings.create', { title: 'Leer', template: 'blank' });
    for (const format of ['html', 'md', 'docx', 'stix']) {
      const r = await exportAs(c.core, b.id, format);
      expect(decode(r).byteLength, format).toBeGreaterThan(100);
      expect(r.warnings).toEqual([]);
    }
    const stix = JSON.parse(decode(await exportAs(c.core, b.id, 'stix')).toString('utf8'));
    expect(validateStixBundle(stix)).toEqual([]);
    expect((await fails(c.core, 'export.briefing', { id: b.id, format: 'rtf' })).code).toBe('INVALID_INPUT');
    expect((await fails(c.core, 'export.briefing', { id: 'brf_0000000000000000', format: 'md' })).code).toBe(
      'NOT_FOUND',
    );
  }, 60_000);
});
