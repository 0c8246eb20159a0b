import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CaseInfo } from '../../shared/domain/case';
import { CASE_APPLICATION_ID } from '../../electron/core/db/header';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { file } from '../fixtures/sources/build';
import { fails, ok, tempDir, testCore } from '../helpers/tempDirs';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
/** Every refusal must come back well inside this (a hang would hit the test timeout instead). */
const MAX_MS = 5_000;

/** A closed case with some content: sources, an excerpt, a claim (several pages). */
async function realCase(): Promise<{ path: string; bytes: Buffer }> {
  const { core, dir } = testCore();
  const path = join(dir, 'vorlage.wbcase');
  await ok(core, 'case.create', { path, title: 'Vorlage' });
  const text = 'Sechs nordkoreanische Offiziere sollen bei dem Angriff ums Leben gekommen sein. '.repeat(200);
  for (let i = 0; i < 4; i++) await ok(core, 'sources.import', { files: [file(`b${i}.txt`, `${i}: ${text}`)] });
  await ok(core, 'analysis.create', { kind: 'claim', text: 'Offiziere getötet' });
  await ok(core, 'case.close');
  return { path, bytes: readFileSync(path) };
}

/** Opens `path` through a fresh core and checks: refused with `codes`, named, nothing changed, quick. */
async function expectRefused(path: string, codes: string[]) {
  const { core } = testCore();
  const dir = join(path, '..');
  const before = sha(path);
  const names = readdirSync(dir).sort();
  const started = Date.now();
  const error = await fails(core, 'case.open', { path });
  const elapsed = Date.now() - started;
  expect(codes, `${error.code}: ${error.message}`).toContain(error.code);
  expect(error.message).toContain(basename(path));
  expect(error.message).not.toMatch(/at .*\.ts|node_modules/);
  expect(elapsed).toBeLessThan(MAX_MS);
  expect(sha(path), 'the file is byte-identical').toBe(before);
  expect(readdirSync(dir).sort(), 'nothing appeared or vanished beside it').toEqual(names);
  expect(await ok(core, 'case.info')).toBeNull();
  // workbench info (read-only peek) refuses it too, equally untouched.
  const peek = await fails(core, 'case.restoreBackup', { backupPath: path, path: join(dir, 'never.wbcase') });
  expect(codes).toContain(peek.code);
  expect(sha(path)).toBe(before);
  expect(readdirSync(dir).sort()).toEqual(names);
  return error;
}

describe('damaged and hostile case files are refused, named, untouched and quick', () => {
  it('a zero-byte file is never turned into a case', async () => {
    const path = join(tempDir(), 'leer.wbcase');
    writeFileSync(path, '');
    await expectRefused(path, ['NOT_A_CASE_FILE']);
    expect(statSync(path).size).toBe(0);
  });

  it.each([
    ['inside the header', 60],
    ['after the header', 100],
    ['after the first page', 4096],
    ['at half the file', 0.5],
    ['one byte short', -1],
  ])('a case truncated %s', async (_label, at) => {
    const { bytes } = await realCase();
    const path = join(tempDir(), 'gekuerzt.wbcase');
    const size = at === -1 ? bytes.length - 1 : at < 1 ? Math.floor(bytes.length * at) : at;
    expect(size).toBeLessThan(bytes.length);
    writeFileSync(path, bytes.subarray(0, size));
    await expectRefused(path, ['NOT_A_CASE_FILE', 'CASE_FILE_DAMAGED']);
  });

  it('random bytes, with and without a valid header in front', async () => {
    const dir = tempDir();
    const noise = join(dir, 'rauschen.wbcase');
    writeFileSync(noise, randomBytes(64 * 1024));
    await expectRefused(noise, ['NOT_A_CASE_FILE']);
    const { bytes } = await realCase();
    const headed = join(dir, 'kopf.wbcase');
    writeFileSync(headed, Buffer.concat([bytes.subarray(0, 100), randomBytes(bytes.length - 100)]));
    await expectRefused(headed, ['CASE_FILE_DAMAGED']);
  });

  it('another application’s SQLite database, also in WAL mode with content', async () => {
    const path = join(tempDir(), 'fremd.wbcase');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('application_id = 1179402563'); // another app's id
    db.exec("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('Einkaufsliste')");
    db.close();
    await expectRefused(path, ['NOT_A_CASE_FILE']);
  });

  it('a case with a garbage page in the middle', async () => {
    const { bytes } = await realCase();
    const pageSize = bytes.readUInt16BE(16) || 65536;
    const pages = bytes.length / pageSize;
    expect(pages).toBeGreaterThan(4);
    const path = join(tempDir(), 'beschaedigt.wbcase');
    const damaged = Buffer.from(bytes);
    const victim = Math.floor(pages / 2);
    randomBytes(pageSize).copy(damaged, victim * pageSize);
    writeFileSync(path, damaged);
    await expectRefused(path, ['CASE_FILE_DAMAGED']);
  });

  it('a case whose schema is newer than this app', async () => {
    const path = join(tempDir(), 'zukunft.wbcase');
    const db = new Database(path);
    db.pragma(`application_id = ${CASE_APPLICATION_ID}`);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE future (x)');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 7}`);
    db.close();
    const error = await expectRefused(path, ['CASE_FILE_TOO_NEW']);
    expect(error.message).toContain(String(LATEST_SCHEMA_VERSION + 7));
  });

  it('a case copied without its -wal while open is refused as incomplete (caseFilesWal.test.ts has the rest)', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'offen.wbcase');
    await ok(core, 'case.create', { path, title: 'Offen' });
    await ok(core, 'case.update', { patch: { question: 'nur im WAL' } });
    // While the case is open its newest change lives in the -wal; copy the main file alone.
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    const copy = join(tempDir(), 'kopie.wbcase');
    copyFileSync(path, copy);
    const error = await expectRefused(copy, ['CASE_FILE_DAMAGED']);
    expect(error.message).toContain('kopie.wbcase-wal');
    // The original still has everything.
    expect((await ok<CaseInfo>(core, 'case.info')).question).toBe('nur im WAL');
  });

  it('a truncated -wal beside a case is recovered up to its last whole transaction', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'wal.wbcase');
    await ok(core, 'case.create', { path, title: 'WAL' });
    await ok(core, 'case.update', { patch: { question: 'erste' } });
    await ok(core, 'case.update', { patch: { question: 'zweite' } });
    const walBytes = readFileSync(`${path}-wal`);
    const copyDir = tempDir();
    const copy = join(copyDir, 'wal.wbcase');
    copyFileSync(path, copy);
    // A torn last frame: the WAL's tail is cut mid-frame.
    writeFileSync(`${copy}-wal`, walBytes);
    truncateSync(`${copy}-wal`, walBytes.length - 100);
    const other = testCore();
    const info = await ok<CaseInfo>(other.core, 'case.open', { path: copy });
    expect(['erste', 'zweite', '']).toContain(info.question);
    expect(info.question).not.toBe('zweite'); // the torn transaction is not half there: it is gone
    const db = new Database(copy, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
