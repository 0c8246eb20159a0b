import { useMutation, useQueryClient, type QueryClient, type UseMutationResult } from '@tanstack/react-query';
import { contract, type MethodInput, type MethodName, type MethodOutput } from '../../../shared/contract';
import { DOMAINS, type DataDomain } from '../../../shared/contract/domains';
import type { WorkbenchError } from '../../../shared/contract/errors';
import type { CaseInfo } from '../../../shared/domain/case';
import type { Excerpt } from '../../../shared/domain/excerpt';
import type { Prefs } from '../../../shared/domain/prefs';
import type { SourceDetail } from '../../../shared/domain/source';
import { domainOfKey, invalidateDomains, useApi } from './client';

const CASE_INFO_KEY = ['case.info', {}] as const;
const PREFS_KEY = ['prefs.get', {}] as const;

interface Hooks<M extends MethodName> {
  onMutate?: (input: MethodInput<M>, queryClient: QueryClient) => void;
  onSuccess?: (output: MethodOutput<M>, queryClient: QueryClient) => void;
}

/**
 * A mutation through the typed client. Besides the data.changed event (which also
 * reaches other windows), the caller's own queries are invalidated right away from
 * the contract's `invalidates`, so the UI never waits on the event stream.
 */
export function useMethodMutation<M extends MethodName>(
  method: M,
  hooks: Hooks<M> = {},
): UseMutationResult<MethodOutput<M>, WorkbenchError, MethodInput<M>> {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<MethodOutput<M>, WorkbenchError, MethodInput<M>>({
    mutationFn: (input) => api.call(method, input),
    onMutate: (input) => hooks.onMutate?.(input, queryClient),
    onSuccess: (output) => {
      hooks.onSuccess?.(output, queryClient);
      void invalidateDomains(queryClient, contract[method].invalidates);
    },
  });
}

const setCaseInfo = (info: CaseInfo | null, queryClient: QueryClient) => queryClient.setQueryData(CASE_INFO_KEY, info);

/** Domains of the app itself (recent cases, preferences) and the open case's own info, kept across a switch. */
const APP_DOMAINS: ReadonlySet<DataDomain> = new Set(['case', 'recent', 'prefs']);
/** Every other domain's queries are not keyed by case: they belong to the case that was open when they ran. */
const CASE_DOMAINS: ReadonlySet<string> = new Set(DOMAINS.filter((d) => !APP_DOMAINS.has(d)));

/**
 * A different case (or none) is now open. Case-content queries are not keyed by case, so the
 * previous case's answers are dropped before the new case renders, never shown in it.
 */
const switchCase = (info: CaseInfo | null, queryClient: QueryClient) => {
  queryClient.removeQueries({ predicate: (query) => CASE_DOMAINS.has(domainOfKey(query.queryKey) ?? '') });
  setCaseInfo(info, queryClient);
};

export const useCreateCase = () => useMethodMutation('case.create', { onSuccess: switchCase });
export const useOpenCase = () => useMethodMutation('case.open', { onSuccess: switchCase });
export const useUpdateCase = () => useMethodMutation('case.update', { onSuccess: setCaseInfo });
export const useCloseCase = () =>
  useMethodMutation('case.close', { onSuccess: (_out, queryClient) => switchCase(null, queryClient) });

export const useCreateSampleCase = () => useMethodMutation('sources.createSampleCase', { onSuccess: switchCase });

/**
 * The answer of an edit is the source's new metadata: put it into every loaded
 * `sources.get` (the reader) and `sources.info` (the inspector) of that source at once,
 * so an edited field never shows its old value while the refetch is on its way (the
 * inspector's tag list would otherwise build its next edit on the old tags).
 */
const setSourceDetail = (detail: SourceDetail, queryClient: QueryClient) => {
  for (const method of ['sources.get', 'sources.info'] as const) {
    queryClient.setQueriesData<MethodOutput<typeof method>>({ queryKey: [method] }, (old) =>
      old && old.source.id === detail.id ? { ...old, source: detail } : old,
    );
  }
};

export const useUpdateSource = () => useMethodMutation('sources.update', { onSuccess: setSourceDetail });
export const useSetReliability = () => useMethodMutation('sources.setReliability', { onSuccess: setSourceDetail });
export const useDeleteSource = () => useMethodMutation('sources.delete');

export const useRemoveRecent = () =>
  useMethodMutation('recent.remove', { onSuccess: (list, qc) => qc.setQueryData(['recent.list', {}], list) });

/** Preferences apply at once (theme, language, pane sizes) and are then confirmed by the core. */
export const useUpdatePrefs = () =>
  useMethodMutation('prefs.update', {
    onMutate: (input, queryClient) => {
      const current = queryClient.getQueryData<Prefs>(PREFS_KEY);
      if (current) queryClient.setQueryData<Prefs>(PREFS_KEY, { ...current, ...input.patch } as Prefs);
    },
    onSuccess: (prefs, queryClient) => queryClient.setQueryData(PREFS_KEY, prefs),
  });

/**
 * An excerpt's new state from the core goes into its `excerpts.get` at once, so an edited
 * field or a re-anchoring decision never shows the old value while the refetch is on its way.
 */
const setExcerpt = (excerpt: Excerpt, queryClient: QueryClient) =>
  queryClient.setQueryData(['excerpts.get', { excerptId: excerpt.id }], excerpt);

export const useUpdateExcerpt = () => useMethodMutation('excerpts.update', { onSuccess: setExcerpt });
export const useDeleteExcerpt = () => useMethodMutation('excerpts.delete');
export const useConfirmExcerpt = () => useMethodMutation('excerpts.confirm', { onSuccess: setExcerpt });
export const useKeepExcerptAsOrphan = () => useMethodMutation('excerpts.keepAsOrphan', { onSuccess: setExcerpt });
export const useReanchorExcerptManually = () =>
  useMethodMutation('excerpts.reanchorManually', { onSuccess: setExcerpt });
export const useReanchorSource = () => useMethodMutation('excerpts.reanchor');

export const useCreateAnalytic = () => useMethodMutation('analysis.create');
export const useUpdateAnalytic = () => useMethodMutation('analysis.update');
export const useDeleteAnalytic = () => useMethodMutation('analysis.delete');
export const useRateAnalytic = () => useMethodMutation('analysis.rate');
export const useLinkAnalytic = () => useMethodMutation('analysis.link');
export const useUnlinkAnalytic = () => useMethodMutation('analysis.unlink');
export const useAddEvidence = () => useMethodMutation('evidence.add');
export const useUpdateEvidence = () => useMethodMutation('evidence.update');
export const useRateEvidence = () => useMethodMutation('evidence.rate');
export const useRemoveEvidence = () => useMethodMutation('evidence.remove');
export const useSetOrigin = () => useMethodMutation('origins.set');
export const useAcknowledgeCheck = () => useMethodMutation('checks.acknowledge');
export const useRateAch = () => useMethodMutation('ach.rate');
