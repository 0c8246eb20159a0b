/**
 * host.* capabilities of the desktop door: native open/save dialogs and
 * "show in folder". The core calls these through the HostAdapter interface and
 * never learns that Electron exists.
 */
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import {
  dialog,
  shell,
  type BrowserWindow,
  type FileFilter,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { HostAdapter } from '../core/host';
import { CASE_FILE_EXTENSION, caseFileNameFor, withCaseExtension } from './caseFiles';
import type { MenuLabels } from './menuLabels';
import { exportSaveDialogOptions, withExportExtension } from './exportDialog';

export interface ElectronHostDeps {
  /** The window dialogs attach to (modal sheet on macOS); null when none is open. */
  getWindow: () => BrowserWindow | null;
  labels: () => MenuLabels;
  /** A free path in the default cases folder for a title (the core's case.suggestPath), or null. */
  suggestPath: (title: string) => Promise<string | null>;
}

function caseFilters(l: MenuLabels): FileFilter[] {
  return [{ name: l.caseFileType, extensions: [CASE_FILE_EXTENSION.slice(1)] }];
}

export function createElectronHost(deps: ElectronHostDeps): HostAdapter {
  return {
    // printToPdf: exports are printed by Electron's printToPDF (pdfPrinter.ts, registered with the core).
    'host.capabilities': () => ({ nativeDialogs: true, printToPdf: true, revealInFolder: true }),

    'host.showOpenCaseDialog': async () => {
      const l = deps.labels();
      const options: OpenDialogOptions = {
        title: l.openCaseTitle,
        properties: ['openFile'],
        filters: caseFilters(l),
      };
      const win = deps.getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return { path: result.canceled ? null : (result.filePaths[0] ?? null) };
    },

    'host.showNewCaseDialog': async ({ suggestedName }) => {
      const l = deps.labels();
      // The core's suggestion is a free name in the default cases folder (the folder may not exist yet;
      // the dialog then opens in a default place and the user picks).
      const defaultPath =
        (await deps.suggestPath(suggestedName ?? '')) ?? caseFileNameFor(suggestedName, l.untitledCase);
      const options: SaveDialogOptions = {
        title: l.newCaseTitle,
        buttonLabel: l.newCaseButton,
        defaultPath,
        filters: caseFilters(l),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const win = deps.getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { path: null };
      return { path: withCaseExtension(result.filePath) };
    },

    'host.showSaveExportDialog': async ({ suggestedName, extension, title }) => {
      const options = exportSaveDialogOptions(suggestedName, extension, title);
      const win = deps.getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { path: null };
      return { path: withExportExtension(result.filePath, extension) };
    },

    'host.revealInFolder': ({ path }) => {
      // Only real, absolute paths: a relative one would resolve against the app's working directory.
      if (!isAbsolute(path) || !existsSync(path)) return { shown: false };
      shell.showItemInFolder(path);
      return { shown: true };
    },
  };
}
