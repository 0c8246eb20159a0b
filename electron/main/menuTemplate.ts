/**
 * The application menu as a plain template. Pure: the caller passes labels,
 * the recent list and callbacks, and turns the result into a Menu with
 * Menu.buildFromTemplate. Only type imports from 'electron', so tests run it
 * under Node.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract/events';
import type { MenuLabels } from './menuLabels';

export interface RecentMenuEntry {
  path: string;
  title: string;
  exists: boolean;
}

export interface MenuModel {
  labels: MenuLabels;
  /** Forwards a menu command to the renderer (as a menu.command event). */
  send: (command: MenuCommand) => void;
  recent: readonly RecentMenuEntry[];
  openRecent: (path: string) => void;
  clearRecent: () => void;
  platform: NodeJS.Platform;
  /** Reload and DevTools items exist only in development runs. */
  isPackaged: boolean;
  appName: string;
}

/** Recent items shown; the renderer's start screen shows the full list. */
export const MAX_RECENT_IN_MENU = 10;

/** Mnemonic markers: shown as underlines on Windows/Linux, meaningless on macOS. */
function label(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text.replace(/&(?!&)/g, '') : text;
}

/** A user's text (a case title) must not create a mnemonic: `&` is doubled outside macOS. */
function literal(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text : text.replace(/&/g, '&&');
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function recentSubmenu(m: MenuModel): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = m.recent.slice(0, MAX_RECENT_IN_MENU).map((r, i) => ({
    id: `file.openRecent.${i}`,
    label: literal(`${r.title} — ${baseName(r.path)}`, m.platform),
    enabled: r.exists,
    click: () => m.openRecent(r.path),
  }));
  if (items.length === 0) items.push({ id: 'file.openRecent.none', label: m.labels.noRecent, enabled: false });
  items.push(
    { type: 'separator' },
    { id: 'file.clearRecent', label: m.labels.clearRecent, enabled: m.recent.length > 0, click: m.clearRecent },
  );
  return items;
}

