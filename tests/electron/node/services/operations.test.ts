import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../../shared/api/contract.ts';
import type { OperationStep } from '../../../../shared/api/operations.ts';
import { openProjectSession, type ProjectSession } from '../../../../electron/node/project/projectSession.ts';
import { callService } from '../../../../electron/node/services/callService.ts';
import { createServices } from '../../../../electron/node/services/createServices.ts';
import { createOperationRegistry } from '../../../../electron/node/services/operations.ts';
import { createWorkerPool } from '../../../../electron/node/workers/workerPool.ts';
import { loadCorpus } from '../../../helpers/corpus.ts';
import { rawCodePoint } from '../../../../shared/text/offsets.ts';

/**
 * Long calls through the one service table: their heavy work runs in worker threads, so a text read is answered
 * while an analysis runs; operations.progress names the step; operations.cancel terminates the worker and the
 * call answers CANCELLED having written nothing. Bounded by work (a big document), never by the clock.
 */
const corpus = loadCorpus();
const bigText = [...corpus.values()].join('\n').repeat(4);
const workers = createWorkerPool({ size: 1 });
afterAll(() => workers.close());

let dir: string;
let session: ProjectSession;
let services: ReturnType<typeof createServices>;
const call = <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => callService(services, method, input);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iw-ops-'));
  session = await openProjectSession(dir, { create: true, owner: 'test' });
  services = createServices(session, { workers });
});
afterEach(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

async function importText(fileName: string, text: string): Promise<string> {
  const path = join(dir, '..', `${dir.split('/').pop()}-${fileName}`);
  await writeFile(path, text);
  const report = await call('docs.importFiles', { paths: [path], by: 'a' });
  await rm(path);
  expect(report.imported).toHaveLength(1);
  return report.imported[0]!.docId;
}

/** Every file of the project (but the lock) by path → sha256 of its bytes. */
async function snapshot(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.name !== '.lock') files[relative(dir, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
    }
  };
  await walk(dir);
  return files;
}

async function untilStep(operationId: string, step: OperationStep): Promise<void> {
  for (;;) {
    const [p] = await call('operations.progress', { operationIds: [operationId] });
    if (!p) throw new Error(`operation ${operationId} ended before reaching ${step}`);
    if (p.step === step) return;
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('long calls run in worker threads', () => {
  it('a text read is answered while an analysis of the same document runs', async () => {
    const docId = await importText('big.txt', bigText);
    const analysis = call('suggestions.list', { docId, operationId: 'suggest-1' });
    await untilStep('suggest-1', 'analysing');
    for (let i = 0; i < 5; i++) {
      const text = await call('docs.text', { docId });
      expect(text.text).toBe(bigText);
      // Answered while the analysis is still at work: in-process, the read would have waited for it to end.
      expect(await call('operations.progress', {})).toMatchObject([{ operationId: 'suggest-1', method: 'suggestions.list', step: 'analysing', cancellable: true }]);
    }
    expect(await call('operations.cancel', { operationId: 'suggest-1' })).toEqual({ operationId: 'suggest-1', cancelled: true });
    await expect(analysis).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await call('operations.progress', {})).toEqual([]);
  }, 120_000);

  it('a request sharing an analysis that another request cancels gets its answer all the same', async () => {
    // Three times the text above: the analysis must outlast the polls that look for its step (the corpus four times
    // is, at times, analysed before they see it now that the analysis is faster).
    const docId = await importText('shared.txt', `${bigText.repeat(3)}\n共享的分析`);
    const first = call('suggestions.list', { docId, operationId: 'first' });
    const second = call('suggestions.list', { docId, operationId: 'second' });
    await untilStep('first', 'analysing');
    expect((await call('operations.cancel', { operationId: 'first' })).cancelled).toBe(true);
    await expect(first).rejects.toMatchObject({ code: 'CANCELLED' });
    expect((await second).length).toBeGreaterThan(50);
  }, 120_000);

  it('cancelling a re-import stops its diff in the worker and leaves the project unchanged', async () => {
    const docId = await importText('doc.txt', bigText);
    const raw = (await call('docs.text', { docId })).text;
    await call('corrections.add', { docId, start: rawCodePoint(0), end: rawCodePoint(0), replace: '前言', by: 'a' });
    const before = await snapshot();
    const startedBefore = workers.started;
    // Every line changed: the exact diff has to compare character by character, a long piece of work.
    const changed = raw.split('\n').map((line, i) => `${i}${line}`).join('\n');
    const base64 = Buffer.from(changed).toString('base64');
    const replacing = call('docs.replaceSourceBytes', { docId, fileName: 'better.txt', base64, by: 'a', operationId: 'reimport-1' });
    await untilStep('reimport-1', 'comparing');
    expect((await call('operations.cancel', { operationId: 'reimport-1' })).cancelled).toBe(true);
    await expect(replacing).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await snapshot()).toEqual(before);
    expect((await call('docs.get', { docId })).versions).toEqual([]);
    // The worker was terminated: the next task starts a new one.
    expect(await call('defects.list', { docId: docId })).toBeInstanceOf(Array);
    expect(workers.started).toBe(startedBefore + 1);
  }, 120_000);

  it('a cancelled import writes no document; unknown ids and finished calls are not cancelled', async () => {
    const before = await snapshot();
    const base64 = Buffer.from(bigText).toString('base64');
    const importing = call('docs.importBytes', { fileName: 'big.txt', base64, by: 'a', operationId: 'import-1' });
    expect((await call('operations.cancel', { operationId: 'import-1' })).cancelled).toBe(true);
    await expect(importing).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await snapshot()).toEqual(before);
    expect(await call('docs.list', {})).toEqual([]);
    expect(await call('operations.cancel', { operationId: 'import-1' })).toEqual({ operationId: 'import-1', cancelled: false });
    expect(await call('operations.cancel', { operationId: 'nobody' })).toEqual({ operationId: 'nobody', cancelled: false });
  });

  it('refuses a cancel once the call writes, and never answers a cancelled call with a result', async () => {
    const registry = createOperationRegistry(() => workers);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const writing = registry.track('docs.importBytes', 'w', async (op) => {
      op.commit();
      await gate;
      return 'written';
    });
    expect(registry.progress()).toMatchObject([{ operationId: 'w', step: 'saving', cancellable: false }]);
    expect(registry.cancel('w')).toBe(false);
    release();
    expect(await writing).toBe('written');

    const reading = registry.track('checks.list', 'r', async () => {
      await new Promise((r) => setTimeout(r, 1));
      return 'findings';
    });
    expect(registry.cancel('r')).toBe(true);
    await expect(reading).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(registry.track('checks.list', 'r2', async () => {
      const again = registry.track('checks.list', 'r2', async () => 1);
      return again;
    })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
