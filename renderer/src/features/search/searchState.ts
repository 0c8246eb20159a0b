import { useSyncExternalStore } from 'react';
import type { SavedSearchFilters, SearchKindName } from '../../../../shared/contract/search';

/**
 * The search view's query and filters, kept outside the view: opening a hit shows the
 * reader (or a briefing) in the workspace, and coming back with Ctrl/Cmd+Shift+F finds
 * the same search and results. `focusRequest` counts requests to put the cursor in the
 * query field (the view may already be on screen).
 */
export interface SearchState {
  casePath: string | null;
  query: string;
  filters: SavedSearchFilters;
  focusRequest: number;
}

export const PAGE_SIZE = 50;

let state: SearchState = { casePath: null, query: '', filters: {}, focusRequest: 0 };
const listeners = new Set<() => void>();

function set(patch: Partial<SearchState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

export function useSearchState(casePath: string): SearchState {
  const s = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
  // Another case's search does not follow into this one.
  return s.casePath === casePath ? s : { casePath, query: '', filters: {}, focusRequest: s.focusRequest };
}

export const searchStore = {
  get: () => state,
  setQuery(casePath: string, query: string): void {
    set({ casePath, query, filters: state.casePath === casePath ? state.filters : {} });
  },
  setFilters(casePath: string, filters: SavedSearchFilters): void {
    set({ casePath, query: state.casePath === casePath ? state.query : '', filters });
  },
  /** A saved search, or a query from the palette: both replace what is there. */
  load(casePath: string, query: string, filters: SavedSearchFilters = {}): void {
    set({ casePath, query, filters });
  },
};

export function requestSearchFocus(): void {
  set({ focusRequest: state.focusRequest + 1 });
}

/** Drops empty filters, so a saved search stores only what was chosen. */
export function cleanFilters(f: SavedSearchFilters): SavedSearchFilters {
  const out: SavedSearchFilters = {};
  if (f.kinds?.length) out.kinds = f.kinds;
  if (f.tag?.trim()) out.tag = f.tag.trim();
  if (f.reliability?.length) out.reliability = f.reliability;
  if (f.languages?.length) out.languages = f.languages;
  if (f.from !== undefined) out.from = f.from;
  if (f.to !== undefined) out.to = f.to;
  return out;
}

export const KIND_ORDER: readonly SearchKindName[] = ['source', 'excerpt', 'analytic', 'briefing'];
