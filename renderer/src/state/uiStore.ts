import { useSyncExternalStore } from 'react';
import type { WireError } from '../../../shared/contract/errors';

/**
 * The one small store for cross-panel UI state. Server data lives in TanStack Query;
 * this holds only what several components must agree on (which dialog is open, and
 * what the open dialog was asked to show). Selection will live here too.
 */
export type DialogName = 'newCase' | 'openCase' | 'caseSettings' | 'shortcuts' | 'about';

export interface UiState {
  dialog: DialogName | null;
  /** Prefill and error for the open dialog, e.g. after a native dialog or an OS open request failed. */
  openCaseRequest: { path: string; error: WireError | null } | null;
}

let state: UiState = { dialog: null, openCaseRequest: null };
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

export const ui = {
  get: (): UiState => state,
  openDialog(dialog: DialogName): void {
    setState({ dialog, openCaseRequest: null });
  },
  showOpenCaseError(path: string, error: WireError): void {
    setState({ dialog: 'openCase', openCaseRequest: { path, error } });
  },
  closeDialog(): void {
    setState({ dialog: null, openCaseRequest: null });
  },
};
