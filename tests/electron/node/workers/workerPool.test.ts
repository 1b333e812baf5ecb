import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../../../electron/build/buildElectron.ts';
import { DEFAULT_CODEBOOK } from '../../../../shared/codebook/index.ts';
import { guessDetails } from '../../../../shared/document/guessMetadata.ts';
import type { OperationStep } from '../../../../shared/api/operations.ts';
import { ANALYSIS_TASKS, type TaskInput, type TaskName } from '../../../../electron/node/workers/analysisTasks.ts';
import { createWorkerPool, type WorkerPool } from '../../../../electron/node/workers/workerPool.ts';
import { sha256Hex } from '../../../../electron/node/project/sha256.ts';
import { REPORTS_DIR } from '../../../helpers/tempProject.ts';
import { loadCorpus } from '../../../helpers/corpus.ts';

const corpus = loadCorpus();
const [name, text] = [...corpus.entries()][0]!;
const meta = guessDetails(text, name).meta;
const pools: WorkerPool[] = [];
const pool = (options: Parameters<typeof createWorkerPool>[0] = {}) => {
  const p = createWorkerPool(options);
  pools.push(p);
  return p;
};
afterAll(() => Promise.all(pools.map((p) => p.close())));

/** The same task in-process, as the worker runs it. */
async function inProcess<T extends TaskName>(task: T, input: TaskInput<T>) {
  const run = ANALYSIS_TASKS[task] as (i: TaskInput<T>, report: (s: OperationStep) => void) => unknown;
  return run(input, () => undefined);
}

describe('the analysis worker threads', () => {
  it('give exactly the in-process result for every task, and report their steps', async () => {
    const workers = pool({ size: 2 });
    const bytes = new TextEncoder().encode(text);
    const changed = new TextEncoder().encode(text.replace(/。/, '。新增一句。'));
    const inputs: { [T in TaskName]: TaskInput<T> } = {
      suggest: { text, meta, codebook: DEFAULT_CODEBOOK },
      defects: { text, protectedRanges: [{ start: 0, end: 20 }] },
      checks: { records: [], codebook: DEFAULT_CODEBOOK, correctedQuotes: new Map(), documentTitles: new Map() },
      decodeImport: { bytes, fileName: name },
      readStored: { path: join(REPORTS_DIR, name), sha256: sha256Hex(bytes), encoding: 'utf-8' },
      reimport: { oldRaw: text, oldSha256: 'x', bytes: changed, records: [], corrections: [] },
      encodeExport: {
        dataset: {
          $schema: 'x', schema: 'indicator-workbench/dataset@1', exportedAt: '2026-01-01T00:00:00.000Z', generator: { name: 't', version: '0' },
          offsetUnit: 'codepoint', filter: 'all', sources: [], records: [], corrections: [],
        } as unknown as TaskInput<'encodeExport'>['dataset'],
        format: 'csv', baseName: 'dataset',
      },
    };
    for (const task of Object.keys(inputs) as TaskName[]) {
      const steps: OperationStep[] = [];
      const fromWorker = await workers.run(task, inputs[task] as never, (s) => steps.push(s)).result;
      expect(fromWorker, task).toEqual(await inProcess(task, inputs[task] as never));
      expect(steps.length, task).toBeGreaterThan(0);
    }
    const suggestions = await workers.run('suggest', inputs.suggest).result;
    expect(suggestions.length).toBeGreaterThan(10);
  });

  it('cancel terminates a running task (a new worker serves the next) and drops a waiting one', async () => {
    const workers = pool({ size: 1 });
    const big = [...corpus.values()].join('\n').repeat(4);
    const steps: OperationStep[] = [];
    const running = workers.run('suggest', { text: big, meta, codebook: DEFAULT_CODEBOOK }, (s) => steps.push(s));
    const waitingSteps: OperationStep[] = [];
    const waiting = workers.run('defects', { text: big, protectedRanges: [] }, (s) => waitingSteps.push(s));
    expect(waitingSteps).toEqual(['waiting']);
    // Wait until the worker is inside the analysis, then stop it.
    while (!steps.includes('analysing')) await new Promise((r) => setTimeout(r, 5));
    expect(waiting.cancel()).toBe(true);
    expect(running.cancel()).toBe(true);
    await expect(running.result).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(waiting.result).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(running.cancel()).toBe(false);
    expect(workers.started).toBe(1);
    const after = await workers.run('defects', { text, protectedRanges: [] }).result;
    expect(after).toEqual(await inProcess('defects', { text, protectedRanges: [] }));
    expect(workers.started).toBe(2);
  });

  it('ends a worker whose heap a task left above the limit, and starts a new one for the next task', async () => {
    const kept = pool({ size: 1 });
    const retiring = pool({ size: 1, retireAboveHeapBytes: 1 });
    for (const workers of [kept, retiring]) {
      for (let round = 0; round < 3; round += 1) {
        expect((await workers.run('defects', { text: 'a', protectedRanges: [] }).result).count).toBe(0);
      }
    }
    expect(kept.started).toBe(1);
    expect(retiring.started).toBe(3);
  });

  it('reports a task that throws as that task’s error, and keeps serving', async () => {
    const workers = pool({ size: 1 });
    await expect(workers.run('suggest', { text: null, meta, codebook: DEFAULT_CODEBOOK } as never).result).rejects.toThrow();
    expect((await workers.run('defects', { text: 'a', protectedRanges: [] }).result).count).toBe(0);
  });

  it('warm starts one worker ahead of the first task, which then runs on it', async () => {
    const workers = pool({ size: 2 });
    workers.warm();
    workers.warm();
    expect(workers.started).toBe(1);
    expect((await workers.run('defects', { text: 'a', protectedRanges: [] }).result).count).toBe(0);
    expect(workers.started).toBe(1);
    await workers.close();
    workers.warm();
    expect(workers.started).toBe(1);
  });

  it('run from the bundle the Electron build writes beside the main process', async () => {
    const out = await mkdtemp(join(tmpdir(), 'iw-worker-build-'));
    try {
      const built = await buildElectron({ outDir: join(out, 'electron') });
      const bundled = pool({ size: 1, script: built.worker });
      const input = { text, protectedRanges: [] };
      expect(await bundled.run('defects', input).result).toEqual(await inProcess('defects', input));
      await bundled.close();
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 120_000);
});
