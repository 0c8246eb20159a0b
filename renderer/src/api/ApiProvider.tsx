import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createClient } from '../../../shared/client/createClient';
import { ApiContext, createQueryClient, invalidateDomains, type ApiContextValue } from './client';
import type { Prefs } from '../../../shared/domain/prefs';
import type { Connection } from './transport';

/**
 * Provides the typed client and TanStack Query, and keeps queries fresh: a
 * `data.changed` event invalidates the queries of its domains, and a reconnect of
 * the event stream refetches everything because events may have been missed.
 */
export function ApiProvider({
  connection,
  initialPrefs,
  children,
}: {
  connection: Connection;
  /** Loaded before the first render; seeds the prefs query so it does not load twice. */
  initialPrefs?: Prefs | null;
  children: ReactNode;
}) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    if (initialPrefs) client.setQueryData(['prefs.get', {}], initialPrefs);
    return client;
  });
  const value = useMemo<ApiContextValue>(
    () => ({ api: createClient(connection.transport), door: connection.door, connection }),
    [connection],
  );

  useEffect(() => {
    const offEvent = connection.onEvent((event) => {
      if (event.type === 'data.changed') void invalidateDomains(queryClient, event.domains);
    });
    const offReconnect = connection.onReconnect(() => void queryClient.invalidateQueries());
    return () => {
      offEvent();
      offReconnect();
    };
  }, [connection, queryClient]);

  return (
    <ApiContext.Provider value={value}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiContext.Provider>
  );
}
