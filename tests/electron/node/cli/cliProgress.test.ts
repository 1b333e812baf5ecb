import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../../shared/api/contract.ts';
import { describeProgress, withProgress } from '../../../../electron/node/cli/cliProgress.ts';
import { openProjectSession, type ProjectSession } from '../../../../electron/node/project/projectSession.ts';
import { callService } from '../../../../electron/node/services/callService.ts';
import { createServices } from '../../../../electron/node/services/createServices.ts';
import { loadCorpus } from '../../../helpers/corpus.ts';

let dir: string;
let session: ProjectSession;
let direct: <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;
let docId: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iw-cli-progress-'));
  session = await openProjectSession(join(dir, 'p'), { create: true, owner: 'test' });
  const services = createServices(session);
  direct = (method, input) => callService(services, method, input);
  const file = join(dir, 'big.txt');
  await writeFile(file, [...loadCorpus().values()].join('\n').repeat(2));
  docId = (await direct('docs.importFiles', { paths: [file], by: 'a' })).imported[0]!.docId;
}, 60_000);
afterAll(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

describe('CLI progress on stderr', () => {
  it('on a terminal: the step of a long call on one line, cleared when it ends; the result unchanged', async () => {
    const written: string[] = [];
    const call = withProgress(direct, { isTTY: true, write: (t) => written.push(t) }, { afterMs: 0, everyMs: 1 });
    const suggestions = await call('suggestions.list', { docId });
    expect(suggestions).toEqual(await direct('suggestions.list', { docId }));
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(written[0]).toMatch(/^\r\x1b\[Ksuggestions\.list: .+… \d+\.\d s/);
    expect(written.at(-1)).toBe('\r\x1b[K');
    // Short calls that are not long operations never write.
    written.length = 0;
    await call('docs.list', {});
    expect(written).toEqual([]);
  });

  it('never on a pipe or a file', async () => {
    const written: string[] = [];
    const call = withProgress(direct, { isTTY: false, write: (t) => written.push(t) }, { afterMs: 0, everyMs: 1 });
    await call('defects.list', { docId });
    expect(written).toEqual([]);
  });

  it('names the step, the count and how to stop', () => {
    expect(describeProgress({ operationId: 'x', method: 'docs.importFiles', step: 'decoding', done: 1, total: 3, elapsedMs: 1234, cancellable: true }))
      .toBe('docs.importFiles: decoding the file (1/3)… 1.2 s (Ctrl+C stops it, nothing is written)');
  });
});
