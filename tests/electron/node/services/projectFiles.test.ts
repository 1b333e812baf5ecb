import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPORTS_DIR, tempProject, type TestProject } from '../../../helpers/tempProject.ts';
import { rawCodePoint } from '../../../../shared/text/offsets.ts';

const DOC = 'yangquan-jiaoqu-2023';
let p: TestProject;
let docFile: string;
beforeEach(async () => {
  p = await tempProject();
  await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}${DOC}.txt`], by: 'a' });
  docFile = join(p.dir, 'documents', `${DOC}.json`);
});
afterEach(() => p.dispose());

describe('project files on disk', () => {
  it('are human-readable: sorted keys, records keyed by id, a schema version, offsets declared', async () => {
    await p.call('records.add', { docId: DOC, evidence: [{ start: rawCodePoint(122), end: rawCodePoint(133) }], fields: { indicator: '地区生产总值', value: '172.9', unit: '亿元' }, by: 'a' });
    await p.session.close(); // the state file is a checkpoint, written at the latest on close
    const text = await readFile(docFile, 'utf8');
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['corrections', 'dismissed', 'document', 'lastSeq', 'offsetUnit', 'reanchor', 'records', 'schema']);
    expect(data).toMatchObject({ schema: 1, offsetUnit: 'utf16' });
    expect(Object.keys(data.records as object)[0]).toMatch(/^r_/);
    expect(text).toContain('\n  "lastSeq": 2,');
    const log = (await readFile(join(p.dir, 'documents', `${DOC}.audit.jsonl`), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { seq: number; action: string });
    expect(log.map((e) => [e.seq, e.action])).toEqual([[1, 'document.import'], [2, 'record.add']]);
    await p.reopen();
  });

  it('replays log entries past the checkpoint, drops only a torn last line, and undoes them like any other', async () => {
    await p.call('records.add', { docId: DOC, evidence: [{ start: rawCodePoint(122), end: rawCodePoint(133) }], fields: { indicator: 'GDP', value: '172.9', unit: '亿元' }, by: 'a' });
    await p.session.close();
    const logPath = join(p.dir, 'documents', `${DOC}.audit.jsonl`);
    const good = await readFile(logPath, 'utf8');
    const state = JSON.parse(await readFile(docFile, 'utf8')) as { document: { title: string } };
    // A save committed (appended) after the last checkpoint, then a torn line from a save killed mid-append.
    const entry = { seq: 3, at: '', by: 'x', action: 'document.update', summary: 'edited document metadata',
      changes: [{ entity: 'document', id: DOC, before: state.document, after: { ...state.document, title: 'Replayed title' } }] };
    await writeFile(logPath, good + JSON.stringify(entry) + '\n{"seq": 4, "at');
    await p.reopen();
    expect((await p.call('docs.get', { docId: DOC })).title).toBe('Replayed title');
    const history = await p.call('history.list', { docId: DOC });
    expect(history.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(await readFile(logPath, 'utf8')).toBe(good + JSON.stringify(entry) + '\n');
    await p.call('history.undo', { docId: DOC, by: 'a' });
    expect((await p.call('docs.get', { docId: DOC })).title).toBe(state.document.title);
    await p.call('history.undo', { docId: DOC, by: 'a' });
    expect(await p.call('records.list', { docId: DOC })).toEqual([]);
  });

  it('a corrupt document file is reported by path and left untouched', async () => {
    await p.session.close();
    await writeFile(docFile, '{"schema": 1, "records": {');
    await p.reopen();
    await expect(p.call('docs.get', { docId: DOC })).rejects.toThrow(new RegExp(`${DOC}\\.json is not valid JSON.*left untouched`));
    expect(await readFile(docFile, 'utf8')).toBe('{"schema": 1, "records": {');
    const [listed] = await p.call('docs.list', {});
    expect(listed!.error).toMatch(/not valid JSON/);
    // The same reason as data, for the window to say in the reviewer's language.
    expect(listed!.errorReason).toMatchObject({ code: 'file.notJson', params: { path: docFile } });
  });

  it('a file from a newer version is refused, not damaged', async () => {
    await p.session.close();
    const data = JSON.parse(await readFile(docFile, 'utf8')) as { schema: number };
    data.schema = 99;
    await writeFile(docFile, JSON.stringify(data));
    await p.reopen();
    await expect(p.call('docs.get', { docId: DOC })).rejects.toMatchObject({ code: 'UNSUPPORTED_SCHEMA', reason: { code: 'document.newerSchema', params: { schema: 99 } } });
  });

  it('a source file changed behind our back is detected', async () => {
    const sha = (await p.call('docs.get', { docId: DOC })).sha256;
    await p.session.close();
    await writeFile(join(p.dir, 'sources', sha), 'tampered');
    await p.reopen();
    await expect(p.call('docs.text', { docId: DOC })).rejects.toThrow(/was modified: its sha256 is/);
    await expect(p.call('docs.text', { docId: DOC })).rejects.toMatchObject({ reason: { code: 'document.sourceModified', params: { docId: DOC, expected: sha } } });
  });
});
