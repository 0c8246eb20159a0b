import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ok } from '../helpers/tempDirs';
import {
  GERMAN,
  GERMAN_TEXT,
  MARKDOWN,
  articleHtml,
  emlWithAttachment,
  file,
  headingsDocx,
  htmlOnlyEml,
  labelledPdf,
  utf16be,
  utf16le,
  utf8,
  utf8Bom,
  windows1252,
} from '../fixtures/sources/build';
import { blockTexts, caseWithCore, importOk } from '../fixtures/sources/caseHelpers';

/** Every stored text is NFC with \n newlines; every block lies inside it, in order, without overlap. */
function expectWellFormed(v: { text: string; blocks: { start: number; end: number }[] }) {
  expect(v.text).toBe(v.text.normalize('NFC'));
  expect(v.text).not.toMatch(/\r/);
  let last = 0;
  for (const b of v.blocks) {
    expect(b.start).toBeGreaterThanOrEqual(last);
    expect(b.end).toBeGreaterThan(b.start);
    expect(b.end).toBeLessThanOrEqual(v.text.length);
    last = b.end;
  }
}

describe('sources: plain text encodings', () => {
  const cases: [string, Buffer, string][] = [
    ['utf-8', utf8(GERMAN_TEXT), 'utf-8'],
    ['utf-8 with BOM', utf8Bom(GERMAN_TEXT), 'utf-8-bom'],
    ['utf-16 LE with BOM', utf16le(GERMAN_TEXT), 'utf-16le'],
    ['utf-16 BE with BOM', utf16be(GERMAN_TEXT), 'utf-16be'],
    ['windows-1252', windows1252(GERMAN_TEXT), 'windows-1252'],
    ['windows-1252 with CRLF', windows1252(GERMAN_TEXT.replace(/\n/g, '\r\n')), 'windows-1252'],
  ];
  for (const [label, bytes, encoding] of cases) {
    it(`reads ${label} with umlauts, ß and typographic quotes intact`, async () => {
      const { core } = await caseWithCore();
      const { version, source } = await importOk(core, file(`bericht-${label}.txt`, bytes));
      expect(version.encoding).toBe(encoding);
      expect(version.format).toBe('text');
      expect(version.text.startsWith(GERMAN)).toBe(true);
      expect(version.text).toContain('Behörde hat die Meldung');
      expect(version.text).not.toContain('\uFEFF');
      expect(version.sizeBytes).toBe(bytes.length);
      expect(source.language).toBe('de');
      expect(source.title).toBe(GERMAN);
      expectWellFormed(version);
      // Blank-line separated text: paragraphs are split at blank lines, hard line breaks stay inside.
      expect(blockTexts(version)).toEqual([
        `paragraph:${GERMAN}\nDie Behörde hat die Meldung nicht bestätigt, aber auch nicht dementiert.`,
        'paragraph:Zweiter Absatz über die Lage.',
      ]);
    });
  }

  it('stores decomposed umlauts as NFC so excerpts anchor to one form', async () => {
    const { core } = await caseWithCore();
    const decomposed = 'Gru\u0308ße aus Ko\u0308ln und noch ein paar Worte über die Lage.';
    const { version } = await importOk(core, file('nfd.txt', utf8(decomposed)));
    expect(version.text).toBe('Grüße aus Köln und noch ein paar Worte über die Lage.');
  });

  it('keeps the original bytes exactly, whatever the text became', async () => {
    const { core } = await caseWithCore();
    const bytes = windows1252(GERMAN_TEXT.replace(/\n/g, '\r\n'));
    const { result } = await importOk(core, file('legacy.txt', bytes));
    const original = await ok<{ dataBase64: string; sha256: string }>(core, 'sources.original', {
      sourceId: result.sourceId,
    });
    expect(Buffer.from(original.dataBase64, 'base64').equals(bytes)).toBe(true);
  });
});

