import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpIndexOf, REPORTS_DIR, tempProject, type TestProject } from '../../../helpers/tempProject.ts';
import { rawCodePoint } from '../../../../shared/text/offsets.ts';

let p: TestProject;
beforeEach(async () => {
  p = await tempProject();
  await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}yangquan-jiaoqu-2023.txt`], by: 'a' });
});
afterEach(() => p.dispose());

describe('plausibility findings through the service table', () => {
  it('lists a level/growth contradiction with a reason naming the document, and dismisses it like any finding', async () => {
    const docId = 'yangquan-jiaoqu-2023';
    const text = (await p.call('docs.text', { docId })).text;
    const at = cpIndexOf(text, '达到 172.9 亿元');
    const evidence = [{ start: rawCodePoint(at), end: rawCodePoint(at + 11) }];
    const base = { indicator: '地区生产总值', region: '郊区', kind: 'actual', measure: 'level', unit: '亿元' } as const;
    await p.call('records.add', { docId, evidence, fields: { ...base, year: 2022, value: '172.9' }, by: 'alice' });
    await p.call('records.add', { docId, evidence, fields: { ...base, year: 2021, value: '100' }, by: 'alice', valueDiffers: 'planted' });
    await p.call('records.add', { docId, evidence, fields: { ...base, year: 2022, value: '5', unit: '%', measure: 'growth' }, by: 'alice', valueDiffers: 'planted' });

    const found = (await p.call('checks.list', {})).findings.filter((f) => f.type === 'level_growth');
    expect(found).toHaveLength(1);
    const title = (await p.call('docs.list', {}))[0]!.title;
    expect(found[0]!.reason).toMatchObject({ code: 'check.levelGrowth.mismatchAtCurrentPrices', params: { document: title, value: '172.9 亿元', previousValue: '100 亿元' } });

    await p.call('checks.dismiss', { findingId: found[0]!.id, by: 'bob' });
    expect((await p.call('checks.list', {})).findings.map((f) => f.id)).not.toContain(found[0]!.id);
    expect((await p.call('checks.list', { includeDismissed: true })).findings.find((f) => f.id === found[0]!.id)?.dismissed).toBe(true);
  });
});
