import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpIndexOf, FIXTURES_DIR, REPORTS_DIR, tempProject, type TestProject } from '../../../helpers/tempProject.ts';
import { sha256Hex } from '../../../../electron/node/project/sha256.ts';
import { rawCodePoint } from '../../../../shared/text/offsets.ts';

const ENC = `${FIXTURES_DIR}encodings/`;
let p: TestProject;
beforeEach(async () => { p = await tempProject(); });
afterEach(() => p.dispose());

describe('import', () => {
  it('imports the sample reports with guessed, editable metadata and keeps the bytes', async () => {
    const names = ['taiyuan-xinghualing-2023', 'yangquan-city-2024', 'yangquan-jiaoqu-2023'];
    const report = await p.call('docs.importFiles', { paths: names.map((n) => `${REPORTS_DIR}${n}.txt`), by: 'alice' });
    expect(report.failed).toEqual([]);
    expect(report.imported.map((d) => d.docId)).toEqual(names);
    const jiaoqu = report.imported[2]!;
    expect(jiaoqu).toMatchObject({ title: '2023年阳泉市郊区政府工作报告', yearsReviewed: [2022], yearsPlanned: [2023], encoding: 'utf-8' });
    const bytes = await readFile(`${REPORTS_DIR}yangquan-jiaoqu-2023.txt`);
    expect(jiaoqu.sha256).toBe(sha256Hex(bytes));
    expect(await readFile(join(p.dir, 'sources', jiaoqu.sha256))).toEqual(bytes);
    expect((await p.call('docs.text', { docId: jiaoqu.docId })).text).toBe(bytes.toString('utf8'));

    const edited = await p.call('docs.updateMeta', { docId: jiaoqu.docId, region: '山西省阳泉市郊区', by: 'alice' });
    expect(edited.region).toBe('山西省阳泉市郊区');
    await p.reopen();
    expect((await p.call('docs.get', { docId: jiaoqu.docId })).region).toBe('山西省阳泉市郊区');
  });

  it('reports identical bytes instead of importing them twice', async () => {
    await p.call('docs.importFiles', { paths: [`${ENC}jiaoqu.utf8.txt`], by: 'a' });
    const again = await p.call('docs.importFiles', { paths: [`${ENC}jiaoqu.utf8.txt`], by: 'a' });
    expect(again.imported).toEqual([]);
    expect(again.duplicates).toEqual([{ fileName: 'jiaoqu.utf8.txt', existingDocId: 'jiaoqu.utf8' }]);
    expect((await p.call('docs.list', {})).length).toBe(1);
  });

  it('gives the same quotes at the same code-point offsets whatever the encoding', async () => {
    const files = ['utf8', 'utf8-bom', 'utf16le', 'utf16be', 'gb18030'].map((e) => `${ENC}jiaoqu.${e}.txt`);
    const report = await p.call('docs.importFiles', { paths: files, by: 'a' });
    expect(report.imported.map((d) => d.encoding)).toEqual(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030']);
    const quote = '达到 172.9 亿元';
    const texts = await Promise.all(report.imported.map((d) => p.call('docs.text', { docId: d.docId })));
    const start = cpIndexOf(texts[0]!.text, quote);
    for (const d of report.imported) {
      const r = await p.call('records.add', { docId: d.docId, evidence: [{ start: rawCodePoint(start), end: rawCodePoint(start + 11) }], fields: { indicator: 'GDP', value: '172.9', unit: '亿元' }, by: 'a' });
      expect(r.evidence[0]!.quote).toBe(quote);
    }
  });

  it('counts offsets in code points when the text holds characters outside the BMP', async () => {
    const report = await p.call('docs.importFiles', { paths: [`${ENC}jiaoqu.utf8.txt`, `${ENC}jiaoqu.astral.gb18030.txt`, `${ENC}jiaoqu.astral.utf16le.txt`], by: 'a' });
    const [plain, astralGb, astral16] = report.imported;
    expect(astralGb!.length).toBe(plain!.length + 1);
    const plainText = (await p.call('docs.text', { docId: plain!.docId })).text;
    const start = cpIndexOf(plainText, '达到 172.9 亿元');
    for (const d of [astralGb!, astral16!]) {
      const r = await p.call('records.add', { docId: d.docId, evidence: [{ start: rawCodePoint(start + 1), end: rawCodePoint(start + 12) }], fields: { indicator: 'GDP', value: '172.9', unit: '亿元' }, by: 'a' });
      expect(r.evidence[0]!.quote).toBe('达到 172.9 亿元');
    }
    const head = await p.call('records.add', { docId: astral16!.docId, evidence: [{ start: rawCodePoint(0), end: rawCodePoint(1) }], fields: { indicator: 'x', value: '1' }, by: 'a', valueDiffers: 'the quote is a name, not a figure' });
    expect(head.evidence[0]!.quote).toBe('𠀀');
  });

  it('keeps CRLF as it is', async () => {
    const report = await p.call('docs.importFiles', { paths: [`${ENC}jiaoqu.crlf.txt`], by: 'a' });
    expect((await p.call('docs.text', { docId: report.imported[0]!.docId })).text).toContain('\r\n');
  });

  it('refuses bad input by name and reason, imports the rest of the batch, and leaves nothing half-imported', async () => {
    const dir = join(p.dir, '..', `iw-bad-${Date.now()}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'photo.png'), await readFile(`${ENC}image.txt`));
    await writeFile(join(dir, 'big.txt'), Buffer.alloc(50 * 1024 * 1024 + 1, 0x61));
    const report = await p.call('docs.importFiles', {
      paths: [`${ENC}empty.txt`, `${ENC}binary.txt`, `${ENC}image.txt`, join(dir, 'photo.png'), dir, join(dir, 'missing.txt'), join(dir, 'big.txt'), `${ENC}jiaoqu.utf8.txt`],
      by: 'a',
    });
    expect(report.imported.map((d) => d.docId)).toEqual(['jiaoqu.utf8']);
    const reasons = Object.fromEntries(report.failed.map((f) => [f.fileName.split('/').pop(), f.reason]));
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['binary.txt']).toMatch(/NUL|binary/);
    expect(reasons['image.txt']).toBe('it is a PNG file, not a text file');
    expect(reasons['photo.png']).toMatch(/only .txt and .md/);
    expect(reasons[dir.split('/').pop()!]).toMatch(/directory/);
    expect(reasons['missing.txt']).toMatch(/no such file/);
    expect(reasons['big.txt']).toMatch(/over the 50 MB limit/);
    // Each reason also as data, so the window says it in the reviewer's language.
    const codes = Object.fromEntries(report.failed.map((f) => [f.fileName.split('/').pop(), f.reasonCode?.code]));
    expect(codes).toEqual({
      'empty.txt': 'source.empty', 'binary.txt': 'source.nulBytes', 'image.txt': 'source.binary', 'photo.png': 'source.extension',
      [dir.split('/').pop()!]: 'source.directory', 'missing.txt': 'source.noSuchFile', 'big.txt': 'source.tooLarge',
    });
    expect((await readdir(join(p.dir, 'documents'))).sort()).toEqual(['jiaoqu.utf8.audit.jsonl', 'jiaoqu.utf8.json']);
    expect((await readdir(join(p.dir, 'sources'))).length).toBe(1);
  });
});