describe('sources: Markdown', () => {
  it('stores the text as written and finds headings, paragraphs, quotes, list items and code', async () => {
    const { core } = await caseWithCore();
    const { version, source } = await importOk(core, file('lage.md', MARKDOWN));
    expect(version.format).toBe('markdown');
    expect(version.text).toBe(MARKDOWN);
    expectWellFormed(version);
    expect(blockTexts(version)).toEqual([
      'heading1:Überraschung im Norden',
      'paragraph:Erster Absatz mit **Betonung**\nüber zwei Zeilen.',
      'heading2:Quellenlage',
      'quote:Ein Zitat „Überraschung“\n> in zwei Zeilen.',
      'listItem1:Punkt eins',
      'listItem1:Punkt zwei',
      'listItem2:eingerückt',
      'pre:code block',
    ]);
    expect(source.title).toBe('Lagebild Nord');
    expect(source.author).toBe('Jürgen Weiß');
    expect(source.publishedAt).toBe(Date.parse('2024-10-15T00:00:00Z'));
  });
});

describe('sources: HTML', () => {
  it('extracts the article, its metadata and blocks; scripts, handlers and remote content are gone', async () => {
    const { core } = await caseWithCore();
    const { version, source } = await importOk(core, file('seite.html', articleHtml()));
    expect(version.format).toBe('html');
    expect(source).toMatchObject({
      title: 'Überraschung an der Grenze',
      author: 'Anna Müller',
      outlet: 'Beispielblatt',
      url: 'https://news.example.org/2024/10/ueberraschung',
      publishedAt: Date.parse('2024-10-15T08:00:00+02:00'),
      language: 'de',
      sourceType: 'news',
    });
    expect(version.metadata).toMatchObject({
      canonicalUrl: 'https://news.example.org/2024/10/ueberraschung',
      declaredLanguage: 'de-DE',
      publishedRaw: '2024-10-15T08:00:00+02:00',
    });
    expectWellFormed(version);
    const blocks = blockTexts(version);
    expect(blocks).toContain('heading2:Was bekannt ist');
    expect(blocks).toContain('quote:„Wir prüfen die Berichte“, sagte die Behörde.');
    expect(blocks).toContain('listItem1:Erstens');
    expect(version.text).toContain(GERMAN);
    for (const gone of ['__pwned', 'alert', 'javascript:', 'tracker.example.com', 'evil.example.com', 'Impressum']) {
      expect(version.text).not.toContain(gone);
      expect(JSON.stringify(version.metadata)).not.toContain(gone);
    }
  });

  it('fetches nothing and runs nothing while reading a page', async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('window.__fetched = true;');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const { core } = await caseWithCore();
      const page = `<!doctype html><html><head>
        <base href="${origin}/base/">
        <meta http-equiv="refresh" content="0; url=${origin}/refresh">
        <link rel="stylesheet" href="${origin}/style.css"><style>@import url('${origin}/import.css');</style>
        <script src="${origin}/script.js"></script><script>fetch('${origin}/inline');</script>
        </head><body onload="fetch('${origin}/onload')"><article>
        <p>${'Ein Absatz über die Lage, lang genug für die Artikelerkennung. '.repeat(8)}</p>
        <img src="${origin}/img.png" srcset="${origin}/img2.png 2x"><iframe src="${origin}/frame"></iframe>
        <object data="${origin}/object"></object><embed src="${origin}/embed"><video src="${origin}/video" autoplay></video>
        <svg><image href="${origin}/svg.png"/></svg><form action="${origin}/form"><input autofocus onfocus="fetch('/f')"></form>
        </article></body></html>`;
      const { version } = await importOk(core, file('feindlich.html', page));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(requests).toEqual([]);
      expect(version.text).toContain('Ein Absatz über die Lage');
      expect(version.text).not.toMatch(/fetch|127\.0\.0\.1/);
    } finally {
      server.close();
    }
  });

  it('decodes a legacy page that declares its charset', async () => {
    const { core } = await caseWithCore();
    const html = `<html><head><meta charset="iso-8859-1"><title>Alt</title></head><body><p>${GERMAN} und so weiter mit der Lage.</p></body></html>`;
    const { version } = await importOk(core, file('alt.htm', windows1252(html)));
    expect(version.text).toContain(GERMAN);
  });
});

