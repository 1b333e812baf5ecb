/**
 * Work off the request path: a 5 MB report's suggestions computed in a worker thread while the same document's
 * text is read again and again; the worker's cost against the same analysis in-process; how fast a cancel stops
 * a running analysis. Figures printed, never asserted.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract.ts';
import { openProjectSession } from '../../electron/node/project/projectSession.ts';
import { callService } from '../../electron/node/services/callService.ts';
import { createServices } from '../../electron/node/services/createServices.ts';
import { ANALYSIS_TASKS } from '../../electron/node/workers/analysisTasks.ts';
import { createWorkerPool } from '../../electron/node/workers/workerPool.ts';
import { syntheticReport } from './core.ts';

const ms = (t: number) => `${t.toFixed(1).padStart(9)} ms`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(66)} ${value}`);

export async function benchWorkers(): Promise<void> {
  console.log('worker threads (5 MB report)');
  const dir = await mkdtemp(join(tmpdir(), 'iw-bench-workers-'));
  const workers = createWorkerPool({ size: 2 });
  const session = await openProjectSession(join(dir, 'p'), { create: true, owner: 'bench' });
  try {
    const services = createServices(session, { workers });
    const call = <M extends ApiMethod>(m: M, i: ApiInput<M>): Promise<ApiOutput<M>> => callService(services, m, i);
    const text = await syntheticReport();
    await writeFile(join(dir, 'big.txt'), text);

    let t = performance.now();
    await workers.run('defects', { text: 'a', protectedRanges: [] }).result;
    line('start a worker (loading the analysis code)', ms(performance.now() - t));
    t = performance.now();
    const { imported } = await call('docs.importFiles', { paths: [join(dir, 'big.txt')], by: 'bench' });
    const docId = imported[0]!.docId;
    line('import (decoded and details guessed in a worker)', ms(performance.now() - t));

    const doc = await session.document(docId);
    const book = await call('codebook.get', {});
    t = performance.now();
    ANALYSIS_TASKS.suggest({ text: doc.view.text, meta: doc.db.data.document, codebook: book }, () => undefined);
    const inProcess = performance.now() - t;
    line('suggestions analysed in-process (blocks every request meanwhile)', ms(inProcess));

    t = performance.now();
    let done = false;
    const analysis = call('suggestions.list', { docId }).finally(() => (done = true));
    const reads: number[] = [];
    while (!done) {
      const r = performance.now();
      await call('docs.text', { docId });
      reads.push(performance.now() - r);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const viaWorker = performance.now() - t;
    const count = (await analysis).length;
    reads.sort((a, b) => a - b);
    line(`suggestions.list through a worker (${count} suggestions)`, `${ms(viaWorker)} (${(viaWorker / inProcess).toFixed(2)}× in-process)`);
    line(`text reads answered meanwhile: ${reads.length}, median / max`, `${reads[Math.floor(reads.length / 2)]?.toFixed(2) ?? '-'} / ${reads.at(-1)?.toFixed(2) ?? '-'} ms`);

    const running = call('defects.list', { docId, operationId: 'bench-cancel' }).catch((e: unknown) => e);
    for (;;) {
      const [p] = await call('operations.progress', { operationIds: ['bench-cancel'] });
      if (!p || p.step === 'detecting') break;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    t = performance.now();
    await call('operations.cancel', { operationId: 'bench-cancel' });
    await running;
    line('cancel of a running defects analysis until the call answers', ms(performance.now() - t));
  } finally {
    await session.close();
    await workers.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchWorkers();
