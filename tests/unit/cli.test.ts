import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract';
import { tempDir } from '../helpers/tempDirs';
import { rawRequest } from '../helpers/http';
import { CLI, ROOT, workbench } from '../helpers/cli';

describe('workbench CLI', () => {
  it('lists every method, and as JSON with input JSON Schemas', () => {
    const human = workbench(['methods']);
    expect(human.code).toBe(0);
    for (const name of METHOD_NAMES) expect(human.stdout).toContain(name);
    const json = workbench(['methods', '--json']);
    const catalog = JSON.parse(json.stdout) as { name: string; input: { type: string; properties?: object } }[];
    expect(catalog.map((m) => m.name)).toEqual(METHOD_NAMES);
    const create = catalog.find((m) => m.name === 'case.create')!;
    expect(create.input.type).toBe('object');
    expect(create.input.properties).toHaveProperty('title');
    expect(JSON.stringify(create.input)).toContain('TLP:AMBER+STRICT');
  });

  it('new, info and call work on a real case file with German text', () => {
    const dir = tempDir();
    const path = join(dir, 'Lagebild.wbcase');
    const created = workbench(['new', path, '--title', 'Lagebild „Kursk“ – Überblick', '--json']);
    expect(created.code, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout).title).toBe('Lagebild „Kursk“ – Überblick');

    const updated = workbench([
      'call',
      path,
      'case.update',
      JSON.stringify({ patch: { tlp: 'TLP:GREEN', author: 'Jörg' } }),
    ]);
    expect(updated.code, updated.stderr).toBe(0);
    expect(JSON.parse(updated.stdout).tlp).toBe('TLP:GREEN');

    const info = workbench(['info', path]);
    expect(info.code).toBe(0);
    expect(info.stdout).toContain('Lagebild „Kursk“ – Überblick');
    expect(info.stdout).toContain('TLP:GREEN');
    const infoJson = JSON.parse(workbench(['info', path, '--json']).stdout);
    expect(infoJson.author).toBe('Jörg');
  });

  it('turns an error envelope into exit code 1 with the code, and bad usage into 2', () => {
    const dir = tempDir();
    const notCase = join(dir, 'notes.wbcase');
    writeFileSync(notCase, 'just text');
    const before = createHash('sha256').update(readFileSync(notCase)).digest('hex');
    const refused = workbench(['call', notCase, 'case.info']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).error.code).toBe('NOT_A_CASE_FILE');
    expect(createHash('sha256').update(readFileSync(notCase)).digest('hex')).toBe(before);

    const unknown = workbench(['call', '-', 'case.teleport']);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout).error.code).toBe('UNKNOWN_METHOD');

    expect(workbench(['call', '-', 'case.open', '{not json']).code).toBe(2);
    expect(workbench(['frobnicate']).code).toBe(2);
    expect(workbench([]).code).toBe(2);
    expect(workbench(['info', join(dir, 'missing.wbcase')]).stderr).toContain('FILE_NOT_FOUND');
  });

  it('info reads a case that another process holds open, without changing it', () => {
    const dir = tempDir();
    const path = join(dir, 'busy.wbcase');
    expect(workbench(['new', path]).code).toBe(0);
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 1, host: 'elsewhere', user: 'x', door: 'electron', since: 0 }));
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    const info = workbench(['info', path, '--json']);
    expect(info.code, info.stderr).toBe(0);
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
    const locked = workbench(['call', path, 'case.info']);
    expect(JSON.parse(locked.stdout).error.code).toBe('CASE_FILE_LOCKED');
  });

  it('serve prints a loopback URL with a token, answers with that token, and releases the case on SIGTERM', async () => {
    const dir = tempDir();
    const path = join(dir, 'served.wbcase');
    expect(workbench(['new', path], { WORKBENCH_DATA_DIR: dir }).code).toBe(0);
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>stub</title>');
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', path, '--no-open'], {
      cwd: ROOT,
      env: { ...process.env, WORKBENCH_DATA_DIR: dir, WORKBENCH_RENDERER_DIR: rendererDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout! });
      lines.on('line', (line) => {
        const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/.exec(line);
        if (m) resolve(m[0]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const { port, hash } = new URL(url);
    const token = hash.slice('#token='.length);
    const res = await rawRequest(Number(port), {
      method: 'POST',
      path: '/api/case.info',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', host: `127.0.0.1:${port}` },
      body: '{}',
    });
    expect((res.json() as { value: { path: string } }).value.path).toBe(path);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(() => readFileSync(`${path}.lock`)).toThrow();
  });
});
