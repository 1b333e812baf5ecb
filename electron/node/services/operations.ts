import { randomUUID } from 'node:crypto';
import type { OperationMethod, OperationProgress, OperationStep } from '../../../shared/api/operations.ts';
import { WorkbenchError } from '../../../shared/errors/workbenchError.ts';
import type { TaskInput, TaskName, TaskOutput } from '../workers/analysisTasks.ts';
import type { TaskHandle, WorkerPool } from '../workers/workerPool.ts';

/**
 * The long calls under way in one service table: what step each is at, and how to stop it. A service runs its
 * heavy work through `op.run` (a worker thread) and calls `op.commit()` before it writes anything; a cancel
 * before that terminates the worker and the call answers CANCELLED having written nothing, a cancel after it
 * is refused. A call whose cancel was accepted never answers with a result.
 */
export interface Operation {
  readonly id: string;
  step(step: OperationStep, done?: number, total?: number): void;
  run<T extends TaskName>(task: T, input: TaskInput<T>): Promise<TaskOutput<T>>;
  /** The writes begin: no cancel from here (CANCELLED now if one came before). */
  commit(): void;
  /** The writes of one part are done (a file of an import): cancellable again until the next commit. */
  reopen(): void;
}

export interface OperationRegistry {
  track<T>(method: OperationMethod, operationId: string | undefined, fn: (op: Operation) => Promise<T>): Promise<T>;
  progress(operationIds?: readonly string[]): OperationProgress[];
  cancel(operationId: string): boolean;
}

interface Entry {
  id: string;
  method: OperationMethod;
  step: OperationStep;
  done?: number;
  total?: number;
  startedAt: number;
  cancellable: boolean;
  cancelled: boolean;
  task?: TaskHandle<unknown>;
}

export function createOperationRegistry(pool: () => WorkerPool): OperationRegistry {
  const active = new Map<string, Entry>();

  const cancelledError = (entry: Entry) => new WorkbenchError('CANCELLED', `${entry.method}: cancelled`, { operationId: entry.id });

  return {
    async track(method, operationId, fn) {
      const id = operationId ?? randomUUID();
      if (active.has(id)) throw new WorkbenchError('INVALID_INPUT', `operation ${id} is already under way; name each call with its own operationId`);
      const entry: Entry = { id, method, step: 'reading', startedAt: performance.now(), cancellable: true, cancelled: false };
      active.set(id, entry);
      const throwIfCancelled = () => {
        if (entry.cancelled) throw cancelledError(entry);
      };
      const op: Operation = {
        id,
        step(step, done, total) {
          Object.assign(entry, { step, done, total });
        },
        async run(task, input) {
          throwIfCancelled();
          entry.step = 'waiting'; // until the worker names its step (a worker may have to start first)
          const handle: TaskHandle<unknown> = pool().run(task, input, (step) => {
            entry.step = step;
          });
          entry.task = handle;
          try {
            return (await handle.result) as TaskOutput<typeof task>;
          } catch (e) {
            throw entry.cancelled ? cancelledError(entry) : e;
          } finally {
            entry.task = undefined;
          }
        },
        commit() {
          throwIfCancelled();
          entry.cancellable = false;
          entry.step = 'saving';
        },
        reopen() {
          entry.cancellable = true;
        },
      };
      try {
        const result = await fn(op);
        throwIfCancelled();
        return result;
      } finally {
        active.delete(id);
      }
    },

    progress(operationIds) {
      const now = performance.now();
      const wanted = operationIds ? new Set(operationIds) : undefined;
      return [...active.values()]
        .filter((e) => !wanted || wanted.has(e.id))
        .map((e) => ({
          operationId: e.id, method: e.method, step: e.step, elapsedMs: Math.round(now - e.startedAt), cancellable: e.cancellable,
          ...(e.total !== undefined ? { done: e.done ?? 0, total: e.total } : {}),
        }));
    },

    cancel(operationId) {
      const entry = active.get(operationId);
      if (!entry || !entry.cancellable || entry.cancelled) return false;
      entry.cancelled = true;
      entry.task?.cancel();
      return true;
    },
  };
}
