import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../../../helpers/runCliInProcess.ts';
import { REPORTS_DIR, tempProject, type TestProject } from '../../../helpers/tempProject.ts';
import { rawCodePoint } from '../../../../shared/text/offsets.ts';

const DOC = 'yangquan-jiaoqu-2023';
const OTHER = 'taiyuan-xinghualing-2023';
const GDP = { docId: DOC, evidence: [{ start: rawCodePoint(122), end: rawCodePoint(133) }], fields: { indicator: '地区生产总值', value: '172.9', unit: '亿元' }, by: 'a' };
let p: TestProject;
let logPath: string;
beforeEach(async () => {
  p = await tempProject();
  await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}${DOC}.txt`], by: 'a' });
  logPath = join(p.dir, 'documents', `${DOC}.audit.jsonl`);
});
afterEach(() => p.dispose());

describe('a damaged line in the middle of an audit log', () => {
  const damage = async () => {
    for (let i = 0; i < 4; i++) await p.call('records.add', GDP);
    await p.session.close();
    const lines = (await readFile(logPath, 'utf8')).split('\n');
    lines[2] = lines[2]!.slice(0, -1); // entry 3 of 5 loses its closing brace
    await writeFile(logPath, lines.join('\n'));
    return lines.join('\n');
  };

  it('opens the document read-only with a message naming the file and line; nothing is rewritten', async () => {
    const damaged = await damage();
    const docFile = await readFile(join(p.dir, 'documents', `${DOC}.json`), 'utf8');
    await p.reopen();
    const summary = await p.call('docs.get', { docId: DOC });
    expect(summary.readOnly).toContain(`${logPath} line 3 is damaged`);
    expect(summary.readOnlyCause).toEqual({ kind: 'damagedLine', file: logPath, line: 3 });
    expect(await p.call('records.list', { docId: DOC })).toHaveLength(4);
    await expect(p.call('records.add', GDP)).rejects.toMatchObject({ code: 'CORRUPT_FILE', message: expect.stringContaining(`${logPath} line 3`) });
    await expect(p.call('history.undo', { docId: DOC, by: 'a' })).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
    await p.session.close();
    expect(await readFile(logPath, 'utf8')).toBe(damaged);
    expect(await readFile(join(p.dir, 'documents', `${DOC}.json`), 'utf8')).toBe(docFile);
    await p.reopen();
  });

  it('a read-only command says so on stderr and changes nothing', async () => {
    const damaged = await damage();
    const r = await runCliInProcess(['records', p.dir, DOC, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(4);
    expect(r.stderr).toContain(`warning: ${logPath} line 3 is damaged`);
    expect(await readFile(logPath, 'utf8')).toBe(damaged);
    await p.reopen();
  });
});

describe('bad input refused at the API boundary, before anything is written', () => {
  it('refuses lone surrogates: two halves sent apart never pair up in the text', async () => {
    await expect(p.call('corrections.add', { docId: DOC, start: rawCodePoint(10), end: rawCodePoint(10), replace: '\ud840', by: 'a' }))
      .rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('replace: contains a lone surrogate') });
    await expect(p.call('corrections.add', { docId: DOC, start: rawCodePoint(10), end: rawCodePoint(10), replace: '\udc00', by: 'a' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(p.call('records.add', { ...GDP, fields: { ...GDP.fields, note: 'x\udc00y' } })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('fields.note') });
    expect(await p.call('corrections.list', { docId: DOC })).toEqual([]);
    // A whole pair is text like any other.
    const c = await p.call('corrections.add', { docId: DOC, start: rawCodePoint(10), end: rawCodePoint(10), replace: '\ud840\udc00', by: 'a' });
    expect(c.after).toBe('𠀀');
  });

  it('refuses ids that every object already has, instead of answering ok and storing nothing', async () => {
    for (const itemId of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      await expect(p.call('dismissals.set', { docId: DOC, itemId, by: 'a' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(p.call('records.setStatus', { recordId: itemId, status: 'verified', by: 'a' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(p.call('checks.dismiss', { findingId: itemId, by: 'a' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
    const history = await p.call('history.list', { docId: DOC });
    expect(history.entries).toHaveLength(1);
  });

  it('refuses to dismiss a consistency finding that does not exist, or to restore one that was not dismissed', async () => {
    await expect(p.call('checks.dismiss', { findingId: 'chk_typo', by: 'a' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'no consistency finding chk_typo in this project' });
    await expect(p.call('checks.dismiss', { findingId: 'chk_typo', dismissed: false, by: 'a' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(JSON.parse(await readFile(join(p.dir, 'project.json'), 'utf8'))).not.toHaveProperty('dismissedChecks');
  });
});

describe('imports and leftovers', () => {
  it('removes temp files a killed import left in sources/ when the project opens', async () => {
    const leftover = join(p.dir, 'sources', `.${'ab'.repeat(32)}.4242.0123456789ab.tmp`);
    await writeFile(leftover, Buffer.alloc(1024 * 1024));
    const userFile = join(p.dir, 'sources', 'notes.tmp');
    await writeFile(userFile, 'mine');
    await p.reopen();
    const names = await readdir(join(p.dir, 'sources'));
    expect(names).not.toContain(leftover.split('/').at(-1));
    expect(names).toContain('notes.tmp');
  });

  it('one corrupt document does not block importing others; duplicates are still found through the index', async () => {
    await p.session.close();
    await writeFile(join(p.dir, 'documents', `${DOC}.json`), '{"schema": 1, "document": {');
    await p.reopen();
    const report = await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}${OTHER}.txt`, `${REPORTS_DIR}${DOC}.txt`], by: 'a' });
    expect(report.imported.map((d) => d.docId)).toEqual([OTHER]);
    expect(report.duplicates).toEqual([{ fileName: `${DOC}.txt`, existingDocId: DOC }]);
    expect(report.failed).toEqual([]);
  });

  it('rebuilds the sha256 index when project.json lacks it', async () => {
    await p.session.close();
    const projectFile = join(p.dir, 'project.json');
    const data = JSON.parse(await readFile(projectFile, 'utf8')) as { sourceIndex?: Record<string, string> };
    expect(Object.values(data.sourceIndex ?? {})).toEqual([DOC]);
    delete data.sourceIndex;
    await writeFile(projectFile, JSON.stringify(data));
    await p.reopen();
    const report = await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}${DOC}.txt`], by: 'a' });
    expect(report.duplicates).toEqual([{ fileName: `${DOC}.txt`, existingDocId: DOC }]);
    expect(Object.values((JSON.parse(await readFile(projectFile, 'utf8')) as { sourceIndex: object }).sourceIndex)).toEqual([DOC]);
  });

  it('an import that fails names the file being imported', async () => {
    await p.session.close();
    // The project's documents folder replaced by a file: writing the new document fails.
    const { rm } = await import('node:fs/promises');
    await rm(join(p.dir, 'documents'), { recursive: true });
    await p.reopen();
    await rm(join(p.dir, 'documents'), { recursive: true });
    await writeFile(join(p.dir, 'documents'), '');
    const report = await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}${OTHER}.txt`], by: 'a' });
    expect(report.failed).toEqual([{
      fileName: `${REPORTS_DIR}${OTHER}.txt`, reason: expect.stringMatching(new RegExp(`^could not import ${REPORTS_DIR}${OTHER}\\.txt: `)),
      // The cause as data (the file that could not be written), for the window to say in the reviewer's language.
      reasonCode: expect.objectContaining({ code: expect.stringMatching(/^file\.cannot/) }),
    }]);
    await rm(join(p.dir, 'documents'));
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(p.dir, 'documents'));
  });
});

