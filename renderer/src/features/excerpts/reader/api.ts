import { useMemo } from 'react';
import { useMethodMutation } from '../../../api/mutations';
import { useMethodQuery } from '../../../api/queries';
import { sortHighlights, type Highlight } from '../../sources/reader/segments';
import { toHighlights } from './highlights';

/** The most excerpts one source's highlights are loaded for (the contract's page limit). */
const MAX_HIGHLIGHTS = 10_000;
const NONE: readonly Highlight[] = [];

/**
 * The request behind a source's highlights. The reader starts it together with the
 * source's text (not once the text has arrived and rendered), so a large source's
 * highlights come with its first screen instead of a round trip later.
 */
export const useSourceExcerpts = (sourceId: string) => useMethodQuery('excerpts.list', sourceExcerptsInput(sourceId));
/** The input of that request (the reader starts it while rendering, see useEarlyFetch). */
export const sourceExcerptsInput = (sourceId: string) => ({ filter: { sourceId }, limit: MAX_HIGHLIGHTS });

/**
 * One source's excerpts, as the reader paints them: only those placed on the shown
 * version (anchored, or moved with a proposed range); orphans and excerpts on other
 * versions have no place here. `early`: the same, for part of the text, to show until
 * the list has arrived.
 */
export function useSourceHighlights(sourceId: string, version: number, early: readonly Highlight[] | null = null) {
  const query = useSourceExcerpts(sourceId);
  const items = query.data?.items;
  // Until the list is there, the highlights that came with the text's first part (sources.read) paint its first screen.
  const highlights = useMemo(
    () => (items ? toHighlights(items, sourceId, version) : early ? sortHighlights(early) : NONE),
    [items, sourceId, version, early],
  );
  return { highlights, excerpts: items ?? null, error: query.error };
}

export const useCreateExcerpt = () => useMethodMutation('excerpts.create');
