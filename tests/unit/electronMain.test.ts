import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbenchEvent } from '../../shared/contract/events';
import { APP_ID } from '../../electron/main/appInfo';
import { caseFileNameFor, findCaseFileArg, isCaseFilePath, withCaseExtension } from '../../electron/main/caseFiles';
import { EventOutbox, MAX_HELD_EVENTS } from '../../electron/main/eventOutbox';
import { findSqliteBinding, sqliteBindingCandidates } from '../../electron/main/nativeBinding';
import { installShippedDictionaries, pickSpellCheckerLanguages } from '../../electron/main/spellcheck';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from '../../electron/main/windowOptions';
import {
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
} from '../../electron/main/windowState';
import { displayProblem, platformExecutable, resolveElectronBinary } from '../../scripts/electronBinary.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wb-electron-test-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('case file arguments', () => {
  it('finds a .wbcase path among argv, made absolute against the working directory', () => {
    expect(findCaseFileArg(['/opt/aw/analyst-workbench', 'cases/Berlin.wbcase'], '/home/ana')).toBe(
      resolve('/home/ana', 'cases/Berlin.wbcase'),
    );
    expect(findCaseFileArg(['electron', '.', '/x/A.WBCASE'], '/')).toBe('/x/A.WBCASE');
  });

  it('ignores switches, other files and a missing argument; takes the last case file', () => {
    expect(findCaseFileArg(['app', '--inspect=1.wbcase', '-x', 'notes.txt'], '/')).toBeNull();
    expect(findCaseFileArg(['app', '/a.wbcase', '--allow-file-access-from-files', '/b.wbcase'], '/')).toBe('/b.wbcase');
    expect(findCaseFileArg([], '/')).toBeNull();
  });

  it('names new case files safely', () => {
    expect(caseFileNameFor('Lage: Nord/Süd?', 'Untitled')).toBe('Lage Nord Süd.wbcase');
    expect(caseFileNameFor('   ', 'Unbenannter Fall')).toBe('Unbenannter Fall.wbcase');
    expect(caseFileNameFor('x.wbcase', 'U')).toBe('x.wbcase');
    expect(withCaseExtension('/a/b')).toBe('/a/b.wbcase');
    expect(withCaseExtension('/a/b.WBCASE')).toBe('/a/b.WBCASE');
    expect(isCaseFilePath('/a/b.wbcase')).toBe(true);
    expect(isCaseFilePath('/a/b.sqlite')).toBe(false);
  });
});

