import { useMemo } from 'react';
import { useMethodMutation } from '../../../api/mutations';
import { useMethodQuery } from '../../../api/queries';
import type { Highlight } from '../../sources/reader/segments';
import { toHighlights } from './highlights';

/** The most excerpts one source's highlights are loaded for (the contract's page limit). */
const MAX_HIGHLIGHTS = 10_000;
const NONE: readonly Highlight[] = [];

/**
 * One source's excerpts, as the reader paints them: only those placed on the shown
 * version (anchored, or moved with a proposed range); orphans and excerpts on other
 * versions have no place here.
 */
export function useSourceHighlights(sourceId: string, version: number) {
  const query = useMethodQuery('excerpts.list', { filter: { sourceId }, limit: MAX_HIGHLIGHTS });
  const items = query.data?.items;
  const highlights = useMemo(() => (items ? toHighlights(items, sourceId, version) : NONE), [items, sourceId, version]);
  return { highlights, excerpts: items ?? null, error: query.error };
}

export const useCreateExcerpt = () => useMethodMutation('excerpts.create');
