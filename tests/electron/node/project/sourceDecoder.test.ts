import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openProjectSession, type OpenOptions } from '../../../../electron/node/project/projectSession.ts';
import { callService } from '../../../../electron/node/services/callService.ts';
import { createServices } from '../../../../electron/node/services/createServices.ts';
import { createWorkerPool, type WorkerPool } from '../../../../electron/node/workers/workerPool.ts';
import { FIXTURES_DIR } from '../../../helpers/tempProject.ts';

const ENCODINGS = join(FIXTURES_DIR, 'encodings');
const FILES = ['jiaoqu.utf8.txt', 'jiaoqu.gb18030.txt', 'jiaoqu.utf16be.txt', 'jiaoqu.astral.utf8.txt', 'jiaoqu.utf8-bom.txt'];
const dirs: string[] = [];
const pools: WorkerPool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** A project holding the fixtures in several encodings, and the raw text of each as an in-process open gives it. */
async function projectWithFixtures() {
  const dir = await mkdtemp(join(tmpdir(), 'iw-decode-'));
  dirs.push(dir);
  const session = await openProjectSession(dir, { create: true, owner: 'test', sourceDecoding: { minWorkerBytes: Infinity } });
  const services = createServices(session);
  const report = await callService(services, 'docs.importFiles', { paths: FILES.map((f) => join(ENCODINGS, f)), by: 'a' });
  expect(report.failed).toEqual([]);
  const texts = new Map<string, string>();
  for (const { docId } of report.imported) texts.set(docId, (await callService(services, 'docs.text', { docId, view: 'raw' })).text);
  await session.close();
  return { dir, texts, shaOf: new Map(report.imported.map((d) => [d.docId, d.sha256])) };
}

async function reopen(dir: string, sourceDecoding: OpenOptions['sourceDecoding']) {
  const session = await openProjectSession(dir, { owner: 'test', sourceDecoding });
  return { session, services: createServices(session) };
}

describe('opening a document decodes its source by size: big ones in a worker thread', () => {
  it('gives the same raw text in a worker as in-process, for every encoding', async () => {
    const { dir, texts } = await projectWithFixtures();
    const workers = createWorkerPool({ size: 1 });
    pools.push(workers);
    const { session, services } = await reopen(dir, { workers: () => workers, minWorkerBytes: 0 });
    for (const [docId, text] of texts) {
      expect((await callService(services, 'docs.text', { docId, view: 'raw' })).text, docId).toBe(text);
    }
    expect(workers.started).toBeGreaterThan(0);
    await session.close();
  });

  it('decodes sources under the threshold in-process, starting no worker', async () => {
    const { dir, texts } = await projectWithFixtures();
    const workers = createWorkerPool({ size: 1 });
    pools.push(workers);
    const { session, services } = await reopen(dir, { workers: () => workers });
    for (const [docId, text] of texts) expect((await callService(services, 'docs.text', { docId, view: 'raw' })).text).toBe(text);
    expect(workers.started).toBe(0);
    await session.close();
  });

  it('reports a source changed behind its back from the worker as from the main thread', async () => {
    const { dir, shaOf } = await projectWithFixtures();
    const [docId, sha] = [...shaOf][0]!;
    await writeFile(join(dir, 'sources', sha), 'tampered');
    const workers = createWorkerPool({ size: 1 });
    pools.push(workers);
    const { session, services } = await reopen(dir, { workers: () => workers, minWorkerBytes: 0 });
    await expect(callService(services, 'docs.text', { docId, view: 'raw' })).rejects.toThrow(/was modified: its sha256 is [0-9a-f]{64}, expected/);
    await session.close();
  });

  it('still opens the document in-process when the workers cannot run', async () => {
    const { dir, texts } = await projectWithFixtures();
    const workers = createWorkerPool({ size: 1 });
    await workers.close();
    const { session, services } = await reopen(dir, { workers: () => workers, minWorkerBytes: 0 });
    const [docId, text] = [...texts][0]!;
    expect((await callService(services, 'docs.text', { docId, view: 'raw' })).text).toBe(text);
    await session.close();
  });
});
