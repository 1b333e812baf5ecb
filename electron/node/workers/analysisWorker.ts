import { getHeapStatistics, serialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { WorkbenchError, serializeError } from '../../../shared/errors/workbenchError.ts';
import { ANALYSIS_TASKS, isTaskName, type Report } from './analysisTasks.ts';
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
      // The result travels as one serialized buffer, transferred (not copied): the pool can end this worker,
      // and free its heap, before the main thread turns the buffer back into objects.
      const buffer = ownBuffer(serialize(result));
      port.postMessage({ taskId, type: 'done', result: buffer, heapBytes: getHeapStatistics().total_heap_size } satisfies WorkerMessage, [buffer]);
    } catch (e) {
      post({ taskId, type: 'failed', error: serializeError(e) });
    }
  })();
});

/**
 * The serialized bytes' own ArrayBuffer when they fill it (v8.serialize gives such a Buffer), so it is
 * transferred as it is; a copy only otherwise. A 50 MB report's findings serialize to a few hundred MB.
 */
function ownBuffer(bytes: Buffer): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? bytes.buffer as ArrayBuffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