describe('sources: PDF', () => {
  it('keeps text per page with page numbers and printed labels, and the PDF metadata', async () => {
    const { core } = await caseWithCore();
    const { version, source } = await importOk(core, file('bericht.pdf', await labelledPdf()));
    expect(version.format).toBe('pdf');
    expect(version.pages?.map((p) => [p.page, p.label])).toEqual([
      [1, 'i'],
      [2, '1'],
      [3, '2'],
    ]);
    const pageText = version.pages!.map((p) => version.text.slice(p.start, p.end));
    expect(pageText[0]).toBe('Deckblatt Straße\nNoch eine Zeile');
    expect(pageText[1]).toContain(GERMAN);
    expect(pageText[2]).toContain('Schluss ä ö ü ß');
    expectWellFormed(version);
    expect(version.metadata).toMatchObject({
      title: 'Lagebericht „Überraschung“',
      author: 'Jürgen Weiß',
      pageCount: 3,
      publishedAt: Date.parse('2024-10-15T08:30:00Z'),
    });
    expect(version.metadata.pdf?.CreationDate).toMatch(/^D:20241015/);
    expect(source.title).toBe('Lagebericht „Überraschung“');
    expect(source.author).toBe('Jürgen Weiß');
  });
});

describe('sources: DOCX', () => {
  it('reads text with its heading structure', async () => {
    const { core } = await caseWithCore();
    const { version, source } = await importOk(core, file('bericht.docx', await headingsDocx()));
    expect(version.format).toBe('docx');
    expectWellFormed(version);
    expect(blockTexts(version)).toEqual([
      'heading1:Kapitel Überraschung',
      `paragraph:Absatz: ${GERMAN}`,
      'heading2:Unterkapitel',
      'paragraph:Noch ein Absatz.',
    ]);
    expect(source.title).toBe('Kapitel Überraschung');
  });
});

describe('sources: e-mail', () => {
  it('reads headers, body text and the attachment list', async () => {
    const { core } = await caseWithCore();
    const { version, source } = await importOk(core, file('hinweis.eml', emlWithAttachment()));
    expect(version.format).toBe('eml');
    expect(version.text).toBe(`Hallo, ${GERMAN}.\n\nBericht anbei.`);
    expect(version.metadata.email).toEqual({
      from: 'Jörg Weiß <joerg@example.org>',
      to: ['Analyse <analyse@example.org>', 'Eva Groß <eva@example.org>'],
      cc: ['lage@example.org'],
      subject: 'Überraschung an der Grenze',
      date: '2024-10-15T08:00:00.000Z',
      messageId: '<test-1@example.org>',
      attachments: [{ name: 'bericht.pdf', mediaType: 'application/pdf', sizeBytes: 19 }],
    });
    expect(source).toMatchObject({
      title: 'Überraschung an der Grenze',
      author: 'Jörg Weiß <joerg@example.org>',
      publishedAt: Date.parse('2024-10-15T08:00:00Z'),
    });
  });

  it('turns an HTML-only mail into sanitised text', async () => {
    const { core } = await caseWithCore();
    const { version } = await importOk(core, file('html.eml', htmlOnlyEml()));
    expect(blockTexts(version)).toEqual(['heading1:Überschrift', 'paragraph:Text mit ß.']);
  });

  it('recognises an e-mail without an extension by its headers', async () => {
    const { core } = await caseWithCore();
    const { version } = await importOk(core, file('message', emlWithAttachment()));
    expect(version.format).toBe('eml');
  });
});
