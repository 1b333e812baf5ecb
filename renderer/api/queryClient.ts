import { QueryClient } from '@tanstack/react-query';

/**
 * The window's cache of server state. Answers stay fresh until a change invalidates them (cacheEffects.ts)
 * or the main process says so (a menu import): nothing is re-read on a timer, on focus or on reconnect.
 * A failed read is shown once in the banner, not retried behind the reviewer's back.
 *
 * Records lists are stored as given, without TanStack's structural sharing: comparing a 20,000-record list
 * deeply with the previous one took about as long as everything else a save does in the window, and the
 * cache's own patches (cachePatches.ts) already keep every unchanged record the same object.
 */
export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
  client.setQueryDefaults(['records.list'], { structuralSharing: false });
  return client;
}
