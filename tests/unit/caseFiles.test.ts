import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CaseInfo } from '../../shared/domain/case';
import { CASE_APPLICATION_ID } from '../../electron/core/db/header';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { OpenCase } from '../../electron/core/domains/case/caseSession';
import { fails, ok, tempDir, testCore } from '../helpers/tempDirs';
import { openCaseInChild, waitForExit } from '../helpers/childCase';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const isRoot = process.getuid?.() === 0;

/** Whether user "nobody" can reach the project (every ancestor searchable by others). */
function projectReachableByOthers(): boolean {
  let dir = process.cwd();
  for (;;) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    const parent = dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

describe('case files', () => {
  it('create → close → reopen keeps every field, including German text', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'Nordkorea.wbcase');
    const created = await ok<CaseInfo>(core, 'case.create', {
      path,
      title: '„Nordkoreanische Truppen“ – Ukraine',
      question: 'Kämpfen nordkoreanische Soldaten für Russland? Größe der Einheit?',
      tlp: 'TLP:AMBER+STRICT',
      likelihoodScale: 'PHIA',
      language: 'de',
    });
    expect(created.path).toBe(path);
    expect(created.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const updated = await ok<CaseInfo>(core, 'case.update', {
      patch: {
        author: 'Jürgen Weiß',
        handling: 'VS – NUR FÜR DEN DIENSTGEBRAUCH',
        keyQuestions: [{ text: 'Wo sind die Einheiten stationiert?' }, { text: 'Seit wann?' }],
      },
    });
    expect(updated.keyQuestions).toHaveLength(2);
    expect(await ok(core, 'case.close')).toEqual({ closed: true });
    expect(await ok(core, 'case.info')).toBeNull();
    expect(existsSync(`${path}.lock`)).toBe(false);

    const reopened = await ok<CaseInfo>(core, 'case.open', { path });
    expect({ ...reopened, sizeBytes: 0 }).toEqual({ ...updated, sizeBytes: 0 });
  });

  it('keeps key-question ids across edits and gives new ones fresh ids', async () => {
    const { core, dir } = testCore();
    await ok(core, 'case.create', { path: join(dir, 'k.wbcase'), title: 'K' });
    const first = await ok<CaseInfo>(core, 'case.update', { patch: { keyQuestions: [{ text: 'A' }] } });
    const kept = first.keyQuestions[0]!;
    const second = await ok<CaseInfo>(core, 'case.update', {
      patch: { keyQuestions: [{ text: 'B' }, { id: kept.id, text: 'A, sharper' }] },
    });
    expect(second.keyQuestions.map((q) => q.text)).toEqual(['B', 'A, sharper']);
    expect(second.keyQuestions[1]!.id).toBe(kept.id);
    expect(second.keyQuestions[0]!.id).not.toBe(kept.id);
  });

  it('writes the marks of a case file and the durability pragmas', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'marks.wbcase');
    await ok(core, 'case.create', { path, title: 'Marks' });
    await ok(core, 'case.close');
    const db = new Database(path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(CASE_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    // A closed case is in rollback mode (header bytes 18/19 = 1); only an open case is WAL.
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
  });

  it('sets synchronous=FULL, WAL and foreign keys on every connection it opens', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'p.wbcase');
    await ok(core, 'case.create', { path, title: 'P' });
    await ok(core, 'case.close');
    const opened = OpenCase.open(path, 'cli');
    try {
      expect(opened.db.pragma('synchronous', { simple: true })).toBe(2);
      expect(opened.db.pragma('foreign_keys', { simple: true })).toBe(1);
      // Opened in the rollback mode it was closed in; WAL before the first write (not on the open path).
      expect(opened.db.pragma('journal_mode', { simple: true })).toBe('delete');
      opened.prepareForWrites();
      expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(opened.db.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      opened.close();
    }
  });

  it('adds the .wbcase extension and never overwrites an existing file', async () => {
    const { core, dir } = testCore();
    const created = await ok<CaseInfo>(core, 'case.create', { path: join(dir, 'Lage'), title: 'Lage' });
    expect(created.path).toBe(join(dir, 'Lage.wbcase'));
    const other = join(dir, 'notes.wbcase');
    writeFileSync(other, 'my notes');
    expect((await fails(core, 'case.create', { path: other, title: 'X' })).code).toBe('CASE_FILE_EXISTS');
    expect(readFileSync(other, 'utf8')).toBe('my notes');
    // No temp files are left behind by a refused or a successful create.
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('suggests a free path in the cases folder from the title', async () => {
    const { core, dir } = testCore();
    const first = await ok<{ path: string }>(core, 'case.suggestPath', { title: 'Lage: Kursk/Ost?' });
    expect(first.path).toBe(join(dir, 'cases', 'Lage Kursk Ost.wbcase'));
    await ok(core, 'case.create', { path: first.path, title: 'Lage' });
    const second = await ok<{ path: string }>(core, 'case.suggestPath', { title: 'Lage: Kursk/Ost?' });
    expect(second.path).toBe(join(dir, 'cases', 'Lage Kursk Ost 2.wbcase'));
  });

  describe('refuses files that are not ours and leaves them byte-identical', () => {
    const cases: [string, (path: string) => void, string][] = [
      ['a zero-byte file', (p) => writeFileSync(p, ''), 'NOT_A_CASE_FILE'],
      ['a text file', (p) => writeFileSync(p, 'Von Pjöngjang an die Front\n'.repeat(20)), 'NOT_A_CASE_FILE'],
      [
        'another application’s SQLite database',
        (p) => {
          const db = new Database(p);
          db.exec("CREATE TABLE t (x); INSERT INTO t VALUES ('foreign')");
          db.close();
        },
        'NOT_A_CASE_FILE',
      ],
      [
        'a case file with a too-new schema',
        (p) => {
          const db = new Database(p);
          db.pragma(`application_id = ${CASE_APPLICATION_ID}`);
          db.exec('CREATE TABLE future (x)');
          db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
          db.close();
        },
        'CASE_FILE_TOO_NEW',
      ],
      ['a truncated SQLite header', (p) => writeFileSync(p, 'SQLite format 3\0abc'), 'NOT_A_CASE_FILE'],
    ];
    for (const [label, make, code] of cases) {
      it(label, async () => {
        const { core, dir } = testCore();
        const path = join(dir, 'victim.wbcase');
        make(path);
        const before = sha(path);
        const names = readdirSync(dir).sort();
        const error = await fails(core, 'case.open', { path });
        expect(error.code).toBe(code);
        expect(error.message).not.toMatch(/at .*\.ts/);
        expect(sha(path)).toBe(before);
        expect(readdirSync(dir).sort()).toEqual(names);
        expect(await ok(core, 'case.info')).toBeNull();
      });
    }
  });

  it('reports a missing file and a folder clearly', async () => {
    const { core, dir } = testCore();
    expect((await fails(core, 'case.open', { path: join(dir, 'nope.wbcase') })).code).toBe('FILE_NOT_FOUND');
    expect((await fails(core, 'case.open', { path: dir })).code).toBe('NOT_A_CASE_FILE');
  });

  it('a refused open keeps the current case open', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'keep.wbcase');
    await ok(core, 'case.create', { path, title: 'Keep me' });
    writeFileSync(join(dir, 'junk.wbcase'), 'junk');
    await fails(core, 'case.open', { path: join(dir, 'junk.wbcase') });
    expect((await ok<CaseInfo>(core, 'case.info')).title).toBe('Keep me');
  });

  // Root ignores file permissions, so as root (CI) the refused open runs in a
  // child process as the unprivileged user "nobody".
  it.skipIf(isRoot && !projectReachableByOthers())(
    'refuses a case in a read-only folder with a clear error and leaves it untouched',
    async () => {
      const { core, dir } = testCore();
      chmodSync(dir, 0o755);
      const folder = join(dir, 'ro');
      const path = join(folder, 'ro.wbcase');
      await ok(core, 'case.create', { path, title: 'RO' });
      await ok(core, 'case.close');
      const before = sha(path);
      chmodSync(path, 0o644);
      chmodSync(folder, 0o555);
      try {
        if (isRoot) {
          const appData = join(dir, 'nobody-appdata');
          mkdirSync(appData, { mode: 0o777 });
          chmodSync(appData, 0o777);
          const child = await openCaseInChild(path, appData, { uid: 65534, gid: 65534 });
          expect(child.result.ok ? 'opened' : child.result.error.code).toBe('CASE_FILE_READ_ONLY');
          await waitForExit(child.child);
        } else {
          expect((await fails(core, 'case.open', { path })).code).toBe('CASE_FILE_READ_ONLY');
          expect((await fails(core, 'case.create', { path: join(folder, 'new.wbcase'), title: 'N' })).code).toBe(
            'PERMISSION_DENIED',
          );
        }
      } finally {
        chmodSync(folder, 0o755);
      }
      expect(sha(path)).toBe(before);
      expect(readdirSync(folder)).toEqual(['ro.wbcase']);
    },
  );

  it('a second process gets CASE_FILE_LOCKED naming the holder; a dead holder’s lock is taken over', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'shared.wbcase');
    await ok(core, 'case.create', { path, title: 'Shared' });

    const second = await openCaseInChild(path, join(dir, 'appdata2'));
    expect(second.result.ok).toBe(false);
    if (second.result.ok) return;
    expect(second.result.error.code).toBe('CASE_FILE_LOCKED');
    expect(second.result.error.message).toContain(`process ${process.pid}`);
    await waitForExit(second.child);
    await ok(core, 'case.close');

    const holder = await openCaseInChild(path, join(dir, 'appdata2'));
    expect(holder.result.ok).toBe(true);
    const locked = await fails(core, 'case.open', { path });
    expect(locked.code).toBe('CASE_FILE_LOCKED');
    expect(locked.message).toContain(`process ${holder.pid}`);
    expect((locked.details as { holder: { pid: number } }).holder.pid).toBe(holder.pid);

    holder.child.kill('SIGKILL');
    await waitForExit(holder.child);
    const info = await ok<CaseInfo>(core, 'case.open', { path });
    expect(info.title).toBe('Shared');
  });
});

