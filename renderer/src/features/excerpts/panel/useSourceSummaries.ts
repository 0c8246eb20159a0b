import { useMemo } from 'react';
import type { SourceSummary } from '../../../../../shared/domain/source';
import { useSourceList } from '../../../api/queries';

/**
 * The case's sources by id (language, current version), from the same `sources.list`
 * query the source list keeps for its count, so it costs no extra call.
 */
export function useSourceSummaries(): ReadonlyMap<string, SourceSummary> {
  const list = useSourceList({ sort: 'title', direction: 'asc' });
  return useMemo(() => new Map((list.data?.items ?? []).map((s) => [s.id, s])), [list.data]);
}
