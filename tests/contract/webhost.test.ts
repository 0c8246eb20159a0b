import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebHost, type WebHost } from '../../electron/webhost/server';
import type { Core } from '../../electron/core';
import type { Envelope } from '../../shared/contract/wire';
import { tempDir, testCore } from '../helpers/tempDirs';
import { rawRequest } from '../helpers/http';

const hosts: WebHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

function rendererStub(): string {
  const dir = tempDir('wb-renderer-');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Analyst Workbench</title>');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
  // As Vite emits pdf.js's worker: a module script with the .mjs extension.
  writeFileSync(join(dir, 'assets', 'pdf.worker.min-abc123.mjs'), 'self.onmessage = () => {};');
  return dir;
}

async function start(core: Core, extra: { maxRequestBytes?: number } = {}): Promise<WebHost> {
  const host = await startWebHost({ core, rendererDir: rendererStub(), ...extra });
  hosts.push(host);
  return host;
}

function api(host: WebHost, method: string, input: unknown, headers: Record<string, string> = {}) {
  return rawRequest(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      authorization: `Bearer ${host.token}`,
      'content-type': 'application/json',
      host: `127.0.0.1:${host.port}`,
      ...headers,
    },
    body: JSON.stringify(input),
  });
}

/** Makes envelopes from two runs comparable: their temp folders, random ids and clocks differ. */
function normalise(value: unknown, dir: string): unknown {
  return JSON.parse(
    JSON.stringify(value)
      .split(dir)
      .join('<dir>')
      .replace(/"(case|kiq)_[0-9a-z]{16}"/g, '"$1_<id>"')
      .replace(/"(createdAt|updatedAt|openedAt)":\d+/g, '"$1":0')
      .replace(/"sizeBytes":\d+/g, '"sizeBytes":0'),
  );
}

