import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '../../shared/api/contract.ts';

/** The typed API client, given once at the root so components never build transports themselves. */
const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() outside <ApiProvider>');
  return api;
}
