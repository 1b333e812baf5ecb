/**
 * The state file as a checkpoint of the audit log. A save is committed once its audit entry is appended and
 * fsynced; the state file (all records, corrections … at one `lastSeq`) is rewritten later, in the background:
 * after a quiet moment, when the log has grown by `maxLogBytes` since the last checkpoint, and on close. So a
 * save costs its own entry, not the size of the document. Opening replays the entries past the checkpoint.
 */
export interface Checkpoint {
  /** Called after every committed save with the bytes its entry added to the log. */
  afterCommit(entryBytes: number): void;
  /** Writes the checkpoint now if it is behind, waiting for one already under way. */
  flush(): Promise<void>;
  /** Stops the timers (the document is being forgotten); a write under way still finishes. */
  dispose(): void;
  /** The `lastSeq` of the state file on disk. */
  readonly savedSeq: number;
}

export interface CheckpointOptions {
  quietMs: number;
  maxLogBytes: number;
  /** Tells about a failed background write (the saves themselves are safe in the log). */
  onError(error: unknown): void;
}

export const DEFAULT_CHECKPOINT_OPTIONS: Omit<CheckpointOptions, 'onError'> = { quietMs: 2_000, maxLogBytes: 4 * 1024 * 1024 };

/**
 * `write` must capture the state synchronously when called (the adapter copies its tables before its first await),
 * so the `currentSeq()` read just before it names exactly what is written.
 */
export function documentCheckpoint(
  write: () => Promise<void>, currentSeq: () => number, savedSeq: number, options: CheckpointOptions,
): Checkpoint {
  let saved = savedSeq;
  let bytesSince = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let disposed = false;

  const writeIfBehind = async (): Promise<void> => {
    const seq = currentSeq();
    if (seq <= saved) return;
    const bytesCovered = bytesSince;
    await write();
    saved = Math.max(saved, seq);
    bytesSince = Math.max(0, bytesSince - bytesCovered);
  };
  const enqueue = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const run = chain.then(writeIfBehind);
    chain = run.catch(() => undefined);
    return run;
  };
  const inBackground = () => void enqueue().catch(options.onError);

  return {
    get savedSeq() {
      return saved;
    },
    afterCommit(entryBytes: number) {
      if (disposed) return;
      bytesSince += entryBytes;
      if (bytesSince >= options.maxLogBytes) return inBackground();
      if (timer) clearTimeout(timer);
      timer = setTimeout(inBackground, options.quietMs);
      // A pending checkpoint never keeps a process alive: close() flushes it, and the log holds every save anyway.
      timer.unref?.();
    },
    flush: () => enqueue(),
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
