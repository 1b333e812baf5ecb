import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OperationStep } from '../../../shared/api/operations.ts';
import { WorkbenchError, deserializeError } from '../../../shared/errors/workbenchError.ts';
import type { TaskInput, TaskName, TaskOutput } from './analysisTasks.ts';
import type { TaskMessage, WorkerMessage } from './workerMessages.ts';
import { decodeResult } from './resultCodec.ts';

/**
 * A few worker threads that run the analysis tasks, so the process that answers requests stays free: a text
 * read never waits behind an analysis. Tasks beyond the pool's size wait their turn ('waiting'). Cancelling a
 * running task terminates its worker (the only way to stop a synchronous computation); a fresh one is started
 * for the next task. Idle workers do not keep the process alive and end after a quiet minute.
 */
export interface TaskHandle<T> {
  result: Promise<T>;
  /** Stops the task (its promise rejects with CANCELLED); false when it had already finished. */
  cancel(): boolean;
}

export interface WorkerPool {
  run<T extends TaskName>(task: T, input: TaskInput<T>, onStep?: (step: OperationStep) => void): TaskHandle<TaskOutput<T>>;
  /**
   * Starts one worker ahead of the first task when none is running (a server about to open documents), so the
   * first big open or analysis does not also wait for a thread to load its code.
   */
  warm(): void;
  /** Workers started so far (tests check that a cancel really ended one). */
  readonly started: number;
  close(): Promise<void>;
}

interface Job {
  taskId: number;
  task: TaskName;
  input: unknown;
  onStep: (step: OperationStep) => void;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  settled: boolean;
}

// Set by the Electron build (buildElectron.ts): the path of the bundled worker beside the main bundle.
declare const __iwAnalysisWorker: string | undefined;

export function createWorkerPool(options: { size?: number; idleMs?: number; script?: string; retireAboveHeapBytes?: number } = {}): WorkerPool {
  const size = options.size ?? Math.min(4, Math.max(2, availableParallelism() - 1));
  const idleMs = options.idleMs ?? 60_000;
  const retireAboveHeapBytes = options.retireAboveHeapBytes ?? 256 * 1024 * 1024;
  const idle: Worker[] = [];
  const running = new Map<Worker, Job>();
  const queue: Job[] = [];
  const idleTimers = new Map<Worker, NodeJS.Timeout>();
  let nextTaskId = 1;
  let started = 0;
  let closed = false;

  const settle = (job: Job, outcome: { value: unknown } | { error: unknown }) => {
    if (job.settled) return;
    job.settled = true;
    if ('value' in outcome) job.resolve(outcome.value);
    else job.reject(outcome.error);
  };

  const retire = (worker: Worker): Promise<number> => {
    clearTimeout(idleTimers.get(worker));
    idleTimers.delete(worker);
    running.delete(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    return worker.terminate();
  };

  const spawn = (): Worker => {
    const worker = startWorker(options.script);
    started++;
    worker.on('message', (m: WorkerMessage) => {
      const job = running.get(worker);
      if (!job || m.taskId !== job.taskId) return;
      if (m.type === 'step') return job.onStep(m.step);
      running.delete(worker);
      if (m.type === 'failed') {
        settle(job, { error: deserializeError(m.error) });
        release(worker);
        return;
      }
      const result = m.result;
      const deliver = () => {
        try {
          settle(job, { value: decodeResult(result) });
        } catch (e) {
          settle(job, { error: new WorkbenchError('IO_ERROR', `the analysis result could not be read: ${e instanceof Error ? e.message : String(e)}`) });
        }
      };
      // A worker a big task left with a large heap is ended rather than kept, and its result read only once it
      // has gone: the worker's memory (most of a gigabyte after a 50 MB report's defects) never adds to the
      // result's. A new worker starts in a fraction of a second.
      if (m.heapBytes > retireAboveHeapBytes) {
        void retire(worker).then(deliver, deliver);
        dispatch();
      } else {
        deliver();
        release(worker);
      }
    });
    worker.on('error', (e) => {
      // A worker that failed (it could not load, or ran out of memory) fails its task; the next task gets a new one.
      const job = running.get(worker);
      retire(worker);
      if (job) settle(job, { error: new WorkbenchError('IO_ERROR', `the analysis worker failed: ${e.message}`) });
      dispatch();
    });
    worker.on('exit', () => {
      const job = running.get(worker);
      retire(worker);
      if (job) settle(job, { error: new WorkbenchError('IO_ERROR', 'the analysis worker stopped unexpectedly') });
      dispatch();
    });
    return worker;
  };

  const release = (worker: Worker) => {
    worker.unref();
    idle.push(worker);
    idleTimers.set(worker, setTimeout(() => retire(worker), idleMs).unref());
    dispatch();
  };

  const dispatch = () => {
    while (!closed && queue.length > 0 && (idle.length > 0 || running.size < size)) {
      const job = queue.shift()!;
      const worker = idle.pop() ?? spawn();
      clearTimeout(idleTimers.get(worker));
      idleTimers.delete(worker);
      worker.ref();
      running.set(worker, job);
      const message: TaskMessage = { taskId: job.taskId, task: job.task, input: job.input };
      worker.postMessage(message);
    }
  };

  return {
    get started() {
      return started;
    },
    warm() {
      if (closed || idle.length > 0 || running.size > 0) return;
      release(spawn());
    },
    run(task, input, onStep = () => undefined) {
      if (closed) throw new WorkbenchError('INVALID_INPUT', 'the analysis workers are shut down');
      let job!: Job;
      const result = new Promise<never>((resolve, reject) => {
        job = { taskId: nextTaskId++, task, input, onStep, resolve, reject, settled: false };
      });
      queue.push(job);
      if (running.size >= size && idle.length === 0) onStep('waiting');
      dispatch();
      return {
        result,
        cancel() {
          if (job.settled) return false;
          const waiting = queue.indexOf(job);
          if (waiting >= 0) queue.splice(waiting, 1);
          for (const [worker, j] of running) if (j === job) retire(worker);
          settle(job, { error: new WorkbenchError('CANCELLED', 'cancelled') });
          dispatch();
          return true;
        },
      };
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) settle(job, { error: new WorkbenchError('CANCELLED', 'the analysis workers are shut down') });
      const workers = [...idle, ...running.keys()];
      for (const [, job] of running) settle(job, { error: new WorkbenchError('CANCELLED', 'the analysis workers are shut down') });
      for (const timer of idleTimers.values()) clearTimeout(timer);
      idleTimers.clear();
      idle.length = 0;
      running.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** The bundled worker in the built app (or the one named); the TypeScript source through tsx under tsx and Vitest. */
function startWorker(script?: string): Worker {
  if (script) return new Worker(script, { resourceLimits: WORKER_LIMITS });
  if (typeof __iwAnalysisWorker === 'string') return new Worker(__iwAnalysisWorker, { resourceLimits: WORKER_LIMITS });
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./analysisWorker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`, { eval: true, resourceLimits: WORKER_LIMITS });
}

/**
 * A young generation larger than V8's default: an analysis of a big report makes millions of short-lived
 * objects and keeps many of them, and with the default most of its time went to copying them between the
 * small semi-spaces (a 50 MB report's defects: 4 s of 20 s in the garbage collector); larger costs memory for little more speed.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 96 };

let shared: WorkerPool | undefined;

/** The process's pool (Electron main, serve, the CLI): workers hold no state, so every project can share them. */
export function sharedWorkerPool(): WorkerPool {
  shared ??= createWorkerPool();
  return shared;
}
