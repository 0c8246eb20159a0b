import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core } from '../../electron/core';

const made: string[] = [];
const cores: Core[] = [];

afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test. */
export function tempDir(prefix = 'wb-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A core with its own app-data and cases folders, closed after the test. */
export function testCore(door: Core['door'] = 'cli'): { core: Core; dir: string } {
  const dir = tempDir();
  const core = createCore({
    door,
    appDataDir: join(dir, 'appdata'),
    casesDir: join(dir, 'cases'),
    log: () => undefined,
  });
  cores.push(core);
  return { core, dir };
}

/** Calls a method and returns its value, failing the test on an error envelope. */
export async function ok<T = unknown>(core: Core, method: string, input: unknown = {}): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** Calls a method expecting an error envelope; returns the error. */
export async function fails(core: Core, method: string, input: unknown = {}) {
  const envelope = await core.dispatch(method, input);
  if (envelope.ok) throw new Error(`${method} unexpectedly succeeded`);
  return envelope.error;
}
