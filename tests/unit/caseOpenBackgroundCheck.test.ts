import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbenchEvent } from '../../shared/contract/events';
import type { CaseInfo } from '../../shared/domain/case';
import { createCore, type Core } from '../../electron/core';
import { startBackgroundCheck } from '../../electron/core/db/backgroundCheck';
import { QUICK_CHECK_AT_OPEN_MAX_BYTES } from '../../electron/core/db/open';
import { OpenCase } from '../../electron/core/domains/case/caseSession';
import { file } from '../fixtures/sources/build';
import { fails, ok, tempDir } from '../helpers/tempDirs';

/**
 * In the app's doors a case too large to check at open is checked after its
 * first screen, in a worker. Damage it finds marks the open case damaged: an
 * event, case.info says so, writes are refused with CASE_FILE_DAMAGED.
 */
const cores: Core[] = [];
const opened: OpenCase[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const open of opened.splice(0)) open.close();
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const journalBytes = (path: string) => [...readFileSync(path).subarray(18, 20)];

function browserCore(dir: string): Core {
  const core = createCore({
    door: 'browser',
    appDataDir: join(dir, 'appdata'),
    log: () => undefined,
    openBackupDelayMs: 60_000,
  });
  cores.push(core);
  return core;
}

/** A closed case past the check-at-open size (padding blobs on overflow pages); optionally a page of garbage. */
async function largeCase(damaged: boolean): Promise<string> {
  const dir = tempDir();
  const path = join(dir, 'Großlage.wbcase');
  const core = createCore({ door: 'cli', appDataDir: join(dir, 'build-appdata'), log: () => undefined });
  try {
    await ok(core, 'case.create', { path, title: 'Großlage' });
    await ok(core, 'sources.import', { files: [file('bericht.txt', 'Die Außenministerin äußerte sich.')] });
  } finally {
    core.close();
  }
  const db = new Database(path);
  db.exec('CREATE TABLE padding (b BLOB) STRICT');
  const insert = db.prepare('INSERT INTO padding VALUES (?)');
  const chunk = Buffer.alloc(512 * 1024, 0x41);
  db.transaction(() => {
    for (let i = 0; i < QUICK_CHECK_AT_OPEN_MAX_BYTES / chunk.length + 2; i++) insert.run(chunk);
  })();
  db.pragma('journal_mode = DELETE');
  db.close();
  const size = statSync(path).size;
  expect(size).toBeGreaterThan(QUICK_CHECK_AT_OPEN_MAX_BYTES);
  if (damaged) {
    // One page in the middle of the blobs' overflow chains overwritten with garbage.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xff), 0, 4096, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
  }
  return path;
}

