import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../shared/contract/errors';
import { extract } from '../../electron/core/domains/sources/extract/index';
import { htmlFragmentToBlocks } from '../../electron/core/domains/sources/extract/html';
import { WARNING_EML_FRAMESET_BODY, WARNING_EML_NO_BODY_TEXT } from '../../electron/core/domains/sources/extract/eml';
import { caseWithCore, importFiles, importOk, rowCounts } from '../fixtures/sources/caseHelpers';
import { file } from '../fixtures/sources/build';

/**
 * Frameset pages and e-mails: a document whose <body> is a <frameset> has no text of its own (its
 * frames are separate documents, and the importer never fetches anything). Both used to fail with
 * INTERNAL: DOMPurify refuses to sanitise a <frameset> root in place, and returns null instead of a
 * fragment for a frameset document, which the block walker then read.
 */

const FRAMESET_PAGE = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Lagebild (Frames)</title></head>
<frameset rows="20%,80%" onload="window.__pwned='frameset'">
  <frame src="navigation.html" name="nav">
  <frame src="http://evil.example/inhalt.html" name="main">
  <noframes><body><p>Ihr Browser unterstützt keine Frames.</p></body></noframes>
</frameset>
</html>`;

/** An HTML-only e-mail whose HTML is a frameset document, optionally with headers and an attachment. */
function framesetEml(opts: { subject?: string; from?: string; attachment?: boolean } = {}): string {
  const html = Buffer.from(FRAMESET_PAGE, 'utf8').toString('base64');
  const headers = [
    ...(opts.from ? [`From: ${opts.from}`] : []),
    ...(opts.subject ? [`Subject: ${opts.subject}`] : []),
    'Date: Tue, 15 Oct 2024 08:00:00 +0000',
    'Message-ID: <frames-1@lagebild.example>',
    'MIME-Version: 1.0',
  ];
  const htmlPart = ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', html];
  if (!opts.attachment) return [...headers, ...htmlPart, ''].join('\r\n');
  return [
    ...headers,
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    ...htmlPart,
    '--b1',
    'Content-Type: application/pdf; name="lage.pdf"',
    'Content-Disposition: attachment; filename="lage.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('%PDF-1.4 Anhang').toString('base64'),
    '--b1--',
    '',
  ].join('\r\n');
}

async function extractionError(name: string, content: string, mediaType: string): Promise<WorkbenchError> {
  const err = await extract({ name, bytes: Buffer.from(content, 'utf8'), mediaType }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, 'the extractor refused the file').toBeInstanceOf(WorkbenchError);
  return err as WorkbenchError;
}

describe('sources: frameset pages (extractor)', () => {
  it('refuses a frameset-only page with FILE_EMPTY, naming the file and the reason', async () => {
    const err = await extractionError('rahmen.html', FRAMESET_PAGE, 'text/html');
    expect(err.code).toBe('FILE_EMPTY');
    expect(err.message).toContain('“rahmen.html”');
    expect(err.message).toMatch(/frameset/);
    expect(err.message).toMatch(/never fetched/);
    expect(err.details).toMatchObject({ file: 'rahmen.html', reason: 'frameset', frames: 2 });
  });

  it('refuses it however the frameset is written (bare, nested, no doctype, only noframes text)', async () => {
    for (const page of [
      '<frameset><frame src="a.html"></frameset>',
      '<html><head></head><frameset cols="50%,50%"><frameset rows="1,1"><frame src="a.html"></frameset></frameset></html>',
      '<html><frameset><noframes>Nur dieser Text.</noframes></frameset></html>',
    ]) {
      expect((await extractionError('rahmen.htm', page, 'text/html')).code, page).toBe('FILE_EMPTY');
    }
  });

  it('still reads a normal page that carries a stray <frameset> in its body (the parser ignores it)', async () => {
    const page = `<!doctype html><html><head><title>T</title></head><body><p>Die Lage an der Grenze blieb ruhig.</p>
      <frameset onload="window.__pwned=1"><frame src="x.html"></frameset><p>Zweiter Absatz.</p></body></html>`;
    const got = await extract({ name: 'normal.html', bytes: Buffer.from(page), mediaType: 'text/html' });
    expect(got.text).toContain('Die Lage an der Grenze blieb ruhig.');
    expect(got.text).not.toMatch(/frameset|__pwned/);
  });

  it('gives no text (not a crash) for a frameset document arriving inside another format', async () => {
    await expect(htmlFragmentToBlocks(FRAMESET_PAGE)).resolves.toEqual({ text: '', blocks: [], frameset: true });
    await expect(htmlFragmentToBlocks('<p>Text</p>')).resolves.toMatchObject({ text: 'Text', frameset: false });
  });
});

describe('sources: frameset e-mails (extractor)', () => {
  it('imports the headers of a frameset-only e-mail, with an empty body and a warning saying why', async () => {
    const got = await extract({
      name: 'rahmen.eml',
      bytes: Buffer.from(framesetEml({ from: 'Lage <lage@lagebild.example>', subject: 'Lage in Frames' })),
      mediaType: 'message/rfc822',
    });
    expect(got.format).toBe('eml');
    expect(got.text).toBe('');
    expect(got.blocks).toEqual([]);
    expect(got.metadata.warnings).toEqual([WARNING_EML_FRAMESET_BODY]);
    expect(got.metadata).toMatchObject({
      title: 'Lage in Frames',
      author: 'Lage <lage@lagebild.example>',
      email: { subject: 'Lage in Frames', attachments: [] },
    });
  });

  it('keeps the attachment list of a frameset-only e-mail', async () => {
    const got = await extract({
      name: 'anhang.eml',
      bytes: Buffer.from(framesetEml({ subject: 'Mit Anhang', attachment: true })),
      mediaType: 'message/rfc822',
    });
    expect(got.metadata.email?.attachments).toEqual([
      { name: 'lage.pdf', mediaType: 'application/pdf', sizeBytes: 15 },
    ]);
    expect(got.metadata.warnings).toEqual([WARNING_EML_FRAMESET_BODY]);
  });

  it('says “no body text” (not “frameset”) for a mail whose HTML body is merely empty after sanitising', async () => {
    const eml = [
      'From: info@lagebild.example',
      'Subject: Nur ein Bild',
      'Date: Tue, 15 Oct 2024 08:00:00 +0000',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><body><img src="http://evil.example/pixel.png"><script>alert(1)</script></body></html>',
      '',
    ].join('\r\n');
    const got = await extract({ name: 'bild.eml', bytes: Buffer.from(eml), mediaType: undefined });
    expect(got.text).toBe('');
    expect(got.metadata.warnings).toEqual([WARNING_EML_NO_BODY_TEXT]);
  });

  it('refuses a frameset-only e-mail with nothing else to read (no sender, subject or attachment)', async () => {
    const err = await extractionError('leer.eml', framesetEml(), 'message/rfc822');
    expect(err.code).toBe('FILE_EMPTY');
    expect(err.message).toContain('“leer.eml”');
    expect(err.message).toMatch(/frameset/);
  });
});

describe('sources: frameset files through sources.import', () => {
  it('a frameset page fails alone with a coded error and leaves nothing behind', async () => {
    const { core, path } = await caseWithCore();
    const before = rowCounts(path);
    const pages = [
      FRAMESET_PAGE,
      '<html><head><title>x</title></head><frameset><frame src="a.html"></frameset></html>',
    ];
    const results = await importFiles(
      core,
      pages.map((page, i) => file(`rahmen-${i}.html`, page)),
    );
    for (const [i, result] of results.entries()) {
      expect(result).toMatchObject({ name: `rahmen-${i}.html`, status: 'failed', error: { code: 'FILE_EMPTY' } });
      expect(result.error!.message).toContain(`rahmen-${i}.html`);
      expect(result.error!.message).toMatch(/frameset/);
      expect(result.sourceId).toBeUndefined();
    }
    expect(rowCounts(path)).toEqual(before);
  });

  it('a frameset e-mail with headers becomes a source with its headers and the warning', async () => {
    const { core } = await caseWithCore();
    const { result, source, version } = await importOk(
      core,
      file('rahmen.eml', framesetEml({ from: 'lage@lagebild.example', subject: 'Lage in Frames', attachment: true })),
    );
    expect(result.warnings).toEqual([WARNING_EML_FRAMESET_BODY]);
    expect(source).toMatchObject({ title: 'Lage in Frames', author: 'lage@lagebild.example', format: 'eml' });
    expect(version.text).toBe('');
    expect(version.metadata.email?.attachments).toHaveLength(1);
    // The original bytes are kept as they are: an analyst can still export the raw mail.
    expect(version.sizeBytes).toBeGreaterThan(0);
  });
});
