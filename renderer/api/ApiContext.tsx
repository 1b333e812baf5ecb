import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../shared/api/contract.ts';
import { cachedClient } from './cachedClient.ts';
import { createQueryClient } from './queryClient.ts';

/** The typed API client, given once at the root so components never build transports themselves. */
const ApiContext = createContext<ApiClient | null>(null);

/**
 * The API and the query cache of its answers. Components read through useApiQuery and change through
 * useApi(): each change's answer updates the cache (cachedClient.ts), so nothing re-reads by hand.
 */
export function ApiProvider({ client, children, queryClient }: { client: ApiClient; children: ReactNode; queryClient?: QueryClient }) {
  const [cache] = useState(() => queryClient ?? createQueryClient());
  const [api] = useState(() => cachedClient(client, cache));
  return (
    <QueryClientProvider client={cache}>
      <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
    </QueryClientProvider>
  );
}

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() outside <ApiProvider>');
  return api;
}
