import { QueryClient } from '@tanstack/react-query';

/**
 * The window's cache of server state. Answers stay fresh until a change invalidates them (cacheEffects.ts)
 * or the main process says so (a menu import): nothing is re-read on a timer, on focus or on reconnect.
 * A failed read is shown once in the banner, not retried behind the reviewer's back.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}