describe('one damaged document never stops work on the others', () => {
  it('lists, checks, suggests and verifies in the healthy documents; the export refuses, naming the damaged file', async () => {
    await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}${OTHER}.txt`], by: 'a' });
    const record = await p.call('records.add', GDP);
    // Sorted before the healthy documents, so every project-wide loop meets it first.
    const damaged = join(p.dir, 'documents', 'a-damaged.json');
    await writeFile(damaged, '{"schema": 1, "records": {');

    expect((await p.call('records.list', {})).map((r) => r.id)).toEqual([record.id]);
    expect((await p.call('checks.list', {})).total).toBeGreaterThanOrEqual(0);
    expect((await p.call('suggestions.list', { docId: DOC })).length).toBeGreaterThan(0);
    expect((await p.call('records.setStatus', { recordId: record.id, status: 'verified', by: 'b' })).status).toBe('verified');
    const [listed] = await p.call('docs.list', {});
    expect(listed).toMatchObject({ docId: 'a-damaged', errorReason: { code: 'file.notJson' } });

    // A dataset without one of the project's documents would be wrong without saying so: refused instead.
    await expect(p.call('export.dataset', { format: 'json' })).rejects.toMatchObject({ code: 'CORRUPT_FILE', reason: { code: 'file.notJson', params: { path: damaged } } });
    expect(await readFile(damaged, 'utf8')).toBe('{"schema": 1, "records": {');
  });
});
