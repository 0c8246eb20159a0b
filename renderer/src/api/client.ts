import { createContext, useContext } from 'react';
import { QueryClient } from '@tanstack/react-query';
import type { createClient } from '../../../shared/client/createClient';
import type { DataDomain } from '../../../shared/contract/domains';
import type { Connection, DoorKind } from './transport';

export type WorkbenchApi = ReturnType<typeof createClient>;

export interface ApiContextValue {
  api: WorkbenchApi;
  door: DoorKind;
  connection: Connection;
}

export const ApiContext = createContext<ApiContextValue | null>(null);

export function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApiContext outside <ApiProvider>');
  return value;
}

export function useApi(): WorkbenchApi {
  return useApiContext().api;
}

export function useDoor(): DoorKind {
  return useApiContext().door;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // An offline machine must not pause queries: the core is local.
      queries: {
        networkMode: 'always',
        // Freshness comes from data.changed events, not from timers or window focus.
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        // Errors from the core are deterministic answers (NOT_A_CASE_FILE …), not flukes.
        retry: false,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

/** Query keys are `[method, input]`; a method's domain is the part before the dot. */
export function domainOfKey(queryKey: readonly unknown[]): string | undefined {
  const method = queryKey[0];
  return typeof method === 'string' ? method.split('.')[0] : undefined;
}

export function invalidateDomains(queryClient: QueryClient, domains: readonly DataDomain[]): Promise<void> {
  if (domains.length === 0) return Promise.resolve();
  const set = new Set<string>(domains);
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const domain = domainOfKey(query.queryKey);
      return domain !== undefined && set.has(domain);
    },
  });
}
