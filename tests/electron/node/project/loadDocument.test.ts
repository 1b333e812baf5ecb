import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKPOINT_OPTIONS } from '../../../../electron/node/project/documentCheckpoint.ts';
import { loadDocument } from '../../../../electron/node/project/loadDocument.ts';
import { projectLayout } from '../../../../electron/node/project/projectLayout.ts';
import { openProjectSession } from '../../../../electron/node/project/projectSession.ts';
import type { SourceDecoder } from '../../../../electron/node/project/sourceDecoder.ts';
import { readStoredSource, type StoredSourceInput } from '../../../../electron/node/project/storedSource.ts';
import { callService } from '../../../../electron/node/services/callService.ts';
import { createServices } from '../../../../electron/node/services/createServices.ts';
import { FIXTURES_DIR } from '../../../helpers/tempProject.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** A project with one GB18030 report, closed again; its docId, sha256 and raw text. */
async function projectWithOneReport() {
  const dir = await mkdtemp(join(tmpdir(), 'iw-load-'));
  dirs.push(dir);
  const session = await openProjectSession(dir, { create: true, owner: 'test' });
  const services = createServices(session);
  const report = await callService(services, 'docs.importFiles', { paths: [join(FIXTURES_DIR, 'encodings', 'jiaoqu.gb18030.txt')], by: 'a' });
  const { docId, sha256 } = report.imported[0]!;
  const text = (await callService(services, 'docs.text', { docId, view: 'raw' })).text;
  await session.close();
  return { layout: projectLayout(dir), docId, sha256, text };
}

/** A decoder that reads in-process and remembers what it was asked for. */
function countingDecoder(): { decode: SourceDecoder; asked: StoredSourceInput[] } {
  const asked: StoredSourceInput[] = [];
  return { asked, decode: (input) => (asked.push(input), readStoredSource(input)) };
}

const options = { ...DEFAULT_CHECKPOINT_OPTIONS, onError: () => undefined };

describe('loadDocument reads the source while the checkpoint is parsed when it knows which source it is', () => {
  it('decodes the likely source once, its encoding found from the bytes, and keeps it when the state names it', async () => {
    const { layout, docId, sha256, text } = await projectWithOneReport();
    const { decode, asked } = countingDecoder();
    const doc = await loadDocument(layout, docId, options, decode, sha256);
    expect(doc.raw).toBe(text);
    expect(asked.map((a) => a.encoding)).toEqual(['sniff']);
    doc.checkpoint.dispose();
  });

  it('decodes the source the state names when the guess was another one, and without a guess', async () => {
    const { layout, docId, sha256, text } = await projectWithOneReport();
    const wrong = countingDecoder();
    const guessed = await loadDocument(layout, docId, options, wrong.decode, 'f'.repeat(64));
    expect(guessed.raw).toBe(text);
    expect(wrong.asked.map((a) => [a.sha256, a.encoding])).toEqual([['f'.repeat(64), 'sniff'], [sha256, 'gb18030']]);
    guessed.checkpoint.dispose();

    const none = countingDecoder();
    const plain = await loadDocument(layout, docId, options, none.decode);
    expect(plain.raw).toBe(text);
    expect(none.asked.map((a) => a.encoding)).toEqual(['gb18030']);
    plain.checkpoint.dispose();
  });

  it('the project session guesses from its source index', async () => {
    const { layout, docId, text } = await projectWithOneReport();
    const session = await openProjectSession(layout.dir, { owner: 'test' });
    expect((await session.document(docId)).raw).toBe(text);
    await session.close();
  });
});
