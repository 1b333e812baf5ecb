import type { OperationStep } from '../../../shared/api/operations.ts';
import type { SerializedError } from '../../../shared/errors/workbenchError.ts';

/** Main → worker: one task to run. */
export interface TaskMessage {
  taskId: number;
  task: string;
  input: unknown;
}

/** Worker → main: the task's steps, then its result or its error. */
export type WorkerMessage =
  | { taskId: number; type: 'step'; step: OperationStep }
  | { taskId: number; type: 'done'; result: unknown }
  | { taskId: number; type: 'failed'; error: SerializedError };
