/**
 * Electron main process: a thin door around the core. It owns the window,
 * menus, the one IPC channel and OS integration (single instance, file
 * associations); everything the app *does* happens in electron/core.
 */
import { join, resolve } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, nativeTheme, screen, session, type IpcMainInvokeEvent } from 'electron';
import { createCore, type Core } from '../core';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { WorkbenchEvent } from '../../shared/contract/events';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type Envelope } from '../../shared/contract/wire';
import { APP_ID, APP_NAME } from './appInfo';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { findCaseFileArg, isCaseFilePath } from './caseFiles';
import { buildTextContextMenu } from './contextMenu';
import { createElectronHost } from './electronHost';
import { setPdfPrinter } from '../core/export/printer';
import { createElectronPdfPrinter } from './pdfPrinter';
import { EventOutbox } from './eventOutbox';
import { guardNavigation, hardenAllWebContents, hardenSession } from './hardening';
import { menuLabels, type MenuLabels } from './menuLabels';
import { buildMenuTemplate, type RecentMenuEntry } from './menuTemplate';
import { findSqliteBinding, sqliteBindingCandidates } from './nativeBinding';
import { APP_ENTRY_URL, APP_ORIGIN, isTrustedSender } from './security';
import { installShippedDictionaries, shippedDictionaryDirs } from './spellcheck';
import { createWindowOptions } from './windowOptions';
import { fitToDisplays, loadWindowState, saveWindowState } from './windowState';

const log = (message: string) => console.log(`[workbench] ${message}`);

// ---- Before 'ready': things Electron only accepts this early. ----

// Isolated profiles for end-to-end tests (and the lock below then is per profile).
if (process.env.WORKBENCH_DATA_DIR) app.setPath('userData', resolve(process.env.WORKBENCH_DATA_DIR));
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
registerAppScheme();
// Every renderer sandboxed, whatever a window's options say.
app.enableSandbox();
hardenAllWebContents();

const OUT_DIR = join(import.meta.dirname, '..');
const userDataDir = app.getPath('userData');

let core: Core | null = null;
let win: BrowserWindow | null = null;
let trustedContentsId = -1;
let labels: MenuLabels = menuLabels('en');
/** Case files the OS asked us to open before the core existed (macOS open-file fires before ready). */
const earlyOpenRequests: string[] = [];
let inFlightCalls = 0;
let coreClosed = false;

const outbox = new EventOutbox((event) => {
  if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, event);
});

function emit(event: WorkbenchEvent): void {
  core?.emit(event);
}

function requestOpen(path: string): void {
  // Before startup finishes, remember it; main() replays these once the window exists.
  if (!app.isReady() || !core) {
    earlyOpenRequests.push(path);
    return;
  }
  showWindow();
  emit({ type: 'case.openRequested', path });
}

async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M> | null> {
  if (!core) return null;
  const result = await core.dispatch(method, input);
  if (result.ok) return result.value as MethodOutput<M>;
  log(`${method} failed: ${result.error.code}`);
  return null;
}

// ---- Menus, rebuilt whenever language or recent cases change. ----

/** Newest path handed to the OS list; undefined until the first sync, null when cleared. */
let lastRecentDocument: string | null | undefined;
let menuUpdate: Promise<void> = Promise.resolve();

function refreshMenu(): Promise<void> {
  menuUpdate = menuUpdate.then(rebuildMenu).catch((err: unknown) => log(`menu update failed: ${String(err)}`));
  return menuUpdate;
}

