import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/contract/events';
import { buildTextContextMenu } from '../../electron/main/contextMenu';
import { menuLabels } from '../../electron/main/menuLabels';
import { buildMenuTemplate, MAX_RECENT_IN_MENU, type MenuModel } from '../../electron/main/menuTemplate';

function model(overrides: Partial<MenuModel> = {}): MenuModel & { sent: MenuCommand[] } {
  const sent: MenuCommand[] = [];
  return {
    labels: menuLabels('en'),
    send: (c) => sent.push(c),
    recent: [
      { path: '/cases/Berlin & Bonn.wbcase', title: 'Berlin & Bonn', exists: true },
      { path: '/cases/gone.wbcase', title: 'Gone', exists: false },
    ],
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    platform: 'linux',
    isPackaged: true,
    appName: 'Analyst Workbench',
    ...overrides,
    sent,
  };
}

function sub(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (item?.submenu ?? []) as MenuItemConstructorOptions[];
}

function find(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = find(sub(item), id);
    if (inner) return inner;
  }
  return undefined;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('application menu (Windows/Linux)', () => {
  const m = model();
  const template = buildMenuTemplate(m);

  it('has File, Edit, View and Help menus', () => {
    expect(template.map((t) => t.id)).toEqual(['file', 'edit', 'view', 'help']);
    expect(template.map((t) => t.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('File has New, Open, Open Recent, Import Sources, Close, Case Settings and Quit with their accelerators', () => {
    const file = sub(find(template, 'file'));
    const byId = (id: string) => file.find((i) => i.id === id);
    expect(byId('file.new')).toMatchObject({ label: 'New Case…', accelerator: 'CmdOrCtrl+N' });
    expect(byId('file.open')).toMatchObject({ label: 'Open Case…', accelerator: 'CmdOrCtrl+O' });
    expect(byId('file.openRecent')).toMatchObject({ label: 'Open Recent' });
    expect(byId('file.importSources')).toMatchObject({ label: 'Import Sources…', accelerator: 'CmdOrCtrl+I' });
    expect(byId('file.close')).toMatchObject({ label: 'Close Case', accelerator: 'CmdOrCtrl+W' });
    expect(byId('file.settings')).toMatchObject({ label: 'Case Settings…', accelerator: 'CmdOrCtrl+,' });
    expect(byId('file.quit')).toMatchObject({ label: 'Quit', role: 'quit' });
  });

  it('menu items send menu commands that exist in the contract', () => {
    for (const id of [
      'file.new',
      'file.open',
      'file.close',
      'file.settings',
      'file.importSources',
      'edit.findInSource',
      'view.toggleTheme',
      'help.shortcuts',
      'help.about',
    ]) {
      click(find(template, id));
    }
    expect(m.sent).toEqual([
      'case.new',
      'case.open',
      'case.close',
      'case.settings',
      'sources.import',
      'sources.find',
      'view.toggleTheme',
      'help.shortcuts',
      'help.about',
    ]);
    expect(m.sent.every((c) => (MENU_COMMANDS as readonly string[]).includes(c))).toBe(true);
  });

  it('Open Recent lists recent cases, escapes & in titles, disables missing files, and can be cleared', () => {
    const recent = sub(find(template, 'file.openRecent'));
    expect(recent[0]).toMatchObject({ label: 'Berlin && Bonn — Berlin && Bonn.wbcase', enabled: true });
    expect(recent[1]).toMatchObject({ enabled: false });
    click(recent[0]);
    expect(m.openRecent).toHaveBeenCalledWith('/cases/Berlin & Bonn.wbcase');
    const clear = find(template, 'file.clearRecent');
    expect(clear).toMatchObject({ label: 'Clear Recent', enabled: true });
    click(clear);
    expect(m.clearRecent).toHaveBeenCalledOnce();
  });

  it('shows at most a handful of recent cases, and a disabled placeholder when there are none', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ path: `/c/${i}.wbcase`, title: `Case ${i}`, exists: true }));
    const recentItems = sub(find(buildMenuTemplate(model({ recent: many })), 'file.openRecent'));
    expect(recentItems.filter((i) => i.id?.startsWith('file.openRecent.'))).toHaveLength(MAX_RECENT_IN_MENU);
    const empty = buildMenuTemplate(model({ recent: [] }));
    expect(find(empty, 'file.openRecent.none')).toMatchObject({ enabled: false });
    expect(find(empty, 'file.clearRecent')).toMatchObject({ enabled: false });
  });

  it('Edit is role-based so copy and paste reach the focused field', () => {
    const roles = sub(find(template, 'edit'))
      .map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('Edit ends with Find in Source and Find in Case, after a separator, sending commands rather than roles', () => {
    const edit = sub(find(template, 'edit'));
    expect(edit.at(-3)).toMatchObject({ type: 'separator' });
    expect(edit.at(-2)).toMatchObject({ id: 'edit.findInSource', label: 'Find in Source', accelerator: 'CmdOrCtrl+F' });
    expect(edit.at(-2)?.role).toBeUndefined();
    expect(edit.at(-1)).toMatchObject({
      id: 'edit.findInCase',
      label: 'Find in Case…',
      accelerator: 'CmdOrCtrl+Shift+F',
    });
  });

  it('Import Sources sits between Open Recent and Close Case, set off by separators', () => {
    const ids = sub(find(template, 'file')).map((i) => i.id ?? i.type);
    expect(ids.slice(0, 7)).toEqual([
      'file.new',
      'file.open',
      'file.openRecent',
      'separator',
      'file.importSources',
      'separator',
      'file.close',
    ]);
  });

  it('the accelerators match the shortcuts the renderer shows', () => {
    expect(find(template, 'view.toggleTheme')?.accelerator).toBe('CmdOrCtrl+Shift+L');
    // The renderer's Ctrl/Cmd+I (import) and the reader's Ctrl/Cmd+F (find).
    expect(find(template, 'file.importSources')?.accelerator).toBe('CmdOrCtrl+I');
    expect(find(template, 'edit.findInSource')?.accelerator).toBe('CmdOrCtrl+F');
  });

  it('every menu command of the contract is sent by some item, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const mm = model({ platform });
      const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
        items.flatMap((i) => [i, ...all(sub(i))]);
      for (const item of all(buildMenuTemplate(mm))) click(item);
      expect(new Set(mm.sent), platform).toEqual(new Set(MENU_COMMANDS));
    }
  });

  it('View has zoom and full screen; reload and DevTools only in development', () => {
    const roles = (t: MenuItemConstructorOptions[]) =>
      sub(find(t, 'view'))
        .map((i) => i.role)
        .filter(Boolean);
    expect(roles(template)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(buildMenuTemplate(model({ isPackaged: false })))).toEqual([
      'reload',
      'forceReload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });
});

describe('application menu (macOS)', () => {
  const template = buildMenuTemplate(model({ platform: 'darwin' }));

  it('adds the app and Window menus, moves Quit and About to the app menu, drops mnemonics', () => {
    expect(template.map((t) => t.id)).toEqual(['app', 'file', 'edit', 'view', 'window', 'help']);
    expect(find(template, 'file.quit')).toBeUndefined();
    expect(sub(find(template, 'app')).find((i) => i.role === 'quit')).toBeDefined();
    expect(find(template, 'file')?.label).toBe('File');
    expect(sub(find(template, 'file.openRecent'))[0]?.label).toBe('Berlin & Bonn — Berlin & Bonn.wbcase');
  });
});

describe('German labels', () => {
  const template = buildMenuTemplate(model({ labels: menuLabels('de') }));

  it('follows the language preference', () => {
    expect(template.map((t) => t.label)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht', '&Hilfe']);
    expect(find(template, 'file.new')?.label).toBe('Neuer Fall…');
    expect(find(template, 'file.open')?.label).toBe('Fall öffnen…');
    expect(find(template, 'file.openRecent')?.label).toBe('Zuletzt geöffnet');
    expect(find(template, 'file.close')?.label).toBe('Fall schließen');
    expect(find(template, 'file.quit')?.label).toBe('Beenden');
    expect(find(template, 'edit.paste')?.label).toBe('Einfügen');
    expect(find(template, 'file.importSources')?.label).toBe('Quellen importieren…');
    expect(find(template, 'edit.findInSource')?.label).toBe('In der Quelle suchen');
  });

  it('keeps the same accelerators', () => {
    expect(find(template, 'file.new')?.accelerator).toBe('CmdOrCtrl+N');
    expect(find(template, 'file.importSources')?.accelerator).toBe('CmdOrCtrl+I');
    expect(find(template, 'edit.findInSource')?.accelerator).toBe('CmdOrCtrl+F');
  });

  it('falls back to English for an unknown language', () => {
    expect(menuLabels('fr').newCase).toBe('New Case…');
    expect(Object.keys(menuLabels('de')).sort()).toEqual(Object.keys(menuLabels('en')).sort());
  });
});

describe('text context menu', () => {
  const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
  const l = menuLabels('en');

  it('offers spelling suggestions and "add to dictionary" for a misspelled word', () => {
    const replace = vi.fn();
    const add = vi.fn();
    const items = buildTextContextMenu(
      {
        isEditable: true,
        selectionText: '',
        misspelledWord: 'Berlinn',
        dictionarySuggestions: ['Berlin'],
        editFlags: flags,
      },
      l,
      { replaceMisspelling: replace, addToDictionary: add },
    );
    expect(items[0]?.label).toBe('Berlin');
    click(items[0]);
    expect(replace).toHaveBeenCalledWith('Berlin');
    click(items.find((i) => i.label === l.addToDictionary));
    expect(add).toHaveBeenCalledWith('Berlinn');
    expect(items.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers Copy for selected read-only text and nothing otherwise', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const base = { isEditable: false, misspelledWord: '', dictionarySuggestions: [], editFlags: flags };
    expect(buildTextContextMenu({ ...base, selectionText: 'quote' }, l, actions).map((i) => i.role)).toEqual(['copy']);
    expect(buildTextContextMenu({ ...base, selectionText: '' }, l, actions)).toEqual([]);
  });
});
