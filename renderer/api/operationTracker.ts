import type { OperationMethod } from '../../shared/api/operations.ts';

/**
 * The long calls this window has under way (shared/api/operations.ts), each named by the operationId the API
 * client gave it, so the progress panel can ask `operations.progress` about them and offer to cancel them.
 * A tiny external store for useSyncExternalStore: the list is replaced, never mutated.
 */
export interface TrackedOperation {
  operationId: string;
  method: OperationMethod;
  /** performance.now() when the call went out. */
  startedAt: number;
}

export interface OperationTracker {
  start(method: OperationMethod): string;
  end(operationId: string): void;
  list(): readonly TrackedOperation[];
  subscribe(listener: () => void): () => void;
}

export function createOperationTracker(newId: () => string = () => crypto.randomUUID()): OperationTracker {
  let operations: readonly TrackedOperation[] = [];
  const listeners = new Set<() => void>();
  const changed = (next: readonly TrackedOperation[]) => {
    operations = next;
    for (const listener of listeners) listener();
  };
  return {
    start(method) {
      const operationId = newId();
      changed([...operations, { operationId, method, startedAt: performance.now() }]);
      return operationId;
    },
    end(operationId) {
      changed(operations.filter((o) => o.operationId !== operationId));
    },
    list: () => operations,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** The window's tracker (one API client per window). */
export const windowOperations = createOperationTracker();
