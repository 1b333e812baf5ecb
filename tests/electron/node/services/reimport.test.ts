import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyExportFiles } from '../../../../electron/node/cli/verifyExportFiles.ts';
import { cpIndexOf, REPORTS_DIR, tempProject, type TestProject } from '../../../helpers/tempProject.ts';
import { rawCodePoint } from '../../../../shared/text/offsets.ts';

const DOC = 'yangquan-jiaoqu-2023';
let p: TestProject;
let dir: string;
let oldText: string;

beforeEach(async () => {
  p = await tempProject();
  dir = await mkdtemp(join(tmpdir(), 'iw-reimport-'));
  await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}${DOC}.txt`], by: 'a' });
  oldText = await readFile(`${REPORTS_DIR}${DOC}.txt`, 'utf8');
});
afterEach(() => p.dispose());

async function record(quote: string, from = 0) {
  const start = cpIndexOf(oldText, quote, from);
  // The figure of the quote; a slogan (“三个一批”) holds none, so its value is marked as differing with a reason.
  const figure = /\d+(?:\.\d+)?/.exec(quote)?.[0];
  const r = await p.call('records.add', {
    docId: DOC, evidence: [{ start: rawCodePoint(start), end: rawCodePoint(start + Array.from(quote).length) }], fields: { indicator: quote.slice(0, 6), value: figure ?? '1' }, by: 'a',
    ...(figure ? {} : { valueDiffers: 'a slogan, no figure' }),
  });
  return (await p.call('records.setStatus', { recordId: r.id, status: 'verified', by: 'b' })).id;
}

/** A "re-OCR'd" copy: a new first line, one figure re-typeset, and the first copy of a duplicated paragraph moved to the end. */
function betterCopy(): string {
  const para = oldText.slice(oldText.indexOf('抓好各项事业发展 加快推进甘河'), oldText.indexOf('郊区职业高级中学新校区建设现场') - 4);
  const first = oldText.indexOf(para);
  let text = oldText.slice(0, first) + oldText.slice(first + para.length) + '\n\n' + para;
  text = text.replace('固定资产投资总额完成 58.2 亿元', '固定资产投资总额完成58.2亿元');
  return '【重新识别版】\n' + text;
}

describe('replacing a document\'s source with a better copy', () => {
  it('carries exact matches over, queues the rest with candidates (ambiguous for duplicated paragraphs), keeps the old version', async () => {
    const gdp = await record('达到 172.9 亿元');
    const invest = await record('固定资产投资总额完成 58.2 亿元');
    const dup = await record('创新开展“三个一批”');
    const typo = cpIndexOf(oldText, '着力聚力');
    const kept = await p.call('corrections.add', { docId: DOC, start: rawCodePoint(typo), end: rawCodePoint(typo + 2), replace: '凝心', kind: 'typo', by: 'c' });
    const at = cpIndexOf(oldText, '58.2 亿元');
    const dropped = await p.call('corrections.add', { docId: DOC, start: rawCodePoint(at - 1), end: rawCodePoint(at), replace: '', kind: 'edit', by: 'c' });

    const file = join(dir, 'jiaoqu-reocr.txt');
    await writeFile(file, betterCopy());
    const report = await p.call('docs.replaceSourceFile', { docId: DOC, path: file, by: 'a' });
    expect(report.keptRecords).toBe(1);
    expect(report.keptCorrections).toBe(1);
    expect(report.droppedCorrections).toEqual([{ id: dropped.id, reason: expect.stringMatching(/changed in the new source/), reasonCode: { code: 'source.correctedTextChanged' } }]);
    const queued = Object.fromEntries(report.queued.map((q) => [q.recordId, q]));
    expect(Object.keys(queued).sort()).toEqual([dup, invest].sort());
    expect(queued[dup]!.spans[0]!.ambiguous).toBe(true);
    expect(queued[dup]!.spans[0]!.candidates.length).toBeGreaterThanOrEqual(2);
    expect(queued[invest]!.spans[0]!.ambiguous).toBe(false);
    expect(queued[invest]!.spans[0]!.candidates[0]!.quote).toBe('固定资产投资总额完成58.2亿元');

    // The carried-over record moved with the text, the old version is in the provenance.
    const newText = (await p.call('docs.text', { docId: DOC })).text;
    const [g] = await p.call('records.list', { docId: DOC });
    expect(g).toMatchObject({ id: gdp, status: 'verified', evidence: [{ start: cpIndexOf(newText, '达到 172.9 亿元'), quote: '达到 172.9 亿元' }] });
    const doc = await p.call('docs.get', { docId: DOC });
    expect(doc.versions.map((v) => v.fileName)).toEqual([`${DOC}.txt`]);
    expect(doc.fileName).toBe(`${DOC}.txt`);
    const corrections = await p.call('corrections.list', { docId: DOC });
    expect(corrections.find((c) => c.id === kept.id)).toMatchObject({ state: 'active', start: typo + Array.from('【重新识别版】\n').length, before: '着力' });
    expect(corrections.find((c) => c.id === dropped.id)).toMatchObject({ state: 'reverted', revertReason: expect.stringMatching(/source replaced/) });

    // A person resolves the queue: one by choosing a candidate, one by discarding.
    const choice = queued[invest]!.spans[0]!.candidates[0]!;
    expect((await p.call('reanchor.resolve', { docId: DOC, recordId: invest, evidence: [{ start: choice.start, end: choice.end }], by: 'a' })).status).toBe('needs_review');
    await p.call('reanchor.discard', { docId: DOC, recordId: dup, by: 'a' });
    expect(await p.call('reanchor.list', { docId: DOC })).toEqual([]);

    // The export verifies against the new source bytes.
    const exported = await p.call('export.dataset', { format: 'json', all: true });
    const out = join(dir, 'dataset.json');
    await writeFile(out, exported.content);
    expect(JSON.parse(exported.content).sources[0].previousVersions).toHaveLength(1);
    expect((await verifyExportFiles(out, [dir])).problems).toEqual([]);
  });

  it('can be undone: the old text, records and corrections come back', async () => {
    const gdp = await record('达到 172.9 亿元');
    const dup = await record('创新开展“三个一批”');
    const file = join(dir, 'jiaoqu-reocr.txt');
    await writeFile(file, betterCopy());
    await p.call('docs.replaceSourceFile', { docId: DOC, path: file, by: 'a' });
    await p.call('history.undo', { docId: DOC, by: 'a' });
    expect((await p.call('docs.text', { docId: DOC })).text).toBe(oldText);
    expect((await p.call('records.list', { docId: DOC })).map((r) => r.id).sort()).toEqual([gdp, dup].sort());
    expect(await p.call('reanchor.list', { docId: DOC })).toEqual([]);
    await p.call('history.redo', { docId: DOC, by: 'a' });
    expect((await p.call('docs.text', { docId: DOC })).text).toBe(betterCopy());
  });

  it('refuses identical bytes and files that cannot be imported', async () => {
    await expect(p.call('docs.replaceSourceFile', { docId: DOC, path: `${REPORTS_DIR}${DOC}.txt`, by: 'a' })).rejects.toThrow(/identical to the current source/);
    await expect(p.call('docs.replaceSourceFile', { docId: DOC, path: join(dir, 'missing.txt'), by: 'a' })).rejects.toThrow(/missing.txt: no such file/);
  });
});
