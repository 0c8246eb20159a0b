import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/webhost/server';
import type { Core } from '../../electron/core';
import { rawRequest, type RawResponse } from '../helpers/http';
import { tempDir, testCore } from '../helpers/tempDirs';
import { CLI, ROOT } from '../helpers/cli';

/**
 * The loopback host against hostile requests, over real HTTP. "Served" means
 * a 2xx answer: every hostile request must get none, and none may carry the
 * app's page, an API value or a file from outside the renderer folder.
 */
const hosts: WebHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

const PAGE_MARK = 'Analyst Workbench stub page';

async function start(core?: Core, extra: { maxRequestBytes?: number } = {}): Promise<WebHost> {
  const dir = tempDir('wb-renderer-');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${PAGE_MARK}</title>`);
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
  const host = await startWebHost({ core: core ?? testCore('browser').core, rendererDir: dir, ...extra });
  hosts.push(host);
  return host;
}

function api(host: WebHost, method: string, body: string | Buffer, headers: Record<string, string> = {}) {
  return rawRequest(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      authorization: `Bearer ${host.token}`,
      'content-type': 'application/json',
      host: `127.0.0.1:${host.port}`,
      ...headers,
    },
    body,
  });
}

function expectNotServed(res: RawResponse, label: string) {
  expect(res.status, label).toBeGreaterThanOrEqual(400);
  expect(res.text, label).not.toContain(PAGE_MARK);
  expect(res.text, label).not.toContain('"ok":true');
  expect(
    Object.keys(res.headers).filter((h) => h.startsWith('access-control-')),
    label,
  ).toEqual([]);
}

/** A request written byte by byte on a socket: for what node:http would not send (no Host, HTTP/1.0, odd lines). */
function rawSocket(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let out = '';
    socket.on('data', (d: Buffer) => (out += d.toString('latin1')));
    socket.on('end', () => resolve(out));
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy());
  });
}

describe('hostile Host headers', () => {
  it('are refused for the page and the API; only 127.0.0.1:PORT and localhost:PORT are served', async () => {
    const host = await start();
    const p = host.port;
    const hostile = [
      `evil.example:${p}`,
      `EVIL.EXAMPLE:${p}`,
      `127.0.0.1.nip.io:${p}`,
      `localhost.evil.example:${p}`,
      '127.0.0.1',
      'localhost',
      `127.0.0.1:${p + 1}`,
      `localhost:${p === 65535 ? p - 1 : p + 1}`,
      `127.0.0.1.:${p}`,
      `localhost.:${p}`,
      `LOCALHOST.:${p}`,
      `[::1]:${p}`,
      `[::ffff:127.0.0.1]:${p}`,
      `[0:0:0:0:0:0:0:1]:${p}`,
      `0.0.0.0:${p}`,
      `127.1:${p}`,
      `127.0.0.2:${p}`,
      `2130706433:${p}`,
      `0x7f.0.0.1:${p}`,
      `0177.0.0.1:${p}`,
      `127.0.0.1:0${p}`,
      `127.0.0.1:${p}@evil.example`,
      `evil.example@127.0.0.1:${p}`,
      `127.0.0.1:${p}:${p}`,
      `127.0.0.1:${p}/`,
      `127.0.0.1:+${p}`,
      `xn--lcalhost-9za:${p}`,
    ];
    for (const h of hostile) {
      expectNotServed(await rawRequest(p, { path: '/', headers: { host: h } }), `page with Host ${h}`);
      expectNotServed(await api(host, 'app.info', '{}', { host: h }), `API with Host ${h}`);
    }
    // No Host at all, and HTTP/1.0 without one.
    for (const request of [`GET / HTTP/1.1\r\nConnection: close\r\n\r\n`, `GET / HTTP/1.0\r\n\r\n`]) {
      const answer = await rawSocket(p, request);
      expect(answer).toMatch(/^HTTP\/1\.[01] (400|403)/);
      expect(answer).not.toContain(PAGE_MARK);
    }
    // Two Host headers (the second one ours): refused, never the "right" one picked.
    const twice = await rawSocket(
      p,
      `GET / HTTP/1.1\r\nHost: evil.example:${p}\r\nHost: 127.0.0.1:${p}\r\nConnection: close\r\n\r\n`,
    );
    expect(twice).toMatch(/^HTTP\/1\.1 (400|403)/);
    expect(twice).not.toContain(PAGE_MARK);
    // Host names are case-insensitive (RFC 3986), so our own names in capitals are the same host.
    for (const h of [`127.0.0.1:${p}`, `localhost:${p}`, `LOCALHOST:${p}`]) {
      const res = await rawRequest(p, { path: '/', headers: { host: h } });
      expect(res.status, h).toBe(200);
    }
  });
});

describe('foreign and look-alike Origins', () => {
  it('are refused, including ones that merely start with the right value', async () => {
    const host = await start();
    const p = host.port;
    const origins = [
      'http://evil.example',
      'null',
      '',
      `http://127.0.0.1:${p}.evil.example`,
      `http://127.0.0.1:${p}@evil.example`,
      `http://127.0.0.1:${p}/`,
      `http://127.0.0.1:${p}/evil`,
      `http://127.0.0.1:${p}0`,
      `https://127.0.0.1:${p}`,
      `ws://127.0.0.1:${p}`,
      'http://127.0.0.1',
      `http://127.0.0.1:${p + 1}`,
      `http://localhost.:${p}`,
      `http://[::1]:${p}`,
      `http://127.0.0.1.nip.io:${p}`,
      'file://',
      `chrome-extension://abcdef`,
    ];
    for (const origin of origins) {
      expectNotServed(await api(host, 'app.info', '{}', { origin }), `Origin ${JSON.stringify(origin)}`);
      expectNotServed(
        await rawRequest(p, { path: '/', headers: { host: `127.0.0.1:${p}`, origin } }),
        `page, Origin ${origin}`,
      );
    }
    for (const site of ['cross-site']) {
      expectNotServed(await api(host, 'app.info', '{}', { 'sec-fetch-site': site }), `Sec-Fetch-Site ${site}`);
    }
    expect((await api(host, 'app.info', '{}', { origin: `http://127.0.0.1:${p}` })).status).toBe(200);
    expect(
      (await api(host, 'app.info', '{}', { origin: `http://localhost:${p}`, host: `localhost:${p}` })).status,
    ).toBe(200);
  });
});

