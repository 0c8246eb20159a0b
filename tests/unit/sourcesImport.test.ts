import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SourceDetail, SourceVersionContent, SourceVersionInfo } from '../../shared/domain/source';
import { MAX_SOURCE_BYTES } from '../../shared/domain/source';
import { buildNewCaseDatabase } from '../../electron/core/db/open';
import { decodeFile, prepareFiles, writePrepared } from '../../electron/core/domains/sources/importer';
import { WorkbenchError } from '../../shared/contract/errors';
import type { ImportResult } from '../../shared/contract/sources';
import { fails, ok, tempDir } from '../helpers/tempDirs';
import {
  GERMAN_TEXT,
  articleHtml,
  encryptedPdf,
  file,
  labelledPdf,
  utf8,
  windows1252,
} from '../fixtures/sources/build';
import { caseWithCore, importFiles, importOk, rowCounts } from '../fixtures/sources/caseHelpers';

const SEED = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'seed-article-de.txt');

describe('sources: storage, dedupe and versions', () => {
  it('stores identical bytes once and answers a second import as a duplicate of the first', async () => {
    const { core, path } = await caseWithCore();
    const first = await importOk(core, file('a.txt', GERMAN_TEXT));
    const [again, renamed] = await importFiles(core, [file('a.txt', GERMAN_TEXT), file('kopie.txt', GERMAN_TEXT)]);
    expect(again).toMatchObject({ status: 'duplicate', sourceId: first.result.sourceId, version: 1 });
    expect(renamed).toMatchObject({ status: 'duplicate', sourceId: first.result.sourceId, version: 1 });
    expect(rowCounts(path)).toMatchObject({ source: 1, source_version: 1, source_blob: 1 });
    expect(first.version.sha256).toBe(
      (await import('node:crypto')).createHash('sha256').update(GERMAN_TEXT, 'utf8').digest('hex'),
    );
  });

  it('the same file twice in one batch is imported once', async () => {
    const { core, path } = await caseWithCore();
    const results = await importFiles(core, [file('a.txt', GERMAN_TEXT), file('b.txt', GERMAN_TEXT)]);
    expect(results.map((r) => r.status)).toEqual(['imported', 'duplicate']);
    expect(results[1]!.sourceId).toBe(results[0]!.sourceId);
    expect(rowCounts(path).source_blob).toBe(1);
  });

  it('overlapping calls write in the order they were made: the first of two equal files is the one imported', async () => {
    const { core } = await caseWithCore();
    const many = Array.from({ length: 30 }, (_, i) => file(`m${i}.txt`, `Meldung ${i}: ${GERMAN_TEXT}`));
    const same = 'Derselbe Text kommt in beiden Aufrufen vor.';
    // The second call is parsed first (one file against 31); it must still write second.
    const [first, second] = await Promise.all([
      core.dispatch('sources.import', { files: [...many, file('gleich.txt', same)] }),
      core.dispatch('sources.import', { files: [file('gleich-2.txt', same)] }),
    ]);
    const a = (first.ok ? first.value : []) as ImportResult[];
    const b = (second.ok ? second.value : []) as ImportResult[];
    expect(a.map((r) => r.status)).toEqual(Array(31).fill('imported'));
    expect(b).toMatchObject([{ name: 'gleich-2.txt', status: 'duplicate', sourceId: a[30]!.sourceId, version: 1 }]);
  });

  it('a changed document given asNewVersionOf becomes version 2; version 1 is kept unchanged', async () => {
    const { core } = await caseWithCore();
    const v1 = await importOk(core, file('bericht.txt', 'Erste Fassung des Berichts über die Lage an der Grenze.'));
    await ok(core, 'sources.update', { sourceId: v1.result.sourceId, patch: { title: 'Mein Titel' } });
    const [v2] = await importFiles(core, [file('bericht-neu.txt', 'Zweite Fassung: die Lage hat sich geändert.')], {
      asNewVersionOf: v1.result.sourceId,
    });
    expect(v2).toMatchObject({ status: 'newVersion', sourceId: v1.result.sourceId, version: 2 });
    const current = await ok<{ source: SourceDetail; version: SourceVersionContent }>(core, 'sources.get', {
      sourceId: v1.result.sourceId,
    });
    expect(current.source).toMatchObject({ currentVersion: 2, versionCount: 2, title: 'Mein Titel' });
    expect(current.version.text).toBe('Zweite Fassung: die Lage hat sich geändert.');
    const old = await ok<{ version: SourceVersionContent }>(core, 'sources.get', {
      sourceId: v1.result.sourceId,
      version: 1,
    });
    expect(old.version.text).toBe('Erste Fassung des Berichts über die Lage an der Grenze.');
    expect(old.version.isCurrent).toBe(false);
    const versions = await ok<SourceVersionInfo[]>(core, 'sources.versions', { sourceId: v1.result.sourceId });
    expect(versions.map((v) => [v.version, v.fileName, v.isCurrent])).toEqual([
      [2, 'bericht-neu.txt', true],
      [1, 'bericht.txt', false],
    ]);
    const missing = await fails(core, 'sources.get', { sourceId: v1.result.sourceId, version: 3 });
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('a page saved again with the same canonical URL becomes a new version of its source', async () => {
    const { core } = await caseWithCore();
    const first = await importOk(core, file('artikel.html', articleHtml()));
    const changed = articleHtml({ body: `<p>${'Aktualisiert: neue Angaben der Behörde zur Lage. '.repeat(8)}</p>` });
    const [second] = await importFiles(core, [file('artikel (1).html', changed)]);
    expect(second).toMatchObject({ status: 'newVersion', sourceId: first.result.sourceId, version: 2 });
    const other = articleHtml({
      canonical: 'https://news.example.org/anderer-artikel',
      body: '<p>Andere Meldung.</p>',
    });
    const [third] = await importFiles(core, [file('anders.html', other)]);
    expect(third!.status).toBe('imported');
  });

  it('refuses asNewVersionOf an unknown source as a whole, importing nothing', async () => {
    const { core, path } = await caseWithCore();
    const before = rowCounts(path);
    const error = await fails(core, 'sources.import', {
      files: [file('a.txt', GERMAN_TEXT)],
      asNewVersionOf: 'src_0000000000000000',
    });
    expect(error.code).toBe('NOT_FOUND');
    expect(rowCounts(path)).toEqual(before);
  });

  it('the stored text can never be rewritten in place, nor the original bytes', async () => {
    const { core, path } = await caseWithCore();
    await importOk(core, file('a.txt', GERMAN_TEXT));
    const db = new Database(path);
    try {
      expect(() => db.prepare("UPDATE source_version SET text = 'anders'").run()).toThrow(/immutable/);
      expect(() => db.prepare("UPDATE source_version SET blocks = '[]'").run()).toThrow(/immutable/);
      expect(() => db.prepare("UPDATE source_blob SET data = X'00'").run()).toThrow(/immutable/);
    } finally {
      db.close();
    }
  });

  it('a 5 MB text imports and comes back whole, with its blocks', async () => {
    const { core } = await caseWithCore();
    const para = 'Die Lage an der Grenze bleibt unübersichtlich, sagte ein Sprecher der Behörde. '.repeat(4);
    const parts: string[] = [];
    let size = 0;
    for (let i = 1; size < 5 * 1024 * 1024; i++) {
      const p = `${i}. ${para}\n\n`;
      parts.push(p);
      size += Buffer.byteLength(p);
    }
    const text = parts.join('');
    const { version, source } = await importOk(core, file('gross.txt', text));
    expect(version.text).toBe(text);
    expect(version.blocks).toHaveLength(parts.length);
    expect(source.sizeBytes).toBe(size);
  });

  it.skipIf(!existsSync(SEED))('imports the seed article (skipped: ../shared/corpus is not present)', async () => {
    const { core } = await caseWithCore();
    const { version, source } = await importOk(core, file('seed-article-de.txt', readFileSync(SEED)));
    expect(source.title).toBe('Von Pjöngjang an die Front: Sind nordkoreanische Soldaten am Ukraine-Krieg beteiligt?');
    expect(source.language).toBe('de');
    expect(version.encoding).toBe('utf-8');
    expect(version.blocks.length).toBeGreaterThan(10);
    expect(version.text).toContain('Selenskyj');
  });
});

describe('sources: bad input is refused per file, naming it, and leaves nothing behind', () => {
  const pngBytes = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=',
    'base64',
  );
  const binary = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256));
  const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 30))));
  const mixed = Buffer.concat([utf8('Grüße aus Köln, '), Buffer.from([0xfc]), utf8(' und mehr Text.')]);
  const highBytes = Buffer.from(Array.from({ length: 300 }, (_, i) => 0xa0 + (i % 90)));

  const cases: [string, () => Promise<object> | object, string][] = [
    ['a Windows program', () => file('tool.exe', Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])), 'UNSUPPORTED_FORMAT'],
    ['a PNG image', () => file('bild.png', pngBytes), 'UNSUPPORTED_FORMAT'],
    ['a PNG named .txt', () => file('bild.txt', pngBytes), 'UNSUPPORTED_FORMAT'],
    ['an unknown type', () => file('daten.xyz', 'some text'), 'UNSUPPORTED_FORMAT'],
    [
      'a ZIP that is not DOCX',
      () => file('a.zip', Buffer.from('PK\x03\x04\x14\x00\x00\x00foo.txt', 'latin1')),
      'UNSUPPORTED_FORMAT',
    ],
    ['an empty file', () => file('leer.txt', Buffer.alloc(0)), 'FILE_EMPTY'],
    ['a text of blanks only', () => file('leer2.txt', ' \n\t\n '), 'FILE_EMPTY'],
    ['binary disguised as .txt (NUL bytes)', () => file('geheim.txt', binary), 'UNSUPPORTED_FORMAT'],
    ['binary disguised as .txt (control characters)', () => file('steuer.txt', controls), 'UNSUPPORTED_FORMAT'],
    ['UTF-8 mixed with another encoding', () => file('gemischt.txt', mixed), 'UNKNOWN_ENCODING'],
    ['bytes that are no plausible legacy text', () => file('hoch.txt', highBytes), 'UNKNOWN_ENCODING'],
    ['a corrupt PDF', () => file('kaputt.pdf', '%PDF-1.4\ngarbage garbage garbage\n'), 'FILE_CORRUPT'],
    ['a truncated PDF', async () => file('halb.pdf', (await labelledPdf()).subarray(0, 400)), 'FILE_CORRUPT'],
    ['a .pdf that is no PDF', () => file('falsch.pdf', 'just text'), 'FILE_CORRUPT'],
    ['an encrypted PDF', async () => file('geschuetzt.pdf', await encryptedPdf()), 'FILE_ENCRYPTED'],
    [
      'a damaged DOCX',
      () => file('kaputt.docx', Buffer.from('PK\x03\x04\x14\x00word/document.xml garbage', 'latin1')),
      'FILE_CORRUPT',
    ],
    [
      'a password-protected DOCX (an OLE2 container)',
      () => file('geheim.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
      'FILE_ENCRYPTED',
    ],
    [
      'an old Word .doc',
      () => file('alt.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])),
      'UNSUPPORTED_FORMAT',
    ],
    ['an .eml without mail headers', () => file('nichts.eml', 'nur ein Satz ohne Kopfzeilen'), 'FILE_CORRUPT'],
    ['data that is not base64', () => ({ name: 'x.txt', dataBase64: 'nicht base64!' }), 'INVALID_INPUT'],
  ];

  for (const [label, make, code] of cases) {
    it(`${label} → ${code}`, async () => {
      const { core, path } = await caseWithCore();
      const before = rowCounts(path);
      const bad = (await make()) as { name: string };
      const [result] = await importFiles(core, [bad]);
      expect(result).toMatchObject({ name: bad.name, status: 'failed', error: { code } });
      expect(result!.error!.message).toContain(bad.name);
      expect(result!.sourceId).toBeUndefined();
      expect(rowCounts(path)).toEqual(before);
    });
  }

  it('a file over the size limit is refused before it is decoded', async () => {
    const { core, path } = await caseWithCore();
    const before = rowCounts(path);
    const huge = 'A'.repeat(Math.ceil((MAX_SOURCE_BYTES + 3) / 3) * 4);
    const [result] = await importFiles(core, [{ name: 'riesig.pdf', dataBase64: huge }]);
    expect(result).toMatchObject({ status: 'failed', error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(result!.error!.message).toContain('riesig.pdf');
    expect(rowCounts(path)).toEqual(before);
  });

  it('one bad file in a batch does not affect the good ones', async () => {
    const { core, path } = await caseWithCore();
    const results = await importFiles(core, [
      file('gut.txt', GERMAN_TEXT),
      file('kaputt.pdf', '%PDF-1.4 broken'),
      file('alt.txt', windows1252('Grüße aus Köln, die Lage ist ruhig.')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['imported', 'failed', 'imported']);
    expect(rowCounts(path)).toMatchObject({ source: 2, source_version: 2, source_blob: 2 });
  });

  it('a file that fails while being written rolls back to its savepoint only', async () => {
    const path = join(tempDir(), 'sp.wbcase');
    buildNewCaseDatabase(path, () => undefined);
    const db = new Database(path);
    try {
      let n = 0;
      const options = { defaultTlp: 'TLP:AMBER' as const, newSourceId: () => `src_${String(++n).padStart(16, '0')}` };
      const prepared = await prepareFiles(db, [file('a.txt', 'Erster Text hier.'), file('b.txt', 'Zweiter Text.')]);
      // Sabotage the second file after extraction: its version row violates a CHECK after its blob and source exist.
      const second = prepared[1] as { extraction: { format: string } };
      second.extraction.format = 'nonsense';
      const results = writePrepared(db, prepared, options);
      expect(results.map((r) => r.status)).toEqual(['imported', 'failed']);
      expect(db.prepare('SELECT count(*) FROM source').pluck().get()).toBe(1);
      expect(db.prepare('SELECT count(*) FROM source_blob').pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('closing the case while files are being parsed imports nothing anywhere', async () => {
    const { core, path } = await caseWithCore();
    const pending = core.dispatch('sources.import', { files: [file('b.pdf', await labelledPdf())] });
    await ok(core, 'case.close');
    const envelope = await pending;
    expect(envelope.ok).toBe(false);
    expect(!envelope.ok && envelope.error.code).toBe('NO_CASE_OPEN');
    expect(rowCounts(path)).toMatchObject({ source: 0, source_blob: 0 });
  });
});

describe('decodeFile', () => {
  const decode = (dataBase64: string) => decodeFile({ name: 'a.txt', dataBase64 });
  it('takes base64 as every encoder writes it, and the rarer forms the alphabet allows', () => {
    expect(decode('QUJD').toString()).toBe('ABC');
    expect(decode('w6TDtsO8w58=').toString()).toBe('äöüß');
    // Padding bits set: not what an encoder writes, but valid base64, accepted as before.
    expect(decode('QR==').toString()).toBe('A');
  });

  it.each(['QUJD-A==', 'QUJD_A==', 'QUJ DQ==', 'QUJD\nQQ==', '====', 'QQ=A', 'Q===', 'QUJDRA'])(
    'refuses %j as INVALID_INPUT',
    (bad) => {
      const err = (() => {
        try {
          return decode(bad);
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(WorkbenchError);
      expect((err as WorkbenchError).code).toBe('INVALID_INPUT');
    },
  );
});
