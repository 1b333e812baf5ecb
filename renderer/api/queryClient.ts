import { QueryClient } from '@tanstack/react-query';

/**
 * The window's cache of server state. Answers stay fresh until a change invalidates them (cacheEffects.ts)
 * or the main process says so (a menu import): nothing is re-read on a timer, on focus or on reconnect.
 * A failed read is shown once in the banner, not retried behind the reviewer's back.
 *
 * Records and suggestions lists are stored as given, without TanStack's structural sharing: comparing a
 * 20,000-record list deeply with the previous one took about as long as everything else a save does in the
 * window (and the suggestions of a 30 MB report, re-read after each save, blocked it for ~400 ms more). The
 * cache's own patches (cachePatches.ts) already keep every unchanged record the same object, and what is
 * derived from suggestions follows their ids, not their identity.
 */
export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
  for (const method of ['records.list', 'suggestions.list']) client.setQueryDefaults([method], { structuralSharing: false });
  return client;
}
