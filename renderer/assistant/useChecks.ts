import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../shared/api/contract.ts';
import type { ConsistencyFinding } from '../../shared/checks/index.ts';

export interface Checks {
  findings: ConsistencyFinding[] | null;
  running: boolean;
  refresh(): void;
}

// A burst of record changes (a run of accepted suggestions, a bulk verify) is checked once, after it.
const SETTLE_MS = 250;

/**
 * The project's consistency findings, re-run after record changes (`version` changes with the project's
 * records). Answers to older runs are dropped.
 */
export function useChecks(api: ApiClient, version: unknown, onError: (e: unknown) => void): Checks {
  const [findings, setFindings] = useState<ConsistencyFinding[] | null>(null);
  const [running, setRunning] = useState(false);
  const seq = useRef(0);

  const run = useCallback(async () => {
    const mine = ++seq.current;
    setRunning(true);
    try {
      const result = await api['checks.list']({});
      if (mine === seq.current) setFindings(result);
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
  return { findings, running, refresh };
}
