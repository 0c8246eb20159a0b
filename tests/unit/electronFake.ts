/**
 * A stand-in for the 'electron' module, just large enough to run the real
 * electron/main/index.ts under Node (the Electron binary cannot run on CI
 * machines). It records what the main process asked for, so a test can check
 * the wiring: handlers installed, window options, IPC trust, menus, events.
 */
import { EventEmitter } from 'node:events';

type Fn = (...args: never[]) => unknown;

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  url = '';
  readonly mainFrame: FakeFrame = { url: '', parent: null };
  readonly session = { addWordToSpellCheckerDictionary: () => true };
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  getURL() {
    return this.url;
  }
  replaceMisspelling() {}
  setWindowOpenHandler(handler: Fn) {
    this.windowOpenHandler = handler;
  }
  windowOpenHandler: Fn | null = null;
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static getAllWindows() {
    return FakeBrowserWindow.all.filter((w) => !w.destroyed);
  }
  readonly webContents = new FakeWebContents();
  destroyed = false;
  visible = false;
  maximized = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.all.push(this);
    fake.app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string) {
    this.webContents.url = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  isVisible() {
    return this.visible;
  }
  show() {
    this.visible = true;
  }
  focus() {}
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1100, height: 700 };
  }
  /** Simulates the page loading, which lets held events through. */
  finishLoad() {
    this.webContents.emit('did-start-loading');
    this.webContents.emit('did-finish-load');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  paths: Record<string, string> = {};
  recentDocuments: string[] = [];
  quitCalls = 0;
  private ready = false;
  private readyResolve!: () => void;
  private readyPromise = new Promise<void>((r) => (this.readyResolve = r));
  setPath(name: string, value: string) {
    this.paths[name] = value;
  }
  getPath(name: string) {
    const p = this.paths[name];
    if (!p) throw new Error(`fake app has no path ${name}`);
    return p;
  }
  getAppPath() {
    return this.paths.appPath ?? process.cwd();
  }
  setAppUserModelId() {}
  enableSandbox() {
    this.sandboxed = true;
  }
  sandboxed = false;
  requestSingleInstanceLock() {
    return true;
  }
  isReady() {
    return this.ready;
  }
  whenReady() {
    return this.readyPromise;
  }
  /** Test control: fire 'ready'. */
  becomeReady() {
    this.ready = true;
    this.readyResolve();
    this.emit('ready');
  }
  quit() {
    this.quitCalls++;
  }
  addRecentDocument(p: string) {
    this.recentDocuments.push(p);
  }
  clearRecentDocuments() {
    this.recentDocuments = [];
  }
}

function fakeSession() {
  return {
    handlers: {} as Record<string, Fn>,
    spellDownloadUrl: '',
    spellLanguages: [] as string[],
    availableSpellCheckerLanguages: ['de-DE', 'en-GB', 'en-US', 'fr-FR'],
    setPermissionRequestHandler(h: Fn) {
      this.handlers.permissionRequest = h;
    },
    setPermissionCheckHandler(h: Fn) {
      this.handlers.permissionCheck = h;
    },
    setDevicePermissionHandler(h: Fn) {
      this.handlers.devicePermission = h;
    },
    setSpellCheckerDictionaryDownloadURL(url: string) {
      this.spellDownloadUrl = url;
    },
    setSpellCheckerLanguages(langs: string[]) {
      this.spellLanguages = langs;
    },
    webRequest: {
      beforeRequest: null as Fn | null,
      onBeforeRequest(h: Fn) {
        this.beforeRequest = h;
      },
    },
    protocol: {
      handlers: {} as Record<string, (req: Request) => Promise<Response>>,
      handle(scheme: string, h: (req: Request) => Promise<Response>) {
        this.handlers[scheme] = h;
      },
    },
  };
}

export const fake = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  session: { defaultSession: fakeSession() },
  protocol: {
    privileged: [] as unknown[],
    registerSchemesAsPrivileged(schemes: unknown[]) {
      this.privileged.push(...schemes);
    },
  },
  ipcMain: {
    handlers: {} as Record<string, Fn>,
    handle(channel: string, h: Fn) {
      this.handlers[channel] = h;
    },
  },
  Menu: {
    current: null as { template: unknown[] } | null,
    buildFromTemplate(template: unknown[]) {
      return { template, popup() {} };
    },
    setApplicationMenu(menu: { template: unknown[] }) {
      fake.Menu.current = menu;
    },
  },
  nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
  screen: {
    getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  },
  dialog: {
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async () => ({ canceled: true, filePath: '' }),
  },
  shell: { showItemInFolder: () => {} },
};
