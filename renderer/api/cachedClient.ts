import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient, ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract.ts';
import type { RecordView } from '../../shared/api/views.ts';
import { indexOfRecord } from './cachePatches.ts';
import { cacheEffects, isChangeMethod, type CacheEffects, type CacheLookup, type ChangeMethod } from './cacheEffects.ts';

/** The record as the window shows it now: from the open document's list or the project's. */
export function cacheLookup(queryClient: QueryClient): CacheLookup {
  return {
    record(recordId, near, walk = true) {
      const lists = queryClient.getQueriesData<RecordView[]>({ queryKey: ['records.list'] }).map(([, list]) => list ?? []);
      // By binary search first (a save's record sits where it was), along the lists only when that fails.
      for (const pass of walk ? [false, true] : [false]) {
        for (const list of lists) {
          const at = indexOfRecord(list, recordId, near ? [near] : [], pass);
          if (at !== -1) return list[at];
        }
      }
      return undefined;
    },
  };
}

/**
 * Applies a change's effects to the cache. Reads still in flight started before the change: they are
 * cancelled (their older answer would overwrite the newer one) and asked again afterwards.
 */
export async function applyCacheEffects(queryClient: QueryClient, effects: CacheEffects): Promise<void> {
  const refetch = [...effects.invalidate];
  for (const { filter } of effects.updates) if (queryClient.isFetching(filter) > 0) refetch.push(filter);
  // Also those about to be invalidated: an answer landing after the invalidation would count as fresh.
  await Promise.all(refetch.map((filter) => queryClient.cancelQueries(filter)));
  for (const { filter, update } of effects.updates) queryClient.setQueriesData(filter, update);
  // Not awaited: the change is done; the reads it made stale refresh in the background (those on screen now).
  for (const filter of refetch) void queryClient.invalidateQueries(filter);
}

/**
 * The API client the window uses: every change goes to the services as before, and its answer then updates
 * the query cache (cacheEffects.ts) — the one place that knows which reads a change touches.
 */
export function cachedClient(api: ApiClient, queryClient: QueryClient): ApiClient {
  const lookup = cacheLookup(queryClient);
  const client = { ...api } as Record<ApiMethod, (input: unknown) => Promise<unknown>>;
  for (const method of Object.keys(api) as ApiMethod[]) {
    if (!isChangeMethod(method)) continue;
    const call = api[method] as (input: unknown) => Promise<unknown>;
    client[method] = async (input) => {
      const output = await call(input);
      await applyCacheEffects(queryClient, cacheEffects(method as ChangeMethod, input as ApiInput<ChangeMethod>, output as ApiOutput<ChangeMethod>, lookup));
      return output;
    };
  }
  return client as unknown as ApiClient;
}
