/**
 * Runs the real Electron main process (electron/main/index.ts) against a fake
 * 'electron' module and the real core, to check the wiring that pure-function
 * tests cannot: which handlers are installed, that IPC reaches the core only
 * from our main frame, that events and menus follow the core. What only a real
 * Electron can show (rendering, the sandbox itself, native dialogs) is not here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type Envelope } from '../../shared/contract/wire';
import { fake, type FakeBrowserWindow, type FakeFrame } from './electronFake';

vi.mock('electron', async () => (await import('./electronFake')).fake);

const dataDir = mkdtempSync(join(tmpdir(), 'wb-electron-wiring-'));
const casesDir = mkdtempSync(join(tmpdir(), 'wb-electron-cases-'));
let win: FakeBrowserWindow;

function ipcEvent(frame: FakeFrame | null, senderId = win.webContents.id) {
  return { sender: { id: senderId }, senderFrame: frame };
}

async function call(method: string, input: unknown, frame: FakeFrame | null = win.webContents.mainFrame) {
  const handler = fake.ipcMain.handlers[IPC_CALL_CHANNEL]!;
  return (await handler(ipcEvent(frame) as never, method as never, input as never)) as Envelope<unknown>;
}

const settle = () => new Promise((r) => setTimeout(r, 30));

beforeAll(async () => {
  process.env.WORKBENCH_DATA_DIR = dataDir;
  process.env.WORKBENCH_CASES_DIR = casesDir;
  fake.app.setPath('userData', '/nonexistent-should-be-overridden');
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  await import('../../electron/main/index');
  fake.app.becomeReady();
  await settle();
  win = fake.BrowserWindow.all[0]!;
});

afterAll(() => {
  fake.app.emit('will-quit', { preventDefault() {} });
  delete process.env.WORKBENCH_DATA_DIR;
  delete process.env.WORKBENCH_CASES_DIR;
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(casesDir, { recursive: true, force: true });
});

describe('Electron main wiring (fake electron, real core)', () => {
  it('prepares before ready: privileged app scheme, global sandbox, isolated profile', () => {
    expect(fake.protocol.privileged).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(fake.app.sandboxed).toBe(true);
    expect(fake.app.getPath('userData')).toBe(dataDir);
  });

  it('opens one secure window on the app origin', () => {
    expect(fake.BrowserWindow.all).toHaveLength(1);
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(win.webContents.getURL()).toBe('app://workbench/index.html');
    expect(win.webContents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('locks the session down', async () => {
    const ses = fake.session.defaultSession;
    let granted: boolean | undefined;
    ses.handlers.permissionRequest!(
      {} as never,
      'media' as never,
      ((ok: boolean) => (granted = ok)) as never,
      { requestingUrl: 'app://workbench/index.html' } as never,
    );
    expect(granted).toBe(false);
    expect(ses.handlers.permissionCheck!({} as never, 'geolocation' as never, 'app://workbench' as never)).toBe(false);
    expect(ses.handlers.devicePermission!({} as never)).toBe(false);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      ses.webRequest.beforeRequest!(
        { url, resourceType: 'script' } as never,
        ((r: { cancel: boolean }) => (cancel = r.cancel)) as never,
      );
      return cancel;
    };
    expect(decide('https://cdn.example/x.js')).toBe(true);
    expect(decide('app://workbench/assets/x.js')).toBe(false);
    expect(ses.spellDownloadUrl).toMatch(/^http:\/\/127\.0\.0\.1:9\//);
    expect(ses.spellLanguages).toEqual(['en-US', 'de-DE']);
  });

  it('serves app:// with refusals for traversal and other methods', async () => {
    const handle = fake.session.defaultSession.protocol.handlers.app!;
    expect((await handle(new Request('app://workbench/..%2F..%2Fpackage.json'))).status).toBe(403);
    expect((await handle(new Request('app://workbench/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    expect((await handle(new Request('app://evil/index.html'))).status).toBe(404);
  });

  it('answers IPC calls from our main frame through the core', async () => {
    const info = await call('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { door: 'electron' } });
    expect(await call('host.capabilities', {})).toEqual({
      ok: true,
      value: { nativeDialogs: true, printToPdf: true, revealInFolder: true },
    });
  });

  it('refuses IPC from subframes, foreign pages, other web contents and vanished frames', async () => {
    const denied = { ok: false, error: expect.objectContaining({ code: 'PERMISSION_DENIED' }) };
    const top = win.webContents.mainFrame;
    expect(await call('app.info', {}, { url: 'app://workbench/index.html', parent: top })).toEqual(denied);
    expect(await call('app.info', {}, { url: 'https://evil.example/', parent: null })).toEqual(denied);
    expect(await call('app.info', {}, { url: 'file:///tmp/x.html', parent: null })).toEqual(denied);
    expect(await call('app.info', {}, null)).toEqual(denied);
    const handler = fake.ipcMain.handlers[IPC_CALL_CHANNEL]!;
    expect(await handler(ipcEvent(top, 9999) as never, 'app.info' as never, {} as never)).toEqual(denied);
    expect(await call(42 as unknown as string, {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('holds events until the page has loaded, then forwards core events', async () => {
    const menuClick = (id: string) => {
      const find = (items: { id?: string; submenu?: unknown; click?: () => void }[]): (() => void) | undefined => {
        for (const i of items) {
          if (i.id === id) return i.click;
          const inner = Array.isArray(i.submenu) ? find(i.submenu) : undefined;
          if (inner) return inner;
        }
      };
      find(fake.Menu.current!.template as never)!();
    };
    menuClick('file.new');
    expect(win.webContents.sent).toEqual([]);
    win.finishLoad();
    expect(win.webContents.sent).toEqual([
      { channel: IPC_EVENT_CHANNEL, payload: { type: 'menu.command', command: 'case.new' } },
    ]);
    await call('prefs.update', { patch: { theme: 'dark' } });
    expect(win.webContents.sent.at(-1)).toEqual({
      channel: IPC_EVENT_CHANNEL,
      payload: { type: 'data.changed', domains: ['prefs'] },
    });
  });

  it('rebuilds the menu in German and follows the theme when preferences change', async () => {
    const fileLabel = () => (fake.Menu.current!.template[0] as { label: string }).label;
    expect(fileLabel()).toBe('&File');
    await call('prefs.update', { patch: { language: 'de' } });
    await settle();
    expect(fileLabel()).toBe('&Datei');
    expect(fake.nativeTheme.themeSource).toBe('dark');
  });

  it('opens a case passed by a second launch', () => {
    fake.app.emit('second-instance', {}, ['/usr/bin/aw', '--flag', 'My Case.wbcase'], '/home/ana');
    expect(win.webContents.sent.at(-1)).toEqual({
      channel: IPC_EVENT_CHANNEL,
      payload: { type: 'case.openRequested', path: join('/home/ana', 'My Case.wbcase') },
    });
  });

  it('lists a created case under Open Recent and in the OS recent documents', async () => {
    const path = join(casesDir, 'Lage.wbcase');
    expect(await call('case.create', { path, title: 'Lage Nord' })).toMatchObject({ ok: true });
    await settle();
    const file = fake.Menu.current!.template[0] as { submenu: { id?: string; submenu?: { label?: string }[] }[] };
    const recent = file.submenu.find((i) => i.id === 'file.openRecent')!.submenu!;
    expect(recent[0]?.label).toBe('Lage Nord — Lage.wbcase');
    expect(fake.app.recentDocuments).toEqual([path]);
  });

  it('remembers window bounds on close and releases the case on quit', async () => {
    win.emit('close');
    const { loadWindowState } = await import('../../electron/main/windowState');
    expect(loadWindowState(dataDir)).toEqual({ bounds: { x: 10, y: 20, width: 1100, height: 700 }, maximized: false });
    let prevented = false;
    fake.app.emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await settle();
    expect(fake.app.quitCalls).toBeGreaterThan(0);
    // The lock is gone: a fresh core could open the case now (the core's own tests cover locking).
    expect(await call('case.info', {})).toEqual({ ok: true, value: null });
  });
});
