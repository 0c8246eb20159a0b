import { existsSync, openSync, readdirSync, statSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupList } from '../../shared/contract/backup';
import { createCore, type Core } from '../../electron/core';
import { FULL_CHECK_AT_OPEN_MAX_BYTES } from '../../electron/core/db/open';
import { file } from '../fixtures/sources/build';
import { ok, tempDir } from '../helpers/tempDirs';

/**
 * case.open must not read the whole file: the open backup waits until the
 * first screen has loaded, and the full structural check at open is kept for
 * files small enough to read at once (see FULL_CHECK_AT_OPEN_MAX_BYTES).
 */
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

function coreIn(dir: string, openBackupDelayMs: number): Core {
  const core = createCore({ door: 'cli', appDataDir: join(dir, 'appdata'), log: () => undefined, openBackupDelayMs });
  cores.push(core);
  return core;
}

async function closedCase(dir: string): Promise<string> {
  const path = join(dir, 'Lage Süd.wbcase');
  const core = coreIn(dir, 0);
  await ok(core, 'case.create', { path, title: 'Lage Süd' });
  await ok(core, 'sources.import', { files: [file('bericht.txt', 'Die Außenministerin äußerte sich.')] });
  await ok(core, 'case.close');
  return path;
}

const openBackups = (path: string) =>
  existsSync(`${path.slice(0, -'.wbcase'.length)}.backups`)
    ? readdirSync(`${path.slice(0, -'.wbcase'.length)}.backups`).filter((n) => n.endsWith('.open.wbcase'))
    : [];

describe('opening a case quickly', () => {
  it('answers case.open before the open backup, which follows after the delay', async () => {
    const dir = tempDir();
    const path = await closedCase(dir);
    const core = coreIn(dir, 150);
    await ok(core, 'case.open', { path });
    expect(openBackups(path)).toHaveLength(0);
    await ok(core, 'sources.list', {});
    expect(openBackups(path)).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(openBackups(path)).toHaveLength(1);
  });

  it('a backups listing, a backup or a close takes the pending open backup first', async () => {
    const dir = tempDir();
    const path = await closedCase(dir);
    const core = coreIn(dir, 60_000);
    await ok(core, 'case.open', { path });
    expect(openBackups(path)).toHaveLength(0);
    const list = await ok<BackupList>(core, 'case.backups');
    expect(list.items.map((b) => b.reason)).toContain('open');
    await ok(core, 'case.close');
    await ok(core, 'case.open', { path });
    await ok(core, 'case.close');
    expect(openBackups(path)).toHaveLength(2);
  });

  it('a large case with a damaged page opens (no full read at open); its open backup fails and says why', async () => {
    const dir = tempDir();
    const path = await closedCase(dir);
    // Grow the case past the full-check limit with one table of blobs (overflow pages).
    const db = new Database(path);
    db.exec('CREATE TABLE padding (b BLOB) STRICT');
    const insert = db.prepare('INSERT INTO padding VALUES (?)');
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    db.transaction(() => {
      for (let i = 0; i < FULL_CHECK_AT_OPEN_MAX_BYTES / chunk.length + 2; i++) insert.run(chunk);
    })();
    db.pragma('journal_mode = DELETE');
    db.close();
    const size = statSync(path).size;
    expect(size).toBeGreaterThan(FULL_CHECK_AT_OPEN_MAX_BYTES);
    // Overwrite one page in the middle of the blobs with garbage.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xff), 0, 4096, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);

    const core = coreIn(dir, 60_000);
    await ok(core, 'case.open', { path });
    expect((await ok<{ items: unknown[] }>(core, 'sources.list', {})).items).toHaveLength(1);
    const list = await ok<BackupList>(core, 'case.backups');
    expect(list.items.filter((b) => b.reason === 'open')).toHaveLength(0);
    expect(list.lastError).toMatch(/open backup failed/);
  });
});