describe('web host contract', () => {
  it('gives the same results as in-process dispatch for a whole scenario', async () => {
    const scenario = (dir: string): [string, unknown][] => [
      ['app.info', {}],
      ['case.info', {}],
      ['case.create', { path: join(dir, 'Lage Ost.wbcase'), title: 'Lage „Ost“', language: 'de' }],
      ['case.update', { patch: { tlp: 'TLP:RED', keyQuestions: [{ text: 'Wo genau?' }] } }],
      ['case.update', { patch: { tlp: 'TLP:PURPLE' } }],
      ['case.close', {}],
      ['case.open', { path: join(dir, 'Lage Ost.wbcase') }],
      ['case.open', { path: join(dir, 'missing.wbcase') }],
      ['recent.list', {}],
      ['prefs.update', { patch: { language: 'de' } }],
      ['prefs.get', {}],
      ['host.capabilities', {}],
      ['host.showOpenCaseDialog', {}],
      ['no.such', {}],
    ];
    const direct = testCore('browser');
    const viaHttp = testCore('browser');
    const host = await start(viaHttp.core);
    for (const [[method, input], [, httpInput]] of scenario(direct.dir).map(
      (s, i) => [s, scenario(viaHttp.dir)[i]!] as const,
    )) {
      const expected = normalise(await direct.core.dispatch(method, input), direct.dir);
      const res = await api(host, method, httpInput);
      expect(res.status, method).toBe(200);
      expect(normalise(res.json(), viaHttp.dir), method).toEqual(expected);
    }
  });

  it('reports UNKNOWN_METHOD and INVALID_INPUT with details over HTTP', async () => {
    const host = await start(testCore('browser').core);
    expect(((await api(host, 'case.fly', {})).json() as Envelope<unknown>).ok).toBe(false);
    const res = (await api(host, 'case.fly', {})).json() as { error: { code: string } };
    expect(res.error.code).toBe('UNKNOWN_METHOD');
    const bad = (await api(host, 'case.open', { path: 7 })).json() as { error: { code: string; details: unknown[] } };
    expect(bad.error.code).toBe('INVALID_INPUT');
    expect(bad.error.details).toEqual([expect.objectContaining({ path: 'path' })]);
  });

  it('answers 401 without a token or with a wrong one', async () => {
    const host = await start(testCore('browser').core);
    const none = await api(host, 'app.info', {}, { authorization: '' });
    expect(none.status).toBe(401);
    expect((none.json() as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');
    expect((await api(host, 'app.info', {}, { authorization: `Bearer ${host.token.slice(1)}x` })).status).toBe(401);
    expect((await api(host, 'app.info', {}, { authorization: `Basic ${host.token}` })).status).toBe(401);
  });

  it('answers 403 to a foreign Origin, a cross-site fetch and a rebinding Host header', async () => {
    const host = await start(testCore('browser').core);
    expect((await api(host, 'app.info', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api(host, 'app.info', {}, { origin: `http://127.0.0.1:${host.port + 1}` })).status).toBe(403);
    expect((await api(host, 'app.info', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await api(host, 'app.info', {}, { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await api(host, 'app.info', {}, { host: `127.0.0.1.nip.io:${host.port}` })).status).toBe(403);
    // The page itself is refused under a rebound name too.
    expect((await rawRequest(host.port, { path: '/', headers: { host: `attacker.test:${host.port}` } })).status).toBe(
      403,
    );
    // Our own origin is fine.
    expect((await api(host, 'app.info', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('never sends CORS headers, refuses non-JSON bodies and caps the body size', async () => {
    const host = await start(testCore('browser').core, { maxRequestBytes: 1024 });
    const preflight = await rawRequest(host.port, {
      method: 'OPTIONS',
      path: '/api/app.info',
      headers: { host: `127.0.0.1:${host.port}`, origin: `http://127.0.0.1:${host.port}` },
    });
    expect(preflight.status).toBe(405);
    const responses = [preflight, await api(host, 'app.info', {})];
    for (const r of responses)
      expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect((await api(host, 'app.info', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    const big = await api(host, 'case.suggestPath', { title: 'x'.repeat(5000) });
    expect(big.status).toBe(413);
    expect((big.json() as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
    const notJson = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: {
        authorization: `Bearer ${host.token}`,
        'content-type': 'application/json',
        host: `127.0.0.1:${host.port}`,
      },
      body: '{nope',
    });
    expect(notJson.status).toBe(400);
  });

  it('serves its page with a strict CSP and nothing outside the renderer folder', async () => {
    const host = await start(testCore('browser').core);
    const page = await rawRequest(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('Analyst Workbench');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    // The PDF page view's worker comes from the app itself only.
    expect(csp).toMatch(/(^|; )worker-src 'self'(;|$)/);
    expect(csp).not.toContain('wasm-unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBe('no-store');
    const asset = await rawRequest(host.port, {
      path: '/assets/app-abc123.js',
      headers: { host: `127.0.0.1:${host.port}` },
    });
    expect(asset.headers['content-type']).toMatch(/javascript/);
    // A module worker must be served as JavaScript (with nosniff, a wrong type would not run).
    const worker = await rawRequest(host.port, {
      path: '/assets/pdf.worker.min-abc123.mjs',
      headers: { host: `127.0.0.1:${host.port}` },
    });
    expect(worker.status).toBe(200);
    expect(worker.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(worker.headers['x-content-type-options']).toBe('nosniff');
    for (const path of [
      '/../package.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fpackage.json',
      '/%00',
      '/..\\x',
    ]) {
      const res = await rawRequest(host.port, { path, headers: { host: `127.0.0.1:${host.port}` } });
      expect(res.status, path).toBe(404);
    }
  });

  it('streams data.changed events over an authenticated WebSocket only', async () => {
    const { core, dir } = testCore('browser');
    const host = await start(core);
    const url = `ws://127.0.0.1:${host.port}/events`;
    const origin = `http://127.0.0.1:${host.port}`;

    const refused = (protocols: string[], headers: Record<string, string>) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(url, protocols, { headers });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => resolve(101));
        ws.on('error', () => undefined);
      });
    expect(await refused(['workbench.v1'], { origin })).toBe(401);
    expect(await refused(['workbench.v1', 'token.wrong'], { origin })).toBe(401);
    expect(await refused(['workbench.v1', `token.${host.token}`], { origin: 'http://evil.example' })).toBe(403);
    expect(await refused(['workbench.v1', `token.${host.token}`], {})).toBe(403);

    const ws = new WebSocket(url, ['workbench.v1', `token.${host.token}`], { headers: { origin } });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    expect(ws.protocol).toBe('workbench.v1');
    const message = new Promise<unknown>((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
    await api(host, 'case.create', { path: join(dir, 'ws.wbcase'), title: 'WS' });
    expect(await message).toEqual({ type: 'data.changed', domains: ['case', 'recent'] });
    ws.close();
  });

  it('listens on the loopback address only', async () => {
    const host = await start(testCore('browser').core);
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
  });
});
