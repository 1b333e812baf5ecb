import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import type { ApiClient } from '../../shared/api/contract.ts';
import { CHECKS_PAGE_DEFAULT, type ChecksPage, type ConsistencyFinding } from '../../shared/checks/index.ts';
import { allOf, apiKey } from '../api/queryKeys.ts';

export interface Checks {
  /** Open findings (not dismissed) loaded so far: the first pages. */
  findings: ConsistencyFinding[] | null;
  /** Findings a reviewer judged acceptable, loaded so far (they come after every open one). */
  dismissed: ConsistencyFinding[];
  /** Counts over every finding of the project, loaded or not (null until the first answer). */
  counts: ChecksPage['counts'] | null;
  /** More findings than loaded: `loadMore` asks for the next page. */
  hasMore: boolean;
  running: boolean;
  refresh(): void;
  loadMore(): void;
  /** Dismisses (or restores) a finding; remembered in the project. */
  setDismissed(findingId: string, dismissed: boolean): void;
}

/**
 * The project's consistency findings, a page at a time: a cached paged read that every change of records,
 * corrections, document details or the codebook makes stale (renderer/api/cacheEffects.ts); re-read, it asks
 * again for every page loaded.
 */
export function useChecks(api: ApiClient, onError: (e: unknown) => void, reviewer: string | null, enabled = true): Checks {
  const queryClient = useQueryClient();
  const read = useInfiniteQuery({
    // Not before the open document's text is on screen (see WorkbenchData.textFirst).
    enabled,
    queryKey: apiKey('checks.list', { includeDismissed: true }),
    queryFn: ({ pageParam }) => api['checks.list']({ includeDismissed: true, offset: pageParam, limit: CHECKS_PAGE_DEFAULT }),
    initialPageParam: 0,
    getNextPageParam: (last: ChecksPage) => (last.offset + last.findings.length < last.total ? last.offset + last.findings.length : undefined),
  });
  useEffect(() => {
    if (read.error) onError(read.error);
  }, [read.error, onError]);

  // Asked by the reviewer (records may have changed outside this window, from the CLI say): the records
  // the findings name are read again with them.
  const refresh = useCallback(() => {
    for (const filter of [allOf('checks.list'), allOf('records.list')]) void queryClient.invalidateQueries(filter);
  }, [queryClient]);
  const { fetchNextPage, hasNextPage, isFetching } = read;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const setDismissed = useCallback((findingId: string, dismissed: boolean) => {
    if (!reviewer) return;
    // The answer marks the finding in the cached pages at once; the pages are then read again (order, counts).
    void api['checks.dismiss']({ findingId, dismissed, by: reviewer }).catch(onError);
  }, [api, reviewer, onError]);
  const pages = read.data?.pages;
  const all = useMemo(() => pages?.flatMap((p) => p.findings), [pages]);
  const findings = useMemo(() => all?.filter((f) => !f.dismissed) ?? null, [all]);
  const dismissed = useMemo(() => all?.filter((f) => f.dismissed) ?? [], [all]);
  return { findings, dismissed, counts: pages?.at(-1)?.counts ?? null, hasMore: hasNextPage, running: isFetching, refresh, loadMore, setDismissed };
}
