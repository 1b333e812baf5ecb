import { randomUUID } from 'node:crypto';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract.ts';
import { PROGRESS_AFTER_MS, isOperationMethod, type OperationProgress, type OperationStep } from '../../../shared/api/operations.ts';

/**
 * The CLI's face of a long call: on a terminal, once the call has run for PROGRESS_AFTER_MS, one stderr line
 * names its step and elapsed time (read from `operations.progress`, as the window does) and is cleared when it
 * ends. Never on a pipe or a file, and never on stdout, so `--json` output stays one JSON value.
 */
export interface ProgressTerminal {
  isTTY?: boolean;
  write(text: string): unknown;
}

type Call = <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

const STEP_WORDS: Record<OperationStep, string> = {
  waiting: 'waiting for a free worker', reading: 'reading', decoding: 'decoding the file', analysing: 'reading the text for indicators',
  detecting: 'looking for defects', checking: 'checking the records', comparing: 'comparing the old and the new source',
  encoding: 'building the file', saving: 'saving',
};

export function describeProgress(p: OperationProgress): string {
  const count = p.total !== undefined ? ` (${p.done ?? 0}/${p.total})` : '';
  return `${p.method}: ${STEP_WORDS[p.step]}${count}… ${(p.elapsedMs / 1000).toFixed(1)} s${p.cancellable ? ' (Ctrl+C stops it, nothing is written)' : ''}`;
}

export function withProgress(call: Call, terminal: ProgressTerminal, options: { afterMs?: number; everyMs?: number } = {}): Call {
  return async (method, input) => {
    if (!terminal.isTTY || !isOperationMethod(method)) return call(method, input);
    const operationId = randomUUID();
    let finished = false;
    let shown = false;
    let stop!: () => void;
    const stopped = new Promise<void>((r) => (stop = r));
    const pause = (ms: number) => Promise.race([sleep(ms), stopped]);
    const result = call(method, { ...input, operationId } as typeof input);
    const show = async () => {
      await pause(options.afterMs ?? PROGRESS_AFTER_MS);
      while (!finished) {
        const [progress] = await call('operations.progress', { operationIds: [operationId] });
        if (finished || !progress) break;
        terminal.write(`\r\x1b[K${describeProgress(progress)}`);
        shown = true;
        await pause(options.everyMs ?? 250);
      }
    };
    const showing = show();
    try {
      return await result;
    } finally {
      finished = true;
      stop();
      await showing;
      if (shown) terminal.write('\r\x1b[K');
    }
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref?.());
