import type { OperationStep } from '../../../shared/api/operations.ts';
import type { SerializedError } from '../../../shared/errors/workbenchError.ts';
import type { EncodedResult } from './resultCodec.ts';

/** Main → worker: one task to run. */
export interface TaskMessage {
  taskId: number;
  task: string;
  input: unknown;
}

/** Worker → main: the task's steps, then its result or its error. */
export type WorkerMessage =
  | { taskId: number; type: 'step'; step: OperationStep }
  /**
   * result: the task's value in transferred buffers (resultCodec.ts); heapBytes: the worker's V8 heap after the
   * task, so the pool can end a worker a big task left large before decoding.
   */
  | { taskId: number; type: 'done'; result: EncodedResult; heapBytes: number }
  | { taskId: number; type: 'failed'; error: SerializedError };
