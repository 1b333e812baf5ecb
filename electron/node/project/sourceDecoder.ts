import { stat } from 'node:fs/promises';
import { sharedWorkerPool, type WorkerPool } from '../workers/workerPool.ts';
import { readStoredSource, type StoredSourceInput, type StoredSourceText } from './storedSource.ts';

/** How a document's stored source becomes its raw text when the document is opened. */
export type SourceDecoder = (input: StoredSourceInput) => Promise<StoredSourceText>;

/** Sources from this size on are read, hashed and decoded in a worker thread (1 MB takes the main thread ~10 ms). */
export const WORKER_DECODE_MIN_BYTES = 1024 * 1024;

export interface SourceDecoderOptions {
  /** The worker threads (default: the process's shared pool, started on first use). */
  workers?: () => WorkerPool;
  minWorkerBytes?: number;
}

/**
 * Small sources are decoded in-process (a worker's round trip would cost more than the work); big ones in a
 * worker, so the process that answers requests stays free while a big document opens. A worker that cannot run
 * (it failed to start, ran out of memory, or the pool is shut down) does not keep the document closed: the same
 * function then runs in-process.
 */
export function sourceDecoder(options: SourceDecoderOptions = {}): SourceDecoder {
  const minBytes = options.minWorkerBytes ?? WORKER_DECODE_MIN_BYTES;
  const workers = options.workers ?? sharedWorkerPool;
  return async (input) => {
    const size = (await stat(input.path).catch(() => null))?.size ?? 0;
    if (size < minBytes) return readStoredSource(input);
    try {
      return await workers().run('readStored', input).result;
    } catch {
      return readStoredSource(input);
    }
  };
}
