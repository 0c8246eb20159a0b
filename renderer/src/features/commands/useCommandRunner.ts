import { useCallback, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/client';
import { useCloseCase } from '../../api/mutations';
import { useCapabilities, useCaseInfo } from '../../api/queries';
import { ui } from '../../state/uiStore';
import { useTheme } from '../app/useTheme';
import { openFilePicker } from '../sources/import/filePicker';
import { requestExportDialog } from '../export/exportRequest';
import { focusSourceFilter } from '../sources/list/focusSourceFilter';
import { requestSearchFocus } from '../search/searchState';
import { requestBackups } from '../backup/backupRequest';
import { claimFromExcerpt, focusNewClaim, startNewBriefing } from './caseActions';
import type { AppCommand } from './shortcuts';
import { useOpenPath } from './useOpenPath';

export type CommandSource = 'keys' | 'menu' | 'ui';

/** A menu accelerator and our own key handler can both see one key press; run it once. */
const DUPLICATE_WINDOW_MS = 400;

/**
 * The app's commands, shared by keyboard shortcuts, the desktop menu (menu.command
 * events) and buttons, so every path does exactly the same thing.
 */
export function useCommandRunner(): (command: AppCommand, source?: CommandSource) => void {
  const api = useApi();
  const queryClient = useQueryClient();
  const nativeDialogs = useCapabilities().data?.nativeDialogs ?? false;
  const casePath = useCaseInfo().data?.path ?? null;
  const caseOpen = casePath !== null;
  const { mutate: closeCase } = useCloseCase();
  const { toggle: toggleTheme } = useTheme();
  const { openPath } = useOpenPath();
  const last = useRef<{ command: AppCommand; source: CommandSource; at: number } | null>(null);

  const openCase = useCallback(async () => {
    if (!nativeDialogs) {
      ui.openDialog('openCase');
      return;
    }
    try {
      const { path } = await api.host.showOpenCaseDialog({});
      if (path) openPath(path);
    } catch {
      // The native dialog failed to appear: offer the in-app one instead.
      ui.openDialog('openCase');
    }
  }, [api, nativeDialogs, openPath]);

  return useCallback(
    (command: AppCommand, source: CommandSource = 'ui') => {
      const now = Date.now();
      const prev = last.current;
      if (prev && prev.command === command && prev.source !== source && now - prev.at < DUPLICATE_WINDOW_MS) return;
      last.current = { command, source, at: now };
      // A shortcut or menu item must not replace an open dialog and its typed text;
      // the theme is harmless to switch at any time.
      if (source !== 'ui' && ui.get().dialog !== null && command !== 'view.toggleTheme') return;
      switch (command) {
        case 'case.new':
          ui.openDialog('newCase');
          break;
        case 'case.open':
          void openCase();
          break;
        case 'case.close':
          if (caseOpen) {
            ui.closeDialog();
            closeCase({});
          }
          break;
        case 'case.settings':
          if (caseOpen) ui.openDialog('caseSettings');
          break;
        case 'case.backupNow':
        case 'case.backups':
          // The backups are a view of the case settings dialog; "now" makes the backup there, in sight.
          if (caseOpen) {
            requestBackups({ now: command === 'case.backupNow' });
            ui.openDialog('caseSettings');
          }
          break;
        case 'view.toggleTheme':
          toggleTheme();
          break;
        case 'sources.import':
          // Synchronous, inside the key press or click: browsers open a file chooser only then. A menu
          // click reaches us without a user gesture, so from the menu the import dialog opens instead.
          if (caseOpen) {
            if (source === 'menu') ui.openDialog('import');
            else openFilePicker();
          }
          break;
        case 'sources.find':
          if (caseOpen) ui.requestFind();
          break;
        case 'sources.pasteText':
          if (caseOpen) ui.openDialog('pasteText');
          break;
        case 'sources.focusFilter':
          if (caseOpen) focusSourceFilter();
          break;
        case 'analysis.showChecks':
          if (casePath) ui.showWorkspaceView(casePath, 'checks');
          break;
        case 'analysis.showAch':
          if (casePath) ui.showWorkspaceView(casePath, 'ach');
          break;
        case 'palette.open':
          ui.openDialog('palette');
          break;
        case 'search.open':
          if (casePath) {
            ui.showWorkspaceView(casePath, 'search');
            requestSearchFocus();
          }
          break;
        case 'analysis.newClaim':
          if (caseOpen) focusNewClaim();
          break;
        case 'analysis.claimFromExcerpt':
          // A failure (the excerpt deleted meanwhile) leaves everything as it was.
          if (casePath) claimFromExcerpt(api, queryClient, casePath).catch(() => undefined);
          break;
        case 'briefings.new':
          if (caseOpen) startNewBriefing();
          break;
        case 'export.open':
          requestExportDialog();
          break;
        case 'timeline.show':
          if (casePath) ui.showWorkspaceView(casePath, 'timeline');
          break;
        case 'help.shortcuts':
          ui.openDialog('shortcuts');
          break;
        case 'help.about':
          ui.openDialog('about');
          break;
      }
    },
    [api, queryClient, caseOpen, casePath, closeCase, openCase, toggleTheme],
  );
}
