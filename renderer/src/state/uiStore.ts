import { useSyncExternalStore } from 'react';
import type { WireError } from '../../../shared/contract/errors';

/**
 * The one small store for cross-panel UI state. Server data lives in TanStack Query;
 * this holds only what several components must agree on: which dialog is open, what
 * the open dialog was asked to show, and the selection (linked across navigator,
 * workspace and inspector).
 */
export type DialogName =
  'newCase' | 'openCase' | 'caseSettings' | 'shortcuts' | 'about' | 'import' | 'pasteText' | 'deleteSource' | 'palette';

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

/** The selected analytic object (claim, judgment, …), linked like the excerpt selection. */
export interface AnalysisSelection {
  casePath: string;
  objectId: string;
}

/** A view the workspace shows instead of the reader until a source is selected again. */
export type WorkspaceView = 'checks' | 'ach' | 'search' | 'timeline';

/** The briefing open in the workspace (it replaces the reader until a source is opened again). */
export interface BriefingSelection {
  casePath: string;
  briefingId: string;
}

/** A search hit in a briefing: the editor selects [offset, offset + length) of text leaf `leaf` and scrolls there. */
export interface BriefingRevealRequest {
  briefingId: string;
  leaf: number;
  offset: number;
  length: number;
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
  analysisSelection: AnalysisSelection | null;
  workspaceView: { casePath: string; view: WorkspaceView } | null;
  briefingSelection: BriefingSelection | null;
  briefingReveal: BriefingRevealRequest | null;
  /** Counts "find in source" requests from the desktop menu; the open reader opens its find bar on each. */
  findRequest: number;
}

let state: UiState = {
  dialog: null,
  openCaseRequest: null,
  deleteSourceRequest: null,
  selection: null,
  excerptSelection: null,
  readerSelection: null,
  revealRequest: null,
  analysisSelection: null,
  workspaceView: null,
  findRequest: 0,
  briefingSelection: null,
  briefingReveal: null,
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

/** The selected analytic object's id if it belongs to this case. */
export function useAnalysisSelection(casePath: string): string | null {
  return useUiState((s) => (s.analysisSelection?.casePath === casePath ? s.analysisSelection.objectId : null));
}

/** The workspace's analysis view (checks list, ACH matrix) for this case, if one is open. */
export function useWorkspaceView(casePath: string): WorkspaceView | null {
  return useUiState((s) => (s.workspaceView?.casePath === casePath ? s.workspaceView.view : null));
}

/** The open briefing's id if it belongs to this case. */
export function useBriefingSelection(casePath: string): string | null {
  return useUiState((s) => (s.briefingSelection?.casePath === casePath ? s.briefingSelection.briefingId : null));
}

export const ui = {
  get: (): UiState => state,
  requestFind(): void {
    setState({ findRequest: state.findRequest + 1 });
  },
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
      state.excerptSelection === null &&
      state.analysisSelection === null &&
      state.workspaceView === null
    ) {
      return;
    }
    const sameSource = state.selection?.casePath === casePath && state.selection.sourceId === sourceId;
    setState({
      selection: sourceId ? (sameSource ? state.selection : { casePath, sourceId, version: null }) : null,
      excerptSelection: null,
      // Opening a source shows the reader instead of the briefing.
      briefingSelection: sourceId ? null : state.briefingSelection,
      analysisSelection: null,
      workspaceView: null,
      readerSelection: sameSource ? state.readerSelection : null,
    });
  },
  showVersion(version: number | null): void {
    if (state.selection) setState({ selection: { ...state.selection, version }, readerSelection: null });
  },
  /** Selects an excerpt (null: none). Keeps the open source; the inspector shows the excerpt. */
  selectExcerpt(casePath: string, excerptId: string | null): void {
    if (state.excerptSelection?.casePath === casePath && state.excerptSelection.excerptId === excerptId) return;
    // Linked selection: an excerpt and an analytic object are never selected at once.
    setState({
      excerptSelection: excerptId ? { casePath, excerptId } : null,
      analysisSelection: excerptId ? null : state.analysisSelection,
    });
  },
  /** Selects an analytic object (null: none); ends the excerpt selection, so the inspector shows the object. */
  selectAnalysis(casePath: string, objectId: string | null): void {
    if (state.analysisSelection?.casePath === casePath && state.analysisSelection.objectId === objectId) return;
    setState({
      analysisSelection: objectId ? { casePath, objectId } : null,
      excerptSelection: objectId ? null : state.excerptSelection,
    });
  },
  /** Shows the checks list or the ACH matrix in the workspace (null: back to the reader). */
  showWorkspaceView(casePath: string, view: WorkspaceView | null): void {
    setState({ workspaceView: view ? { casePath, view } : null });
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
      briefingSelection: null,
    });
  },
  /** Opens the briefing with these words selected and in view (a search hit). */
  revealInBriefing(casePath: string, target: Omit<BriefingRevealRequest, 'nonce'>): void {
    revealCounter += 1;
    ui.openBriefing(casePath, target.briefingId);
    setState({ briefingReveal: { ...target, nonce: revealCounter } });
  },
  /** Opens a briefing in the workspace (null closes it); the inspector then shows its details. */
  openBriefing(casePath: string, briefingId: string | null): void {
    const same = state.briefingSelection?.casePath === casePath && state.briefingSelection.briefingId === briefingId;
    if (same && !state.excerptSelection && !state.analysisSelection && !state.workspaceView) return;
    setState({
      briefingSelection: briefingId ? { casePath, briefingId } : null,
      excerptSelection: null,
      analysisSelection: null,
      workspaceView: null,
    });
  },
};
