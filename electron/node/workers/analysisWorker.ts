import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { WorkbenchError, serializeError } from '../../../shared/errors/workbenchError.ts';
import { ANALYSIS_TASKS, RESULT_FORMS, isTaskName, type Report } from './analysisTasks.ts';
import { encodeResult } from './resultCodec.ts';
import type { TaskMessage, WorkerMessage } from './workerMessages.ts';

/**
 * A worker thread's entry: runs one task of ANALYSIS_TASKS at a time on the data it is sent and posts back its
 * steps and its result (or error). Built as its own bundle next to the main process (buildElectron.ts); under
 * tsx and Vitest it is loaded from source (workerPool.ts).
 */
const port = parentPort;
if (!port) throw new Error('analysisWorker runs as a worker thread only');

port.on('message', (message: TaskMessage) => {
  const { taskId, task, input } = message;
  const post = (m: WorkerMessage) => port.postMessage(m);
  void (async () => {
    try {
      if (!isTaskName(task)) throw new WorkbenchError('INVALID_INPUT', `no analysis task "${String(task)}"`);
      const run = ANALYSIS_TASKS[task] as (i: unknown, report: Report) => unknown;
      const result = await run(input, (step) => post({ taskId, type: 'step', step }));
      // The result travels in transferred buffers (resultCodec.ts): the pool can end this worker, and free its
      // heap, before the main thread turns them back into objects.
      const { encoded, transfer } = encodeResult(result, RESULT_FORMS[task] ?? 'v8');
      port.postMessage({ taskId, type: 'done', result: encoded, heapBytes: getHeapStatistics().total_heap_size } satisfies WorkerMessage, transfer);
    } catch (e) {
      post({ taskId, type: 'failed', error: serializeError(e) });
    }
  })();
});

