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

/** A range of one stored source version's text, as the reader's live selection or an excerpt's place. */
export interface TextRange {
  sourceId: string;
  version: number;
  /** UTF-16 offsets into that version's stored (NFC) text, end exclusive. */
  start: number;
  end: number;
  /** The stored text of [start, end), for display and as the create call's cross-check. */
  quote: string;
}

/** The selected excerpt (linked across the excerpt panel, reader highlights and inspector). */
export interface ExcerptSelection {
  casePath: string;
  excerptId: string;
}

/**
 * "Show in source": the reader scrolls to [start, end) of that version and flashes it.
 * `nonce` makes a second request for the same excerpt flash again.
 */
export interface RevealRequest extends Omit<TextRange, 'quote'> {
  excerptId: string | null;
  nonce: number;
}

export interface UiState {
  dialog: DialogName | null;
  /** Prefill and error for the open dialog, e.g. after a native dialog or an OS open request failed. */
  openCaseRequest: { path: string; error: WireError | null } | null;
  deleteSourceRequest: { sourceId: string; title: string } | null;
  selection: SourceSelection | null;
  excerptSelection: ExcerptSelection | null;
  /** The reader's current text selection (null when nothing, or nothing in one source text, is selected). */
  readerSelection: TextRange | null;
  revealRequest: RevealRequest | null;
}

let state: UiState = {
  dialog: null,
  openCaseRequest: null,
  deleteSourceRequest: null,
  selection: null,
  excerptSelection: null,
  readerSelection: null,
  revealRequest: null,
};
let revealCounter = 0;
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

/** The selected excerpt's id if it belongs to this case. */
export function useExcerptSelection(casePath: string): string | null {
  return useUiState((s) => (s.excerptSelection?.casePath === casePath ? s.excerptSelection.excerptId : null));
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
  /** Selecting a source (or none) also ends any excerpt selection: the inspector then shows the source. */
  selectSource(casePath: string, sourceId: string | null): void {
    if (
      state.selection?.casePath === casePath &&
      state.selection.sourceId === sourceId &&
      state.excerptSelection === null
    ) {
      return;
    }
    const sameSource = state.selection?.casePath === casePath && state.selection.sourceId === sourceId;
    setState({
      selection: sourceId ? (sameSource ? state.selection : { casePath, sourceId, version: null }) : null,
      excerptSelection: null,
      readerSelection: sameSource ? state.readerSelection : null,
    });
  },
  showVersion(version: number | null): void {
    if (state.selection) setState({ selection: { ...state.selection, version }, readerSelection: null });
  },
  /** Selects an excerpt (null: none). Keeps the open source; the inspector shows the excerpt. */
  selectExcerpt(casePath: string, excerptId: string | null): void {
    if (state.excerptSelection?.casePath === casePath && state.excerptSelection.excerptId === excerptId) return;
    setState({ excerptSelection: excerptId ? { casePath, excerptId } : null });
  },
  setReaderSelection(range: TextRange | null): void {
    const prev = state.readerSelection;
    if (
      prev === range ||
      (prev &&
        range &&
        prev.sourceId === range.sourceId &&
        prev.version === range.version &&
        prev.start === range.start &&
        prev.end === range.end)
    ) {
      return;
    }
    setState({ readerSelection: range });
  },
  /**
   * Opens the source at that version in the reader, scrolls to the range and flashes it;
   * with an excerpt id, that excerpt becomes the selection too.
   */
  reveal(casePath: string, target: Omit<RevealRequest, 'nonce'>): void {
    revealCounter += 1;
    setState({
      selection: { casePath, sourceId: target.sourceId, version: target.version },
      excerptSelection: target.excerptId ? { casePath, excerptId: target.excerptId } : state.excerptSelection,
      readerSelection: null,
      revealRequest: { ...target, nonce: revealCounter },
    });
  },
};
