import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawCodePoint } from '../../../../shared/text/offsets.ts';
import { cpIndexOf, REPORTS_DIR, tempProject, type TestProject } from '../../../helpers/tempProject.ts';

const DOC = 'yangquan-jiaoqu-2023';
let p: TestProject;
let raw: string;
beforeEach(async () => {
  p = await tempProject();
  await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}${DOC}.txt`], by: 'a' });
  raw = (await p.call('docs.text', { docId: DOC, view: 'raw' })).text;
});
afterEach(() => p.dispose());

/** Records of the report's own statements, one per value found, as a reviewer would mark them. */
async function addRecords(count: number) {
  const ids: string[] = [];
  const values = [...raw.matchAll(/(\d+(?:\.\d+)?) ?亿元/g)].slice(0, count);
  for (const m of values) {
    const start = cpIndexOf(raw, m[0], m.index);
    const record = await p.call('records.add', {
      docId: DOC, evidence: [{ start: rawCodePoint(start), end: rawCodePoint(start + m[0].length) }],
      fields: { indicator: '地区生产总值', region: '', year: 2022, value: m[1]!, unit: '亿元' }, by: 'a',
    });
    ids.push(record.id);
  }
  return ids;
}

describe('record views are kept per record and corrected view', () => {
  it('a save makes a new view of the record it changed and keeps the others; a correction renews them all', async () => {
    const ids = await addRecords(4);
    const first = await p.call('records.list', { docId: DOC });
    expect(first.map((r) => r.id).sort()).toEqual([...ids].sort());

    const edited = await p.call('records.update', { recordId: ids[0]!, fields: { note: 'checked' }, by: 'a' });
    const second = await p.call('records.list', { docId: DOC });
    expect(second.find((r) => r.id === ids[0])).toEqual(edited);
    expect(second.find((r) => r.id === ids[0])!.note).toBe('checked');
    for (const id of ids.slice(1)) expect(second.find((r) => r.id === id)).toBe(first.find((r) => r.id === id));

    // A correction inserted at the start shifts every record's corrected offsets (and raw ones stay).
    await p.call('corrections.add', { docId: DOC, start: rawCodePoint(0), end: rawCodePoint(0), replace: '前言', kind: 'edit', by: 'a' });
    const third = await p.call('records.list', { docId: DOC });
    for (const before of second) {
      const after = third.find((r) => r.id === before.id)!;
      expect(after).not.toBe(before);
      expect(after.evidence[0]!.start).toBe(before.evidence[0]!.start);
      expect(after.evidence[0]!.correctedStart).toBe(before.evidence[0]!.correctedStart + 2);
    }
    // Undoing the correction gives the views of the text without it again.
    await p.call('history.undo', { docId: DOC, by: 'a' });
    expect(await p.call('records.list', { docId: DOC })).toEqual(second);
  });

  it('lists the project by document name, then by where the evidence starts', async () => {
    await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}fujian-2025.txt`], by: 'a' });
    await addRecords(3);
    const fujian = (await p.call('docs.text', { docId: 'fujian-2025', view: 'raw' })).text;
    const m = /(\d+(?:\.\d+)?) ?亿元/.exec(fujian)!;
    const start = cpIndexOf(fujian, m[0], m.index);
    await p.call('records.add', {
      docId: 'fujian-2025', evidence: [{ start: rawCodePoint(start), end: rawCodePoint(start + m[0].length) }],
      fields: { indicator: '地区生产总值', region: '', year: 2024, value: m[1]!, unit: '亿元' }, by: 'a',
    });
    const all = await p.call('records.list', {});
    expect(all.map((r) => r.docId)).toEqual(['fujian-2025', DOC, DOC, DOC]);
    const starts = all.slice(1).map((r) => r.evidence[0]!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
