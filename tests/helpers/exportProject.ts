import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { cpIndexOf, FIXTURES_DIR, REPORTS_DIR, tempProject, type TestProject } from './tempProject.ts';
import { rawCodePoint, type RawCodePoint, type Span } from '../../shared/text/offsets.ts';

/**
 * A project worth exporting: a UTF-8 report and a GB18030 one with 𠀀 before the evidence (so code points and
 * UTF-16 differ), verified records including a negative growth rate, a text value that looks like a formula,
 * a record with two evidence spans, and corrections (one touching a record).
 */
export interface ExportProject {
  p: TestProject;
  /** Folder holding copies of the imported source files. */
  sources: string;
}

export async function exportProject(): Promise<ExportProject> {
  const p = await tempProject();
  const sources = join(p.dir, 'export-sources');
  await mkdir(sources);
  await copyFile(`${REPORTS_DIR}yangquan-jiaoqu-2023.txt`, join(sources, 'jiaoqu.txt'));
  await copyFile(`${FIXTURES_DIR}encodings/jiaoqu.astral.gb18030.txt`, join(sources, 'astral.txt'));
  await p.call('docs.importFiles', { paths: ['jiaoqu.txt', 'astral.txt'].map((f) => join(sources, f)), by: 'alice' });
  for (const docId of ['jiaoqu', 'astral']) {
    const text = (await p.call('docs.text', { docId })).text;
    const gdpAt = cpIndexOf(text, '达到 172.9 亿元');
    const verified = async (start: number, end: number, fields: { indicator: string; value: string; unit: string; measure?: 'growth' }, more: Span<RawCodePoint>[] = []) => {
      // Values these spans do not state are kept on purpose (valueDiffers): the test is about the formats.
      const differs = Array.from(text).slice(start, end).join('').includes(fields.value) ? {} : { valueDiffers: 'planted for the export tests' };
      const r = await p.call('records.add', { docId, evidence: [{ start: rawCodePoint(start), end: rawCodePoint(end) }, ...more], fields: { year: 2022, ...fields }, by: 'alice', ...differs });
      await p.call('records.setStatus', { recordId: r.id, status: 'verified', by: 'bob' });
      return r;
    };
    await verified(gdpAt, gdpAt + 11, { indicator: '地区生产总值', value: '172.9', unit: '亿元' });
    await verified(gdpAt + 14, gdpAt + 20, { indicator: '工业增加值增速', value: '-3.5', unit: '%', measure: 'growth' }, [{ start: rawCodePoint(gdpAt + 30), end: rawCodePoint(gdpAt + 34) }]);
    await verified(gdpAt + 40, gdpAt + 44, { indicator: 'x', value: '=1+2', unit: '' });
    await p.call('corrections.add', { docId, start: rawCodePoint(gdpAt + 2), end: rawCodePoint(gdpAt + 3), replace: '', kind: 'edit', reason: 'stray space', by: 'carol' });
    await p.call('corrections.add', { docId, start: rawCodePoint(0), end: rawCodePoint(0), replace: '【标题】', kind: 'edit', by: 'carol' });
  }
  return { p, sources };
}

/** The raw text of a source file as an independent reader sees it: TextDecoder, BOM dropped, as code points. */
export function codePointsOf(bytes: Uint8Array, encoding: string): string[] {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  return Array.from(new TextDecoder(label).decode(bytes));
}