export function buildMenuTemplate(m: MenuModel): MenuItemConstructorOptions[] {
  const { labels: l, platform, send } = m;
  const isMac = platform === 'darwin';
  const t = (text: string) => label(text, platform);

  const fileMenu: MenuItemConstructorOptions = {
    id: 'file',
    label: t(l.file),
    submenu: [
      { id: 'file.new', label: l.newCase, accelerator: 'CmdOrCtrl+N', click: () => send('case.new') },
      { id: 'file.open', label: l.openCase, accelerator: 'CmdOrCtrl+O', click: () => send('case.open') },
      { id: 'file.openRecent', label: l.openRecent, submenu: recentSubmenu(m) },
      { type: 'separator' },
      {
        id: 'file.importSources',
        label: l.importSources,
        // The renderer's own Ctrl/Cmd+I handler sees the key first (and opens the file chooser within the
        // key press, which the chooser needs); the accelerator shows the chord and covers the menu.
        accelerator: 'CmdOrCtrl+I',
        click: () => send('sources.import'),
      },
      { type: 'separator' },
      { id: 'file.close', label: l.closeCase, accelerator: 'CmdOrCtrl+W', click: () => send('case.close') },
      { type: 'separator' },
      { id: 'file.backupNow', label: l.backupNow, click: () => send('case.backupNow') },
      { id: 'file.backups', label: l.backups, click: () => send('case.backups') },
      {
        id: 'file.settings',
        label: l.caseSettings,
        accelerator: 'CmdOrCtrl+,',
        click: () => send('case.settings'),
      },
      // On macOS, Quit lives in the application menu.
      ...(isMac ? [] : [{ type: 'separator' as const }, { id: 'file.quit', label: l.quit, role: 'quit' as const }]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    id: 'edit',
    label: t(l.edit),
    // Roles, so copy/paste/undo reach the focused field (and work at all on macOS).
    submenu: [
      { id: 'edit.undo', label: l.undo, role: 'undo' },
      { id: 'edit.redo', label: l.redo, role: 'redo' },
      { type: 'separator' },
      { id: 'edit.cut', label: l.cut, role: 'cut' },
      { id: 'edit.copy', label: l.copy, role: 'copy' },
      { id: 'edit.paste', label: l.paste, role: 'paste' },
      { id: 'edit.selectAll', label: l.selectAll, role: 'selectAll' },
      { type: 'separator' },
      {
        id: 'edit.findInSource',
        label: l.findInSource,
        // Inside the reader, its own Ctrl/Cmd+F handler takes the key (and prevents the default, so this
        // does not fire twice); from anywhere else the menu opens the find bar of the source on screen.
        accelerator: 'CmdOrCtrl+F',
        click: () => send('sources.find'),
      },
      // The case-wide search view (issue 8); the renderer's own handler takes the chord first.
      {
        id: 'edit.findInCase',
        label: l.findInCase,
        accelerator: 'CmdOrCtrl+Shift+F',
        click: () => send('search.open'),
      },
    ],
  };

  const devItems: MenuItemConstructorOptions[] = m.isPackaged
    ? []
    : [
        { id: 'view.reload', label: l.reload, role: 'reload' },
        { id: 'view.forceReload', label: l.forceReload, role: 'forceReload' },
        { id: 'view.devTools', label: l.toggleDevTools, role: 'toggleDevTools' },
        { type: 'separator' },
      ];

  const viewMenu: MenuItemConstructorOptions = {
    id: 'view',
    label: t(l.view),
    submenu: [
      {
        id: 'view.toggleTheme',
        label: l.toggleTheme,
        // Same chord as the renderer's shortcut, which calls preventDefault so only one of them fires.
        accelerator: 'CmdOrCtrl+Shift+L',
        click: () => send('view.toggleTheme'),
      },
      { id: 'view.palette', label: l.commandPalette, accelerator: 'CmdOrCtrl+K', click: () => send('palette.open') },
      { type: 'separator' },
      ...devItems,
      { id: 'view.resetZoom', label: l.resetZoom, role: 'resetZoom' },
      { id: 'view.zoomIn', label: l.zoomIn, role: 'zoomIn' },
      { id: 'view.zoomOut', label: l.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { id: 'view.fullScreen', label: l.toggleFullScreen, role: 'togglefullscreen' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    id: 'help',
    label: t(l.help),
    role: 'help',
    submenu: [
      { id: 'help.shortcuts', label: l.shortcuts, click: () => send('help.shortcuts') },
      ...(isMac ? [] : [{ type: 'separator' as const }]),
      ...(isMac ? [] : [{ id: 'help.about', label: l.about, click: () => send('help.about') }]),
    ],
  };

  if (!isMac) return [fileMenu, editMenu, viewMenu, helpMenu];

  const appMenu: MenuItemConstructorOptions = {
    id: 'app',
    label: m.appName,
    submenu: [
      { id: 'help.about', label: l.about, click: () => send('help.about') },
      { type: 'separator' },
      { id: 'app.services', label: l.services, role: 'services' },
      { type: 'separator' },
      { id: 'app.hide', label: l.hide, role: 'hide' },
      { id: 'app.hideOthers', label: l.hideOthers, role: 'hideOthers' },
      { id: 'app.unhide', label: l.showAll, role: 'unhide' },
      { type: 'separator' },
      { id: 'app.quit', label: `${l.quit} ${m.appName}`, role: 'quit' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    id: 'window',
    label: t(l.window),
    role: 'windowMenu',
    submenu: [
      { id: 'window.minimize', label: l.minimize, role: 'minimize' },
      { id: 'window.zoom', label: l.zoom, role: 'zoom' },
      { type: 'separator' },
      { id: 'window.front', label: l.front, role: 'front' },
    ],
  };
  return [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
