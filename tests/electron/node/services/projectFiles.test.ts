import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPORTS_DIR, tempProject, type TestProject } from '../../../helpers/tempProject.ts';

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
    await p.call('records.add', { docId: DOC, evidence: [{ start: 122, end: 133 }], fields: { indicator: '地区生产总值', value: '172.9', unit: '亿元' }, by: 'a' });
    const text = await readFile(docFile, 'utf8');
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['audit', 'corrections', 'dismissed', 'document', 'offsetUnit', 'records', 'schema']);
    expect(data).toMatchObject({ schema: 1, offsetUnit: 'utf16' });
    expect(Object.keys(data.records as object)[0]).toMatch(/^r_/);
    expect(text).toContain('\n  "audit": [');
  });

  it('a corrupt document file is reported by path and left untouched', async () => {
    await p.session.close();
    await writeFile(docFile, '{"schema": 1, "records": {');
    await p.reopen();
    await expect(p.call('docs.get', { docId: DOC })).rejects.toThrow(new RegExp(`${DOC}\\.json is not valid JSON.*left untouched`));
    expect(await readFile(docFile, 'utf8')).toBe('{"schema": 1, "records": {');
    const [listed] = await p.call('docs.list', {});
    expect(listed!.error).toMatch(/not valid JSON/);
  });

  it('a file from a newer version is refused, not damaged', async () => {
    await p.session.close();
    const data = JSON.parse(await readFile(docFile, 'utf8')) as { schema: number };
    data.schema = 99;
    await writeFile(docFile, JSON.stringify(data));
    await p.reopen();
    await expect(p.call('docs.get', { docId: DOC })).rejects.toMatchObject({ code: 'UNSUPPORTED_SCHEMA' });
  });

  it('a source file changed behind our back is detected', async () => {
    const sha = (await p.call('docs.get', { docId: DOC })).sha256;
    await p.session.close();
    await writeFile(join(p.dir, 'sources', sha), 'tampered');
    await p.reopen();
    await expect(p.call('docs.text', { docId: DOC })).rejects.toThrow(/was modified: its sha256 is/);
  });
});
