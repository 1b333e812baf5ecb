import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyExportFiles } from '../../../../electron/node/cli/verifyExportFiles.ts';
import type { Dataset } from '../../../../shared/export/dataset.ts';
import { cpIndexOf, FIXTURES_DIR, REPORTS_DIR, tempProject, type TestProject } from '../../../helpers/tempProject.ts';
import { rawCodePoint } from '../../../../shared/text/offsets.ts';

let p: TestProject;
let sources: string;
beforeEach(async () => {
  p = await tempProject();
  sources = join(p.dir, 'export-sources');
  await mkdir(sources);
  for (const f of ['yangquan-jiaoqu-2023.txt', 'yangquan-city-2024.txt']) await copyFile(`${REPORTS_DIR}${f}`, join(sources, f));
  await copyFile(`${FIXTURES_DIR}encodings/jiaoqu.astral.gb18030.txt`, join(sources, 'astral.txt'));
  await p.call('docs.importFiles', { paths: ['yangquan-jiaoqu-2023.txt', 'yangquan-city-2024.txt', 'astral.txt'].map((f) => join(sources, f)), by: 'a' });
});
afterEach(() => p.dispose());

async function buildExport(): Promise<{ path: string; dataset: Dataset }> {
  for (const docId of ['yangquan-jiaoqu-2023', 'astral']) {
    const text = (await p.call('docs.text', { docId })).text;
    const s = cpIndexOf(text, '达到 172.9 亿元');
    const r = await p.call('records.add', { docId, evidence: [{ start: rawCodePoint(s), end: rawCodePoint(s + 11) }], fields: { indicator: '地区生产总值', value: '172.9', unit: '亿元' }, by: 'alice' });
    await p.call('records.setStatus', { recordId: r.id, status: 'verified', by: 'bob' });
    await p.call('corrections.add', { docId, start: rawCodePoint(s + 2), end: rawCodePoint(s + 3), replace: '', kind: 'edit', reason: 'space', by: 'carol' });
    await p.call('corrections.add', { docId, start: rawCodePoint(0), end: rawCodePoint(0), replace: '【标题】', kind: 'edit', by: 'carol' });
    const r2 = await p.call('records.add', { docId, evidence: [{ start: rawCodePoint(s + 14), end: rawCodePoint(s + 20) }], fields: { indicator: 'x', value: '=1+2', unit: '' }, by: 'alice', valueDiffers: 'a formula, to test CSV escaping' });
    await p.call('records.setStatus', { recordId: r2.id, status: 'verified', by: 'bob' });
  }
  const result = await p.call('export.dataset', { format: 'json', all: true });
  const path = join(p.dir, 'dataset.json');
  await writeFile(path, result.content);
  return { path, dataset: JSON.parse(result.content) as Dataset };
}

describe('export with provenance', () => {
  it('carries the contract fields, code-point offsets and the corrections touching each record', async () => {
    const { dataset } = await buildExport();
    expect(dataset).toMatchObject({ offsetUnit: 'codepoint', generator: { name: 'indicator-workbench' } });
    expect(dataset.sources.map((s) => s.encoding).sort()).toEqual(['gb18030', 'utf-8', 'utf-8']);
    const rec = dataset.records.find((r) => r.docId === 'astral' && r.indicator === '地区生产总值')!;
    expect(rec.status).toBe('needs_review');
    expect(rec.corrections).toHaveLength(1);
    expect(rec.evidence[0]).toMatchObject({ quote: '达到 172.9 亿元', correctedQuote: '达到172.9 亿元' });
    for (const key of ['id', 'docId', 'indicator', 'region', 'year', 'kind', 'measure', 'value', 'unit', 'qualifier', 'valueNormalized', 'status', 'createdBy', 'createdAt', 'verifiedBy', 'verifiedAt', 'evidence', 'corrections']) {
      expect(rec).toHaveProperty(key);
    }
    for (const c of dataset.corrections) expect(Object.keys(c).sort()).toEqual(['after', 'at', 'author', 'before', 'docId', 'end', 'id', 'kind', 'reason', 'start']);
  });

  it('exports verified records only by default, and CSV with a BOM and formula escaping', async () => {
    await buildExport();
    const json = JSON.parse((await p.call('export.dataset', { format: 'json' })).content) as Dataset;
    expect(json.records.every((r) => r.status === 'verified')).toBe(true);
    expect(json.records).toHaveLength(2);
    const csv = (await p.call('export.dataset', { format: 'csv', all: true })).content;
    expect(csv.startsWith('\uFEFFid,docId,')).toBe(true);
    expect(csv).toContain(",'=1+2,");
    expect(csv.split('\r\n').length).toBe(4 + 2);
  });

  it('verify-export passes on the export and fails on a tampered source or a shifted span', async () => {
    const { path, dataset } = await buildExport();
    const ok = await verifyExportFiles(path, [sources]);
    expect(ok.problems).toEqual([]);
    expect(ok.checked).toMatchObject({ sources: 3, records: 4, spans: 4, corrections: 4 });

    const shifted = structuredClone(dataset);
    const moved = shifted.records[0]!.evidence[0]!;
    moved.start = rawCodePoint(moved.start + 1);
    moved.end = rawCodePoint(moved.end + 1);
    await writeFile(path, JSON.stringify(shifted));
    const bad = await verifyExportFiles(path, [sources]);
    expect(bad.ok).toBe(false);
    expect(bad.problems[0]!.message).toMatch(/does not match the raw text/);

    const badCorrection = structuredClone(dataset);
    badCorrection.corrections[0]!.before = 'X';
    await writeFile(path, JSON.stringify(badCorrection));
    expect((await verifyExportFiles(path, [sources])).problems[0]!.message).toMatch(/"before" does not match/);

    await writeFile(path, JSON.stringify(dataset));
    const text = await readFile(join(sources, 'yangquan-jiaoqu-2023.txt'), 'utf8');
    await writeFile(join(sources, 'yangquan-jiaoqu-2023.txt'), text.replace('172.9', '179.2'));
    const tampered = await verifyExportFiles(path, [sources]);
    expect(tampered.ok).toBe(false);
    expect(tampered.problems.map((x) => x.message).join('\n')).toMatch(/sha256 is/);
  });
});