async function until<T>(probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the structural check after the first screen', () => {
  it('a damaged large case opens and lists; the check then finds the damage, says so and refuses writes', async () => {
    const path = await largeCase(true);
    const core = browserCore(tempDir());
    const events: WorkbenchEvent[] = [];
    core.onEvent((event) => events.push(event));
    const before = sha(path);
    const info = await ok<CaseInfo>(core, 'case.open', { path });
    expect(info.damage).toBeUndefined();
    expect((await ok<{ items: unknown[] }>(core, 'sources.list', {})).items).toHaveLength(1);
    expect(sha(path), 'opening and the first screen write nothing').toBe(before);

    // A recent-cases call settles the case at once (otherwise SETTLE_DELAY_MS after open) and starts the check.
    await ok(core, 'recent.list');
    const damage = await until(async () => (await ok<CaseInfo>(core, 'case.info')).damage);
    expect(damage).toMatch(/padding/);
    expect(events).toContainEqual({ type: 'data.changed', domains: ['case'] });

    const refused = await fails(core, 'case.update', { patch: { question: 'Noch etwas?' } });
    expect(refused.code).toBe('CASE_FILE_DAMAGED');
    expect(refused.message).toContain('Großlage.wbcase');
    const imported = await fails(core, 'sources.import', { files: [file('neu.txt', 'Neue Meldung aus Köln.')] });
    expect(imported.code).toBe('CASE_FILE_DAMAGED');
    // Reading goes on, so the analyst can export what is intact.
    expect((await ok<{ items: unknown[] }>(core, 'sources.list', {})).items).toHaveLength(1);
    await ok(core, 'case.close');
    expect(journalBytes(path), 'closed cleanly, back in rollback mode').toEqual([1, 1]);
    expect(existsSync(`${path}-wal`) || existsSync(`${path}.lock`)).toBe(false);
  });

  it('the same case undamaged: the check finds nothing, writes go on', async () => {
    const path = await largeCase(false);
    const open = OpenCase.open(path, 'browser');
    opened.push(open);
    expect(open.backgroundCheck(), 'nothing runs before the case settles').toBeNull();
    open.settle();
    const outcome = await open.backgroundCheck();
    expect(outcome).toMatchObject({ kind: 'ok' });
    expect(open.damage).toBeNull();
    open.update({ question: 'Weiter?' });
    expect(open.info().question).toBe('Weiter?');
  });

  it('a damaged large case: the worker reports the table and SQLite’s verdict; the connection turns query-only', async () => {
    const path = await largeCase(true);
    const open = OpenCase.open(path, 'browser');
    opened.push(open);
    open.settle();
    expect(await open.backgroundCheck()).toMatchObject({ kind: 'damaged', table: 'padding' });
    expect(open.damage).toMatch(/padding/);
    expect(() => open.db.prepare("UPDATE case_meta SET question = 'x'").run()).toThrow(/readonly/);
  });

  it('the check at open still refuses a damaged small case in the app’s doors, untouched', async () => {
    const dir = tempDir();
    const path = join(dir, 'klein.wbcase');
    const core = browserCore(dir);
    await ok(core, 'case.create', { path, title: 'Klein' });
    const text = 'Sechs nordkoreanische Offiziere sollen bei dem Angriff ums Leben gekommen sein. '.repeat(200);
    for (let i = 0; i < 4; i++) await ok(core, 'sources.import', { files: [file(`b${i}.txt`, `${i}: ${text}`)] });
    await ok(core, 'case.close');
    const bytes = readFileSync(path);
    expect(bytes.length).toBeLessThan(QUICK_CHECK_AT_OPEN_MAX_BYTES);
    const pageSize = bytes.readUInt16BE(16);
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0xff), 0, pageSize, Math.floor(bytes.length / pageSize / 2) * pageSize);
    closeSync(fd);
    const before = sha(path);
    const error = await fails(core, 'case.open', { path });
    expect(error.code).toBe('CASE_FILE_DAMAGED');
    expect(error.message).toContain('klein.wbcase');
    expect(sha(path)).toBe(before);
  });

  it('closing while the check runs waits for its reader and leaves one rollback-mode file', async () => {
    const path = await largeCase(false);
    const open = OpenCase.open(path, 'browser');
    open.settle();
    expect(journalBytes(path)).toEqual([2, 2]);
    // Whether the worker has not started, is mid-table or is done: close leaves the same clean file.
    await new Promise((resolve) => setTimeout(resolve, 150));
    open.close();
    expect(await open.backgroundCheck()).toBeNull();
    expect(journalBytes(path)).toEqual([1, 1]);
    expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`) || existsSync(`${path}.lock`)).toBe(false);
  });

  it('a check stopped before its worker starts opens no connection', async () => {
    const path = await largeCase(false);
    const check = startBackgroundCheck(path);
    check.stop();
    expect((await check.outcome).kind).toBe('stopped');
  });

  it('a case whose search index must be rebuilt at open is switched to WAL first and rebuilt', async () => {
    const path = await largeCase(false);
    const db = new Database(path);
    db.exec('DELETE FROM search_state');
    db.close();
    const open = OpenCase.open(path, 'browser');
    opened.push(open);
    expect(open.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(open.db.prepare('SELECT count(*) FROM search_state').pluck().get()).toBe(1);
  });
});
