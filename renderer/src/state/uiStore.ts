import { useSyncExternalStore } from 'react';
import type { WireError } from '../../../shared/contract/errors';

/**
 * The one small store for cross-panel UI state. Server data lives in TanStack Query;
 * this holds only what several components must agree on: which dialog is open, what
 * the open dialog was asked to show, and the selection (linked across navigator,
 * workspace and inspector).
 */
export type DialogName =
  'newCase' | 'openCase' | 'caseSettings' | 'shortcuts' | 'about' | 'import' | 'pasteText' | 'deleteSource';

/** The selected source, tied to the case it belongs to so a newly opened case never inherits it. */
export interface SourceSelection {
  casePath: string;
  sourceId: string;
  /** The version the reader shows; null follows the current one. */
  version: number | null;
}

export interface UiState {
  dialog: DialogName | null;
  /** Prefill and error for the open dialog, e.g. after a native dialog or an OS open request failed. */
  openCaseRequest: { path: string; error: WireError | null } | null;
  deleteSourceRequest: { sourceId: string; title: string } | null;
  selection: SourceSelection | null;
}

let state: UiState = { dialog: null, openCaseRequest: null, deleteSourceRequest: null, selection: null };
const listeners = new Set<() => void>();

function setState(patch: Partial<UiState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUiState<T>(select: (s: UiState) => T): T {
  return useSyncExternalStore(subscribe, () => select(state));
}

/** The selection if it belongs to this case. */
export function useSelection(casePath: string): SourceSelection | null {
  return useUiState((s) => (s.selection?.casePath === casePath ? s.selection : null));
}

export const ui = {
  get: (): UiState => state,
  openDialog(dialog: DialogName): void {
    setState({ dialog, openCaseRequest: null, deleteSourceRequest: null });
  },
  showOpenCaseError(path: string, error: WireError): void {
    setState({ dialog: 'openCase', openCaseRequest: { path, error }, deleteSourceRequest: null });
  },
  confirmDeleteSource(sourceId: string, title: string): void {
    setState({ dialog: 'deleteSource', openCaseRequest: null, deleteSourceRequest: { sourceId, title } });
  },
  closeDialog(): void {
    setState({ dialog: null, openCaseRequest: null, deleteSourceRequest: null });
  },
  selectSource(casePath: string, sourceId: string | null): void {
    if (state.selection?.casePath === casePath && state.selection.sourceId === sourceId) return;
    setState({ selection: sourceId ? { casePath, sourceId, version: null } : null });
  },
  showVersion(version: number | null): void {
    if (state.selection) setState({ selection: { ...state.selection, version } });
  },
};
