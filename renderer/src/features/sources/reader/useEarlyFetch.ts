import { useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName } from '../../../../../shared/contract';
import { useApi } from '../../../api/client';

/**
 * Starts a query's request while this component renders, where useQuery would start it
 * only once the whole update has committed: a click on a source renders the navigator,
 * the inspector and the reader first, and on a busy machine that is tens of
 * milliseconds in which the core could already be answering. The same key as
 * useMethodQuery's (`[method, input]`), so that hook then finds the request in flight.
 * Does nothing when the query has any state already (cached, loading or failed).
 */
export function useEarlyFetch<M extends MethodName>(method: M, input: MethodInput<M>, when = true): void {
  const client = useQueryClient();
  const api = useApi();
  const queryKey = [method, input];
  if (when && !client.getQueryState(queryKey)) {
    void client.prefetchQuery({ queryKey, queryFn: () => api.call(method, input) });
  }
}