async function rebuildMenu(): Promise<void> {
  const [prefs, recent] = await Promise.all([call('prefs.get', {}), call('recent.list', {})]);
  labels = menuLabels(prefs?.language);
  // Native parts (menus, dialogs, scrollbars, prefers-color-scheme) follow the user's theme override.
  if (prefs) nativeTheme.themeSource = prefs.theme;
  const entries: RecentMenuEntry[] = recent ?? [];
  syncOsRecentDocuments(entries);
  const template = buildMenuTemplate({
    labels,
    recent: entries,
    platform: process.platform,
    isPackaged: app.isPackaged,
    appName: APP_NAME,
    send: (command) => {
      showWindow();
      emit({ type: 'menu.command', command });
    },
    openRecent: (path) => requestOpen(path),
    clearRecent: () => void call('recent.clear', {}),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** The OS's own recent list (Dock menu, jump list) mirrors ours. */
function syncOsRecentDocuments(recent: readonly RecentMenuEntry[]): void {
  if (recent.length === 0) {
    // Also at the first sync: the OS list may still hold entries from before a Clear in another door.
    if (lastRecentDocument !== null) app.clearRecentDocuments();
    lastRecentDocument = null;
    return;
  }
  const newest = recent[0];
  if (newest && newest.exists && newest.path !== lastRecentDocument) {
    app.addRecentDocument(newest.path);
    lastRecentDocument = newest.path;
  }
}

// ---- The window. ----

function showWindow(): BrowserWindow {
  if (!win || win.isDestroyed()) win = createWindow();
  if (win.isMinimized()) win.restore();
  if (win.isVisible()) win.focus();
  return win;
}

function createWindow(): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const areas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const state = loadWindowState(userDataDir);
  // Electronegativity cannot follow createWindowOptions(), so it reports contextIsolation and sandbox as
  // missing here; both are set there (contextIsolation: true, sandbox: true, plus app.enableSandbox()) and
  // asserted by tests/unit/electronSecurity.test.ts. Middle-click (auxclick) cannot open anything:
  // hardening.ts denies every window.open/new-window and navigation.
  const w = /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK */ new BrowserWindow(
    createWindowOptions({
      preloadPath: join(OUT_DIR, 'preload', 'index.cjs'),
      bounds: fitToDisplays(state, areas),
      devTools: !app.isPackaged,
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c2127' : '#f6f7f9',
    }),
  );
  trustedContentsId = w.webContents.id;
  if (state?.maximized) w.maximize();
  const show = () => !w.isDestroyed() && !w.isVisible() && w.show();
  w.once('ready-to-show', show);
  // If the renderer fails to paint (missing build), still show the window rather than nothing.
  setTimeout(show, 4000).unref();

  const contents = w.webContents;
  guardNavigation(contents);
  contents.on('did-start-loading', () => outbox.markNotReady());
  contents.on('did-finish-load', () => outbox.markReady());
  contents.on('render-process-gone', (_e, details) => log(`renderer process gone: ${details.reason}`));
  contents.on('context-menu', (_e, params) => {
    const template = buildTextContextMenu(params, labels, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length) Menu.buildFromTemplate(template).popup({ window: w });
  });

  w.on('close', () => {
    saveWindowState(userDataDir, { bounds: w.getNormalBounds(), maximized: w.isMaximized() });
  });
  w.on('closed', () => {
    outbox.markNotReady();
    if (win === w) win = null;
  });
  void w.loadURL(APP_ENTRY_URL);
  return w;
}

// ---- The one IPC channel. ----

/** Only the top frame of our window, showing our own origin, may call the core. */
function isTrustedCall(event: IpcMainInvokeEvent): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame || event.sender.id !== trustedContentsId) return false;
    return isTrustedSender(frame.url, APP_ORIGIN, frame.parent === null);
  } catch {
    // A frame destroyed mid-call throws on access: treat as untrusted.
    return false;
  }
}

function registerIpc(c: Core): void {
  ipcMain.handle(IPC_CALL_CHANNEL, async (event, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedCall(event)) {
      log('refused an IPC call from an untrusted frame');
      return {
        ok: false,
        error: { code: 'PERMISSION_DENIED', message: 'This page may not call the workbench.' },
      };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'A method name is required.' } };
    }
    inFlightCalls++;
    try {
      return await c.dispatch(method, input);
    } finally {
      inFlightCalls--;
    }
  });
}

// ---- Startup. ----

function startCore(): Core {
  const bindingPlace = {
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    isPackaged: app.isPackaged,
    platform: process.platform,
    arch: process.arch,
  };
  const binding = findSqliteBinding(bindingPlace);
  if (!binding) {
    const expected = sqliteBindingCandidates(bindingPlace).at(-1);
    log(`no Electron build of better-sqlite3 at ${expected}; using the default binding (see docs/RELEASE.md)`);
  }
  const c = createCore({
    door: 'electron',
    appDataDir: userDataDir,
    extractWorker: { path: join(import.meta.dirname, 'extractWorker.js') },
    host: createElectronHost({
      getWindow: () => (win && !win.isDestroyed() ? win : null),
      labels: () => labels,
      suggestPath: async (title) => (await call('case.suggestPath', { title }))?.path ?? null,
    }),
    ...(binding ? { sqliteNativeBinding: binding } : {}),
  });
  // PDF exports print with Electron's own printToPDF rather than a second, headless Chromium.
  setPdfPrinter(createElectronPdfPrinter());
  c.onEvent((event) => {
    outbox.push(event);
    if (event.type === 'data.changed' && (event.domains.includes('prefs') || event.domains.includes('recent'))) {
      void refreshMenu();
    }
  });
  return c;
}

function main(): void {
  // Copied before the spell checker initialises, so it finds them and never asks for a download.
  installShippedDictionaries(
    shippedDictionaryDirs({
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
      isPackaged: app.isPackaged,
    }),
    userDataDir,
  );

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = findCaseFileArg(argv.slice(1), workingDirectory);
    if (path) requestOpen(path);
    else if (app.isReady()) showWindow();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (isCaseFilePath(path)) requestOpen(path);
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    if (coreClosed || !core) return;
    // Let calls already inside the core (the editor's last save) finish, then release the case lock.
    event.preventDefault();
    void waitForIdle(3000).finally(() => {
      core?.close();
      coreClosed = true;
      app.quit();
    });
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    serveRenderer(session.defaultSession, join(OUT_DIR, 'renderer'));
    core = startCore();
    registerIpc(core);
    await refreshMenu();
    showWindow();
    const fromArgv = findCaseFileArg(process.argv.slice(1), process.cwd());
    for (const path of [...earlyOpenRequests.splice(0), ...(fromArgv ? [fromArgv] : [])]) requestOpen(path);
  });
}

function waitForIdle(limitMs: number): Promise<void> {
  const until = Date.now() + limitMs;
  return new Promise((done) => {
    const tick = () => (inFlightCalls === 0 || Date.now() > until ? done() : setTimeout(tick, 20));
    tick();
  });
}

if (app.requestSingleInstanceLock()) {
  main();
} else {
  // Another instance owns the window; it got our argv through 'second-instance'.
  app.quit();
}