describe('tokens', () => {
  it('missing, wrong and near-miss tokens get 401, wherever they are put', async () => {
    const host = await start();
    const t = host.token;
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    const authorizations = [
      '',
      'Bearer',
      'Bearer ',
      `Bearer ${t.slice(0, -1)}`,
      `Bearer ${t}x`,
      `Bearer ${t}${t}`,
      `Bearer ${flip(t, 0)}`,
      `Bearer ${flip(t, t.length - 1)}`,
      `Bearer ${flip(t, 21)}`,
      `Bearer ${t.toUpperCase() === t ? t.toLowerCase() : t.toUpperCase()}`,
      `bearer ${t}`,
      `Basic ${t}`,
      `Bearer  ${t}`,
      `Bearer ${t} ${t}`,
      `Bearer ${t};`,
      `Bearer ${encodeURIComponent(`${t}\u0000`)}`,
      `Bearer ${Buffer.from(t).toString('base64')}`,
      t,
    ];
    for (const authorization of authorizations) {
      const res = await api(host, 'app.info', '{}', { authorization });
      expect(res.status, authorization.replace(t, '<token>')).toBe(401);
      expectNotServed(res, authorization.replace(t, '<token>'));
    }
    // The token in the query, a cookie or another header is not a token.
    const elsewhere: { path: string; headers: Record<string, string> }[] = [
      { path: `/api/app.info?token=${t}`, headers: {} },
      { path: '/api/app.info', headers: { cookie: `token=${t}` } },
      { path: '/api/app.info', headers: { 'x-token': t } },
      { path: `/api/app.info#token=${t}`, headers: {} },
    ];
    for (const e of elsewhere) {
      const res = await rawRequest(host.port, {
        method: 'POST',
        path: e.path,
        headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', ...e.headers },
        body: '{}',
      });
      expect(res.status, e.path).toBe(401);
    }
  });
});

