import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient } from '../../shared/api/contract.ts';
import { CHECKS_PAGE_DEFAULT, CHECKS_PAGE_MAX, type ChecksPage, type ConsistencyFinding, type ListedFinding } from '../../shared/checks/index.ts';

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

// A burst of record changes (a run of accepted suggestions, a bulk verify) is checked once, after it.
const SETTLE_MS = 250;

/**
 * The project's consistency findings, a page at a time, re-run after record changes (`version` changes with the
 * project's records); a re-run asks again for as many as were loaded. Answers to older runs are dropped.
 */
export function useChecks(api: ApiClient, version: unknown, onError: (e: unknown) => void, reviewer: string | null): Checks {
  const [page, setPage] = useState<{ all: ListedFinding[]; total: number; counts: ChecksPage['counts'] } | null>(null);
  const [running, setRunning] = useState(false);
  const seq = useRef(0);
  const loaded = useRef(0);

  const run = useCallback(async (from = 0) => {
    const mine = ++seq.current;
    setRunning(true);
    try {
      const limit = from === 0 ? Math.min(CHECKS_PAGE_MAX, Math.max(CHECKS_PAGE_DEFAULT, loaded.current)) : CHECKS_PAGE_DEFAULT;
      const result = await api['checks.list']({ includeDismissed: true, offset: from, limit });
      if (mine !== seq.current) return;
      setPage((before) => {
        const all = from === 0 || !before ? result.findings : [...before.all.slice(0, from), ...result.findings];
        loaded.current = all.length;
        return { all, total: result.total, counts: result.counts };
      });
    } catch (e) {
      if (mine === seq.current) onError(e);
    } finally {
      if (mine === seq.current) setRunning(false);
    }
  }, [api, onError]);

  useEffect(() => {
    const timer = setTimeout(() => void run(), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [run, version]);

  const refresh = useCallback(() => void run(), [run]);
  const loadMore = useCallback(() => void run(loaded.current), [run]);
  const setDismissed = useCallback((findingId: string, dismissed: boolean) => {
    if (!reviewer) return;
    // Shown at once; the next run confirms it (or the banner says why not).
    setPage((p) => (p ? { ...p, all: p.all.map((f) => (f.id === findingId ? { ...f, dismissed } : f)) } : p));
    void api['checks.dismiss']({ findingId, dismissed, by: reviewer }).catch(onError).finally(() => void run());
  }, [api, reviewer, onError, run]);
  const findings = useMemo(() => page?.all.filter((f) => !f.dismissed) ?? null, [page]);
  const dismissed = useMemo(() => page?.all.filter((f) => f.dismissed) ?? [], [page]);
  return { findings, dismissed, counts: page?.counts ?? null, hasMore: page ? page.all.length < page.total : false, running, refresh, loadMore, setDismissed };
}
