import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { PROGRESS_AFTER_MS, type OperationProgress } from '../../shared/api/operations.ts';
import { useApi } from '../api/ApiContext.tsx';
import { windowOperations, type OperationTracker, type TrackedOperation } from '../api/operationTracker.ts';

export interface ShownOperation extends TrackedOperation {
  /** What the services last said (step, counts, cancellable); undefined until the first answer. */
  progress?: OperationProgress;
  cancelling: boolean;
}

const POLL_MS = 250;

/**
 * The window's long calls that have run for more than PROGRESS_AFTER_MS, with their step as
 * `operations.progress` reports it (polled while any is shown), and a cancel that asks the services to stop one.
 */
export function useOperationProgress(tracker: OperationTracker = windowOperations): { shown: ShownOperation[]; cancel(operationId: string): void } {
  const api = useApi();
  const pending = useSyncExternalStore(tracker.subscribe, tracker.list);
  const [progress, setProgress] = useState<ReadonlyMap<string, OperationProgress>>(new Map());
  const [cancelling, setCancelling] = useState<ReadonlySet<string>>(new Set());
  const [now, setNow] = useState(() => performance.now());

  useEffect(() => {
    if (pending.length === 0) return;
    let stopped = false;
    const tick = async () => {
      const at = performance.now();
      setNow(at);
      const due = pending.filter((o) => at - o.startedAt >= PROGRESS_AFTER_MS).map((o) => o.operationId);
      if (due.length === 0) return;
      try {
        const answers = await api['operations.progress']({ operationIds: due });
        if (!stopped) setProgress(new Map(answers.map((p) => [p.operationId, p])));
      } catch {
        // The panel keeps the last step it knew; the call itself reports its own failure.
      }
    };
    const timer = setInterval(() => void tick(), POLL_MS);
    void tick();
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [api, pending]);

  const cancel = useCallback((operationId: string) => {
    setCancelling((s) => new Set(s).add(operationId));
    void api['operations.cancel']({ operationId }).catch(() => undefined);
  }, [api]);

  const shown = pending
    .filter((o) => now - o.startedAt >= PROGRESS_AFTER_MS)
    .map((o) => ({ ...o, progress: progress.get(o.operationId), cancelling: cancelling.has(o.operationId) }));
  return { shown, cancel };
}
