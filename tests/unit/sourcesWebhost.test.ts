import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/webhost/server';
import type { ImportResult } from '../../shared/contract/sources';
import { ok, tempDir, testCore } from '../helpers/tempDirs';
import { rawRequest } from '../helpers/http';
import { GERMAN, GERMAN_TEXT, file, labelledPdf } from '../fixtures/sources/build';

const hosts: WebHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

async function start(core: Parameters<typeof startWebHost>[0]['core']): Promise<WebHost> {
  const rendererDir = tempDir('wb-renderer-');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Analyst Workbench</title>');
  const host = await startWebHost({ core, rendererDir });
  hosts.push(host);
  return host;
}

function api(host: WebHost, method: string, input: unknown) {
  return rawRequest(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      authorization: `Bearer ${host.token}`,
      'content-type': 'application/json',
      host: `127.0.0.1:${host.port}`,
    },
    body: JSON.stringify(input),
  });
}

describe('sources over the browser door', () => {
  it('imports base64 files over HTTP with the same results as in-process, and reads them back', async () => {
    const { core, dir } = testCore('browser');
    await ok(core, 'case.create', { path: join(dir, 'web.wbcase'), title: 'Web' });
    const host = await start(core);
    const files = [file('bericht.txt', GERMAN_TEXT), file('bericht.pdf', await labelledPdf()), file('x.exe', 'MZ\0\0')];
    const res = await api(host, 'sources.import', { files });
    expect(res.status).toBe(200);
    const results = (res.json() as { ok: true; value: ImportResult[] }).value;
    expect(results.map((r) => [r.name, r.status, r.error?.code])).toEqual([
      ['bericht.txt', 'imported', undefined],
      ['bericht.pdf', 'imported', undefined],
      ['x.exe', 'failed', 'UNSUPPORTED_FORMAT'],
    ]);
    const got = (await api(host, 'sources.get', { sourceId: results[0]!.sourceId })).json() as {
      value: { version: { text: string } };
    };
    expect(got.value.version.text.startsWith(GERMAN)).toBe(true);
    const original = (await api(host, 'sources.original', { sourceId: results[1]!.sourceId })).json() as {
      value: { dataBase64: string };
    };
    expect(original.value.dataBase64).toBe(files[1]!.dataBase64);
  });
});
