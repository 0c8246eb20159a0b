import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerExtractor, type Extractor } from '../../electron/core/domains/sources/extract/extractor';
import { WorkbenchError } from '../../shared/contract/errors';
import { createCore } from '../../electron/core';
import { importFiles } from '../fixtures/sources/caseHelpers';
import { ok, tempDir } from '../helpers/tempDirs';

const WORKER = join(import.meta.dirname, '../../electron/cli/extractWorkerFromSource.mjs');
const extractors: Extractor[] = [];
afterEach(async () => {
  for (const e of extractors.splice(0)) await e.close();
});

function worker(timeoutMs?: number): Extractor {
  const e = createWorkerExtractor({ path: WORKER, timeoutMs });
  extractors.push(e);
  return e;
}

const html = (body: string) =>
  Buffer.from(
    `<!doctype html><html lang="de"><head><title>Lage</title></head><body><article>${body}</article></body></html>`,
  );

describe('parsing in a worker thread', () => {
  it('gives the same extraction, language and search text as in process, German text intact', async () => {
    const { analyseForImport } = await import('../../electron/core/domains/sources/extract/analyse');
    const input = {
      name: 'lage.html',
      mediaType: 'text/html',
      bytes: html('<h1>Überblick</h1><p>Die Straße nach Kursk ist gesperrt, „sagt“ ein Sprecher.</p>'.repeat(5)),
    };
    const inWorker = await worker().run(input);
    expect(inWorker).toEqual(await analyseForImport(input));
    expect(inWorker.extraction.text).toContain('Die Straße nach Kursk');
    expect(inWorker.language).toBe('de');
    expect(inWorker.foldedText).toContain('die strasse nach kursk');
  });

  it('passes refusals through with their code and file name', async () => {
    const err = await worker()
      .run({ name: 'leer.txt', mediaType: 'text/plain', bytes: Buffer.alloc(0) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbenchError);
    expect((err as WorkbenchError).code).toBe('FILE_EMPTY');
    expect((err as WorkbenchError).message).toContain('leer.txt');
  });

  it('skips a file that takes too long and recovers with a fresh worker', async () => {
    const e = worker(1);
    const slow = await e
      .run({ name: 'gross.html', mediaType: 'text/html', bytes: html('<p>x</p>'.repeat(2000)) })
      .catch((x: unknown) => x);
    expect((slow as WorkbenchError).code).toBe('FILE_CORRUPT');
    expect((slow as WorkbenchError).message).toContain('gross.html');
    const fresh = createWorkerExtractor({ path: WORKER });
    extractors.push(fresh);
    expect(
      (await fresh.run({ name: 'a.txt', mediaType: 'text/plain', bytes: Buffer.from('Grüße aus Köln') })).extraction
        .text,
    ).toBe('Grüße aus Köln');
  });

  it('keeps the core answering while a large page is parsed', async () => {
    const dir = tempDir();
    const core = createCore({
      door: 'cli',
      appDataDir: join(dir, 'appdata'),
      log: () => undefined,
      extractWorker: { path: WORKER },
    });
    extractors.push({ run: () => Promise.reject(new Error('unused')), close: async () => core.close() });
    await ok(core, 'case.create', { path: join(dir, 'w.wbcase'), title: 'Worker' });
    const big = html(
      '<p>Ein langer Absatz über die Lage an der Front, mit vielen Wörtern und Zahlen 1234.</p>'.repeat(20000),
    );
    let importDone = false;
    const pending = importFiles(core, [{ name: 'gross.html', dataBase64: big.toString('base64') }]).finally(() => {
      importDone = true;
    });
    // In process, jsdom would parse synchronously and every call below would wait
    // for it; with the worker each is answered while the page is still being read.
    let answeredDuringImport = 0;
    for (let i = 0; i < 5; i++) {
      // A timer turn between calls, as between a user's clicks: in process, the parse would run in it.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const info = await core.dispatch('case.info', {});
      if (info.ok && !importDone) answeredDuringImport++;
    }
    expect(answeredDuringImport).toBe(5);
    const [result] = await pending;
    expect(result?.status).toBe('imported');
  }, 60_000);

  it('parses files posted all at once in order; one that crashes or hangs the parser fails alone', async () => {
    // A stand-in parser speaking the worker protocol, so the crash and the hang happen on cue.
    const path = join(tempDir(), 'fakeWorker.mjs');
    writeFileSync(
      path,
      `import { parentPort } from 'node:worker_threads';
       parentPort.on('message', (r) => {
         if (r.name === 'absturz.txt') throw new Error('kaputt');
         if (r.name === 'haengt.txt') for (;;);
         const text = r.name + ':' + Buffer.from(r.bytes).toString();
         parentPort.postMessage({ id: r.id, ok: true, result: { extraction: { text }, language: 'de', foldedText: text } });
       });`,
    );
    const e = createWorkerExtractor({ path, timeoutMs: 3000 });
    extractors.push(e);
    const names = ['a.txt', 'absturz.txt', 'b.txt', 'haengt.txt', 'c.txt', 'd.txt'];
    const settled = await Promise.allSettled(
      names.map((name) => e.run({ name, mediaType: 'text/plain', bytes: Buffer.from('Grüße') })),
    );
    const outcome = settled.map((s) =>
      s.status === 'fulfilled' ? s.value.extraction.text : `${(s.reason as WorkbenchError).code} ${s.reason.message}`,
    );
    expect(outcome[0]).toBe('a.txt:Grüße');
    expect(outcome[1]).toMatch(/^FILE_CORRUPT .*absturz\.txt.*the parser failed/);
    expect(outcome[2]).toBe('b.txt:Grüße');
    expect(outcome[3]).toMatch(/^FILE_CORRUPT .*haengt\.txt.*took longer than 3 s/);
    expect(outcome.slice(4)).toEqual(['c.txt:Grüße', 'd.txt:Grüße']);
  }, 60_000);
});