describe('window state', () => {
  it('round-trips through an atomic write and leaves no temp file', () => {
    const dir = tempDir();
    saveWindowState(dir, { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
    expect(loadWindowState(dir)).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
    expect(readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('ignores a missing or damaged file', () => {
    const dir = tempDir();
    expect(loadWindowState(dir)).toBeNull();
    writeFileSync(join(dir, WINDOW_STATE_FILE), '{"bounds":');
    expect(loadWindowState(dir)).toBeNull();
    expect(parseWindowState('{"bounds":{"width":"wide"}}')).toBeNull();
  });

  const screen = { x: 0, y: 0, width: 1920, height: 1040 };

  it('keeps a saved position that is on a display, clamping the size', () => {
    const saved = { bounds: { x: 100, y: 50, width: 5000, height: 700 }, maximized: false };
    expect(fitToDisplays(saved, [screen])).toEqual({ x: 100, y: 50, width: 1920, height: 700 });
  });

  it('drops a position on a display that is gone, and uses defaults without a saved state', () => {
    const saved = { bounds: { x: 2500, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(fitToDisplays(saved, [screen])).toEqual({ width: 1200, height: 800 });
    expect(fitToDisplays(null, [screen])).toEqual({ ...DEFAULT_WINDOW_SIZE });
    const tiny = fitToDisplays({ bounds: { width: 10, height: 10 }, maximized: false }, [screen]);
    expect(tiny).toEqual({ width: MIN_WINDOW_SIZE.width, height: MIN_WINDOW_SIZE.height });
  });
});

describe('event outbox', () => {
  const menu: WorkbenchEvent = { type: 'menu.command', command: 'case.new' };
  const open: WorkbenchEvent = { type: 'case.openRequested', path: '/a.wbcase' };
  const changed: WorkbenchEvent = { type: 'data.changed', domains: ['case'] };

  it('holds commands until the page is ready, then delivers them in order', () => {
    const sent: WorkbenchEvent[] = [];
    const box = new EventOutbox((e) => sent.push(e));
    box.push(open);
    box.push(changed); // a loading page fetches fresh data anyway
    box.push(menu);
    expect(sent).toEqual([]);
    box.markReady();
    expect(sent).toEqual([open, menu]);
    box.push(changed);
    expect(sent).toEqual([open, menu, changed]);
    box.markNotReady();
    box.push(menu);
    expect(sent).toHaveLength(3);
    expect(box.heldCount).toBe(1);
  });

  it('holds a bounded number of events', () => {
    const box = new EventOutbox(() => {});
    for (let i = 0; i < MAX_HELD_EVENTS + 5; i++) box.push(menu);
    expect(box.heldCount).toBe(MAX_HELD_EVENTS);
  });
});

describe('Electron build of better-sqlite3', () => {
  const place = { appPath: '/proj', resourcesPath: '/opt/aw/resources', platform: 'linux', arch: 'x64' };

  it('is looked for beside node_modules in development and in resources when packaged', () => {
    expect(sqliteBindingCandidates({ ...place, isPackaged: false })).toEqual([
      '/proj/native/electron/linux-x64/better_sqlite3.node',
      '/proj/native/electron/better_sqlite3.node',
    ]);
    expect(sqliteBindingCandidates({ ...place, isPackaged: true })[0]).toBe(
      '/opt/aw/resources/native/electron/linux-x64/better_sqlite3.node',
    );
  });

  it('falls back (null) when no file exists, so the default binding is used', () => {
    expect(findSqliteBinding({ ...place, isPackaged: false }, () => false)).toBeNull();
    const only = '/proj/native/electron/better_sqlite3.node';
    expect(findSqliteBinding({ ...place, isPackaged: false }, (p) => p === only)).toBe(only);
  });
});

describe('spell checking without downloads', () => {
  it('picks English and German from what Chromium offers', () => {
    expect(pickSpellCheckerLanguages(['af', 'de-DE', 'en-GB', 'en-US', 'fr'])).toEqual(['en-US', 'de-DE']);
    expect(pickSpellCheckerLanguages(['de', 'en'])).toEqual(['en', 'de']);
    expect(pickSpellCheckerLanguages([])).toEqual([]);
  });

  it('copies shipped dictionaries into <userData>/Dictionaries once, keeping existing ones', () => {
    const shipped = tempDir();
    const userData = tempDir();
    writeFileSync(join(shipped, 'de-DE-3-0.bdic'), 'de');
    writeFileSync(join(shipped, 'en-US-10-1.bdic'), 'en');
    writeFileSync(join(shipped, 'README.md'), 'not a dictionary');
    mkdirSync(join(userData, 'Dictionaries'));
    writeFileSync(join(userData, 'Dictionaries', 'en-US-10-1.bdic'), 'user copy');
    expect(installShippedDictionaries([shipped, join(shipped, 'missing')], userData)).toEqual(['de-DE-3-0.bdic']);
    expect(readFileSync(join(userData, 'Dictionaries', 'en-US-10-1.bdic'), 'utf8')).toBe('user copy');
    expect(installShippedDictionaries([shipped], userData)).toEqual([]);
  });
});

describe('start script: finding the Electron binary without downloading it', () => {
  function fakePackage(withBinary: boolean): string {
    const dir = tempDir();
    writeFileSync(join(dir, 'path.txt'), platformExecutable('linux'));
    if (withBinary) {
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist', 'electron'), '#!/bin/sh\n');
      chmodSync(join(dir, 'dist', 'electron'), 0o755);
    }
    return dir;
  }

  it('reports a package whose binary was never downloaded', () => {
    expect(resolveElectronBinary({ packageDir: fakePackage(false), env: {}, platform: 'linux' })).toEqual({
      ok: false,
      reason: 'binary not installed',
    });
    const noPathTxt = tempDir();
    expect(resolveElectronBinary({ packageDir: noPathTxt, env: {}, platform: 'linux' }).ok).toBe(false);
    expect(resolveElectronBinary({ packageDir: null, env: {}, platform: 'linux' }).ok).toBe(false);
  });

  it('finds an installed binary and honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const pkg = fakePackage(true);
    expect(resolveElectronBinary({ packageDir: pkg, env: {}, platform: 'linux' })).toEqual({
      ok: true,
      path: join(pkg, 'dist', 'electron'),
    });
    const override = tempDir();
    writeFileSync(join(override, 'electron'), '');
    expect(
      resolveElectronBinary({ packageDir: fakePackage(false), env: { ELECTRON_OVERRIDE_DIST_PATH: override } }),
    ).toEqual({
      ok: true,
      path: join(override, 'electron'),
    });
    expect(resolveElectronBinary({ packageDir: pkg, env: { ELECTRON_OVERRIDE_DIST_PATH: tempDir() } }).ok).toBe(false);
  });

  it('never triggers the electron package download (this machine has no binary)', () => {
    const real = resolveElectronBinary({ packageDir: join(ROOT, 'node_modules', 'electron'), env: {} });
    if (!real.ok) expect(existsSync(join(ROOT, 'node_modules', 'electron', 'dist'))).toBe(false);
  });

  it('needs a display on Linux only', () => {
    expect(displayProblem({}, 'linux')).toMatch(/no display/);
    expect(displayProblem({ DISPLAY: ':0' }, 'linux')).toBeNull();
    expect(displayProblem({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBeNull();
    expect(displayProblem({}, 'win32')).toBeNull();
    expect(displayProblem({}, 'darwin')).toBeNull();
  });
});

describe('packaging config', () => {
  const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');

  it('uses the same appId as the main process', () => {
    expect(yml).toMatch(new RegExp(`^appId: ${APP_ID.replace(/\./g, '\\.')}(\\s|$)`, 'm'));
  });

  it('associates .wbcase files and unpacks the native module', () => {
    expect(yml).toMatch(/- ext: wbcase\n\s+name: Analyst Workbench Case/);
    expect(yml).toMatch(/mimeType: application\/x-wbcase/);
    expect(yml).toMatch(/role: Editor/);
    expect(yml).toMatch(/asarUnpack:\n\s+- node_modules\/better-sqlite3\/\*\*/);
    expect(yml).toMatch(/npmRebuild: false/);
  });
});