describe('recent cases and preferences', () => {
  it('remembers opened cases newest first, follows renames, and marks missing files', async () => {
    const { core, dir } = testCore();
    await ok(core, 'case.create', { path: join(dir, 'a.wbcase'), title: 'A' });
    await ok(core, 'case.create', { path: join(dir, 'b.wbcase'), title: 'B' });
    await ok(core, 'case.update', { patch: { title: 'B renamed', tlp: 'TLP:RED' } });
    const list = await ok<{ path: string; title: string; tlp: string; exists: boolean }[]>(core, 'recent.list');
    expect(list.map((r) => r.title)).toEqual(['B renamed', 'A']);
    expect(list[0]!.tlp).toBe('TLP:RED');
    await ok(core, 'case.close');
    rmSync(join(dir, 'a.wbcase'));
    const after = await ok<{ exists: boolean }[]>(core, 'recent.list');
    expect(after.map((r) => r.exists)).toEqual([true, false]);
    expect(await ok(core, 'recent.remove', { path: join(dir, 'a.wbcase') })).toHaveLength(1);
    expect(await ok(core, 'recent.clear')).toEqual([]);
  });

  it('keeps preferences in the app-data folder and survives a damaged file', async () => {
    const { core, dir } = testCore();
    expect((await ok<{ language: string }>(core, 'prefs.get')).language).toBe('en');
    await ok(core, 'prefs.update', { patch: { language: 'de', theme: 'dark' } });
    const stored = JSON.parse(readFileSync(join(dir, 'appdata', 'preferences.json'), 'utf8'));
    expect(stored).toMatchObject({ language: 'de', theme: 'dark' });
    writeFileSync(join(dir, 'appdata', 'preferences.json'), '{ broken');
    expect((await ok<{ language: string }>(core, 'prefs.get')).language).toBe('en');
    expect((await fails(core, 'prefs.update', { patch: { language: 'fr' } })).code).toBe('INVALID_INPUT');
  });
});

describe('temp folder helper', () => {
  it('gives distinct folders', () => {
    expect(tempDir()).not.toBe(tempDir());
  });
});