describe('bodies, methods and paths', () => {
  it('malformed JSON is a 400 INVALID_INPUT; JSON of the wrong shape is INVALID_INPUT; nothing is INTERNAL', async () => {
    const host = await start();
    const bad = [
      '{',
      '[1,',
      '{"path": }',
      "{'path': 'x'}",
      '\u0000',
      '\ufeff{}',
      'undefined',
      'NaN',
      '{"a":1}}',
      '"\\ud800"x',
    ];
    for (const body of bad) {
      const res = await api(host, 'case.open', body);
      expect(res.status, body).toBe(400);
      expect((res.json() as { error: { code: string } }).error.code).toBe('INVALID_INPUT');
    }
    const invalidUtf8 = await api(host, 'case.open', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    expect([200, 400]).toContain(invalidUtf8.status);
    expect(JSON.stringify(invalidUtf8.json())).not.toContain('INTERNAL');
    for (const body of ['null', '[]', '7', '"x"', 'true', '{"path": null}', '{"__proto__": {"path": "x"}}']) {
      const res = await api(host, 'case.open', body);
      expect(res.status, body).toBe(200);
      const env = res.json() as { ok: boolean; error?: { code: string } };
      expect(env.ok, body).toBe(false);
      expect(env.error!.code, body).toBe('INVALID_INPUT');
    }
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const deepRes = await api(host, 'case.open', deep);
    expect(deepRes.status).toBeLessThan(500);
  });

  it('oversized bodies get 413, declared or streamed', async () => {
    const host = await start(undefined, { maxRequestBytes: 4096 });
    const big = JSON.stringify({ title: 'ß'.repeat(5000) });
    const declared = await api(host, 'case.suggestPath', big);
    expect(declared.status).toBe(413);
    const streamed = await rawSocket(
      host.port,
      `POST /api/case.suggestPath HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nAuthorization: Bearer ${host.token}\r\n` +
        `Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n` +
        `2000\r\n${'x'.repeat(0x2000)}\r\n0\r\n\r\n`,
    );
    expect(streamed).toMatch(/^HTTP\/1\.1 413/);
    const lying = await rawSocket(
      host.port,
      `POST /api/case.suggestPath HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nAuthorization: Bearer ${host.token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: 99999999999\r\nConnection: close\r\n\r\n{}`,
    );
    expect(lying).toMatch(/^HTTP\/1\.1 (400|413)/);
  });

  it('unknown HTTP methods are 405 (API and files), unknown API methods UNKNOWN_METHOD', async () => {
    const host = await start();
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'X-EVIL']) {
      const res = await rawRequest(host.port, {
        method,
        path: '/api/app.info',
        headers: { host: `127.0.0.1:${host.port}`, authorization: `Bearer ${host.token}` },
      });
      // Node's parser answers 400 to methods HTTP does not know; the host 405 to the others.
      expect(res.status, method).toBe(
        method === 'X-EVIL' || method === 'PROPFIND' ? (res.status === 400 ? 400 : 405) : 405,
      );
    }
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
      const res = await rawRequest(host.port, { method, path: '/', headers: { host: `127.0.0.1:${host.port}` } });
      expect(res.status, method).toBe(405);
      expect(res.text).not.toContain(PAGE_MARK);
    }
    for (const name of [
      '',
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
      'app.info%00',
      '..%2f..%2fapp.info',
    ]) {
      const res = await api(host, name, '{}');
      expect(res.status, name).toBeLessThan(500);
      const env = res.json() as { ok: boolean; error?: { code: string } };
      expect(env.ok, name).toBe(false);
    }
    // A method name that is not valid percent-encoding is refused, not a crash.
    const torn = await api(host, '%E0%A4%A', '{}');
    expect(torn.status).toBeLessThan(500);
  });

  it('static paths never escape the renderer folder', async () => {
    const host = await start();
    const pkg = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const secret = JSON.parse(pkg).name as string;
    const paths = [
      '/../package.json',
      '/../../package.json',
      '/%2e%2e/package.json',
      '/%2e%2e%2fpackage.json',
      '/%2E%2E%2F%2E%2E%2Fpackage.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/%252e%252e/package.json',
      '/..%5cpackage.json',
      '/..\\package.json',
      '/%5c..%5cpackage.json',
      '/index.html%00.js',
      '/%00',
      '//etc/passwd',
      '/%2fetc%2fpasswd',
      '/etc/passwd',
      '/.%2e/package.json',
      '/assets/',
      '/assets',
      `/${'a/'.repeat(2000)}x`,
      '/%c0%ae%c0%ae/package.json',
      '/%ff',
    ];
    for (const path of paths) {
      const res = await rawRequest(host.port, { path, headers: { host: `127.0.0.1:${host.port}` } });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.text, path).not.toContain(secret);
      expect(res.text, path).not.toContain('root:');
    }
  });
});

describe('the token stays out of logs and process arguments', () => {
  it('workbench serve: not in any process’s arguments, not in stderr, not in the core log, even after bad calls', async () => {
    const dir = tempDir();
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), `<!doctype html><title>${PAGE_MARK}</title>`);
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--no-open'], {
      cwd: ROOT,
      env: { ...process.env, WORKBENCH_DATA_DIR: dir, WORKBENCH_RENDERER_DIR: rendererDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const stdoutLines: string[] = [];
    const url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout! });
      lines.on('line', (line) => {
        stdoutLines.push(line);
        const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/.exec(line);
        if (m) resolve(m[0]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    try {
      const { port, hash } = new URL(url);
      const token = hash.slice('#token='.length);
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const headers = {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        host: `127.0.0.1:${port}`,
      };
      // Bad calls of every kind, so that anything the host or core would log is logged.
      await rawRequest(Number(port), { method: 'POST', path: '/api/case.open', headers, body: '{' });
      await rawRequest(Number(port), { method: 'POST', path: '/api/case.open', headers, body: '{"path":"/nope"}' });
      await rawRequest(Number(port), { method: 'POST', path: '/api/no.such', headers, body: '{}' });
      await rawRequest(Number(port), {
        method: 'POST',
        path: '/api/app.info',
        headers: { ...headers, host: 'evil:1' },
        body: '{}',
      });
      await rawRequest(Number(port), {
        method: 'POST',
        path: '/api/app.info',
        headers: { ...headers, authorization: `Bearer ${token}x` },
        body: '{}',
      });
      // Every process on the machine: none has the token in its arguments or environment names.
      const { readdirSync } = await import('node:fs');
      for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
        let cmdline = '';
        try {
          cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        } catch {
          continue;
        }
        expect(cmdline.includes(token), `process ${pid}`).toBe(false);
      }
      // Stdout holds the URL once (that is how the user gets it); stderr holds nothing of it.
      expect(stdoutLines.filter((l) => l.includes(token))).toHaveLength(1);
      expect(stderr).not.toContain(token);
    } finally {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    }
    expect(stderr).not.toMatch(/[A-Za-z0-9_-]{43}/);
  });
});
