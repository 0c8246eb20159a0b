import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { WorkbenchError } from '../../../shared/contract/errors';
import { useApi } from './client';

interface QueryOptions {
  enabled?: boolean;
  staleTime?: number;
  gcTime?: number;
}

/** Every query is keyed `[method, input]` so data.changed can find it by domain. */
export function useMethodQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: QueryOptions = {},
): UseQueryResult<MethodOutput<M>, WorkbenchError> {
  const api = useApi();
  return useQuery<MethodOutput<M>, WorkbenchError>({
    queryKey: [method, input],
    queryFn: () => api.call(method, input),
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
