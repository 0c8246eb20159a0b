import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { WorkbenchError } from '../../../shared/contract/errors';
import { useApi } from './client';

interface QueryOptions {
  enabled?: boolean;
  staleTime?: number;
  gcTime?: number;
  /** Keep showing the previous answer while a changed input loads (filters, sorting), instead of flashing empty. */
  keepPrevious?: boolean;
}

/** Every query is keyed `[method, input]` so data.changed can find it by domain. */
export function useMethodQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  { keepPrevious = false, ...options }: QueryOptions = {},
): UseQueryResult<MethodOutput<M>, WorkbenchError> {
  const api = useApi();
  return useQuery<MethodOutput<M>, WorkbenchError>({
    queryKey: [method, input],
    queryFn: () => api.call(method, input),
    ...(keepPrevious ? { placeholderData: keepPreviousData } : {}),
    ...options,
  });
}

export const useAppInfo = () => useMethodQuery('app.info', {});
export const useCapabilities = () => useMethodQuery('host.capabilities', {});
export const useCaseInfo = () => useMethodQuery('case.info', {});
export const useRecentCases = () => useMethodQuery('recent.list', {});
export const usePrefs = () => useMethodQuery('prefs.get', {});

/** A free path for a new case; never cached, since creating a case makes the last answer stale. */
export const useSuggestedPath = (title: string, enabled: boolean) =>
  useMethodQuery('case.suggestPath', { title }, { enabled, staleTime: 0, gcTime: 0 });

export const useSourceList = (input: MethodInput<'sources.list'>) =>
  useMethodQuery('sources.list', input, { keepPrevious: true });

/**
 * A source with one version's text (the current one when `version` is null), for the
 * reader. TanStack's structural sharing keeps the text and block arrays identical
 * across refetches, so the reader does not rebuild a large text after a metadata edit.
 * (The inspector asks for metadata only, with useSourceInfo.)
 */
export const useSource = (sourceId: string, version: number | null) =>
  useMethodQuery('sources.get', version === null ? { sourceId } : { sourceId, version });

/** A source and one version's file facts and extracted metadata, without the text (the inspector's view). */
export const useSourceInfo = (sourceId: string, version: number | null) =>
  useMethodQuery('sources.info', version === null ? { sourceId } : { sourceId, version });
/** Every tag of the case with its count (the tag filter's choices). */
export const useSourceTags = () => useMethodQuery('sources.tags', {});
export const useSourceVersions = (sourceId: string) => useMethodQuery('sources.versions', { sourceId });
export const useSourceHistory = (sourceId: string) => useMethodQuery('sources.history', { sourceId });

/** Excerpts of the case or one source, filtered and sorted (the panel's list, counts and tag choices). */
export const useExcerptList = (input: MethodInput<'excerpts.list'>, enabled = true) =>
  useMethodQuery('excerpts.list', input, { keepPrevious: true, enabled });
export const useExcerpt = (excerptId: string) => useMethodQuery('excerpts.get', { excerptId });
export const useExcerptHistory = (excerptId: string) => useMethodQuery('excerpts.history', { excerptId });
/** What an excerpt is evidence for (claims, judgments, hypotheses), with stance and grade. */
export const useEvidenceOfExcerpt = (excerptId: string) => useMethodQuery('evidence.list', { excerptId });

/** Analytic objects (claims, judgments, …) of the case, filtered by words or tag (the navigator's section). */
export const useAnalysisList = (input: MethodInput<'analysis.list'>) =>
  useMethodQuery('analysis.list', input, { keepPrevious: true });
export const useAnalyticObject = (id: string) => useMethodQuery('analysis.get', { id });
export const useAnalysisHistory = (id: string) => useMethodQuery('analysis.history', { id });
export const useSuggestConfidence = (id: string, enabled = true) =>
  useMethodQuery('analysis.suggestConfidence', { id }, { enabled });
/** The case's analytic checks, or those about one object. */
export const useChecks = (subjectId?: string) =>
  useMethodQuery('checks.list', subjectId ? { subjectId } : {}, { keepPrevious: true });
export const useOrigins = () => useMethodQuery('origins.list', {});
export const useAchMatrix = () => useMethodQuery('ach.matrix', {}, { keepPrevious: true });
