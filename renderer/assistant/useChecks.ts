import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient } from '../../shared/api/contract.ts';
import type { ConsistencyFinding } from '../../shared/checks/index.ts';

export interface Checks {
  /** Open findings (not dismissed). */
  findings: ConsistencyFinding[] | null;
  /** Findings a reviewer judged acceptable. */
  dismissed: ConsistencyFinding[];
  running: boolean;
  refresh(): void;
  /** Dismisses (or restores) a finding; remembered in the project. */
  setDismissed(findingId: string, dismissed: boolean): void;
}

// A burst of record changes (a run of accepted suggestions, a bulk verify) is checked once, after it.
const SETTLE_MS = 250;

/**
 * The project's consistency findings, re-run after record changes (`version` changes with the project's
 * records). Answers to older runs are dropped.
 */
export function useChecks(api: ApiClient, version: unknown, onError: (e: unknown) => void, reviewer: string | null): Checks {
  const [all, setAll] = useState<(ConsistencyFinding & { dismissed: boolean })[] | null>(null);
  const [running, setRunning] = useState(false);
  const seq = useRef(0);

  const run = useCallback(async () => {
    const mine = ++seq.current;
    setRunning(true);
    try {
      const result = await api['checks.list']({ includeDismissed: true });
      if (mine === seq.current) setAll(result);
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
  const setDismissed = useCallback((findingId: string, dismissed: boolean) => {
    if (!reviewer) return;
    // Shown at once; the next run confirms it (or the banner says why not).
    setAll((list) => list?.map((f) => (f.id === findingId ? { ...f, dismissed } : f)) ?? list);
    void api['checks.dismiss']({ findingId, dismissed, by: reviewer }).catch(onError).finally(() => void run());
  }, [api, reviewer, onError, run]);
  const findings = useMemo(() => all?.filter((f) => !f.dismissed) ?? null, [all]);
  const dismissed = useMemo(() => all?.filter((f) => f.dismissed) ?? [], [all]);
  return { findings, dismissed, running, refresh, setDismissed };
}
