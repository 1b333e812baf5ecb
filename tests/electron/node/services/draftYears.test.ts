import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpIndexOf, tempProject, type TestProject } from '../../../helpers/tempProject.ts';
import { rawCodePoint } from '../../../../shared/text/offsets.ts';

// A report written for this test: no dateline, no headings with years, so the years come from the file name.
const TEXT = '各位代表：\n现在，我代表青河县人民政府向大会报告工作。\n过去一年，全县地区生产总值增长6.5%。\n今年的主要预期目标是：地区生产总值增长6%左右。\n';
const DOC = 'qinghe-2025';
let p: TestProject;

beforeEach(async () => {
  p = await tempProject();
  const report = await p.call('docs.importBytes', { fileName: `${DOC}.txt`, base64: Buffer.from(TEXT).toString('base64'), by: 'alice' });
  expect(report.imported).toHaveLength(1);
});
afterEach(() => p.dispose());

async function addRecord(quote: string, kind: 'actual' | 'target', year: number) {
  const start = cpIndexOf(TEXT, quote);
  return p.call('records.add', {
    docId: DOC, evidence: [{ start: rawCodePoint(start), end: rawCodePoint(start + quote.length) }],
    fields: { indicator: '地区生产总值', measure: 'growth', value: quote.match(/[\d.]+/)![0], unit: '%', kind, year }, by: 'alice',
  });
}

describe('document details at import', () => {
  it('stores each guess with its evidence line and sureness, and returns it in the summary', async () => {
    const doc = await p.call('docs.get', { docId: DOC });
    expect(doc).toMatchObject({ region: '青河县', yearsReviewed: [2024], yearsPlanned: [2025] });
    expect(doc.detailGuesses!.yearsPlanned).toMatchObject({ sureness: 'unsure', reason: { code: 'details.yearsPlanned.fileName' } });
    const region = doc.detailGuesses!.region.evidence!;
    expect(region.text).toBe('现在，我代表青河县人民政府向大会报告工作。');
    expect([...TEXT].slice(region.start, region.end).join('')).toBe(region.text);
    expect(doc.detailsConfirmed).toBeUndefined();

    const confirmed = await p.call('docs.updateMeta', { docId: DOC, yearsPlanned: [2026], confirmDetails: true, by: 'bob' });
    expect(confirmed).toMatchObject({ yearsPlanned: [2026], detailsConfirmed: { by: 'bob' } });
    const history = await p.call('history.list', { docId: DOC });
    expect(JSON.stringify(history)).toContain('corrected and confirmed document details');
  });
});

describe('records.updateDraftYears', () => {
  it('moves drafts carrying the old years, never a verified record, in one undoable step', async () => {
    const actual = await addRecord('增长6.5%', 'actual', 2024);
    const target = await addRecord('增长6%', 'target', 2025);
    const verified = await addRecord('地区生产总值增长6.5%', 'actual', 2024);
    const other = await addRecord('生产总值增长6.5%', 'actual', 2020);
    await p.call('records.setStatus', { recordId: verified.id, status: 'verified', by: 'bob' });

    await p.call('docs.updateMeta', { docId: DOC, yearsReviewed: [2025], yearsPlanned: [2026], by: 'bob' });
    const changes = [{ kind: 'actual' as const, from: 2024, to: 2025 }, { kind: 'target' as const, from: 2025, to: 2026 }];
    const offer = await p.call('records.updateDraftYears', { docId: DOC, changes, by: 'bob', dryRun: true });
    expect(offer).toEqual({ recordIds: expect.arrayContaining([actual.id, target.id]), applied: false });
    expect(offer.recordIds).toHaveLength(2);
    const unchanged = await p.call('records.list', { docId: DOC });
    expect(unchanged.find((r) => r.id === actual.id)!.year).toBe(2024);

    const done = await p.call('records.updateDraftYears', { docId: DOC, changes, by: 'bob' });
    expect(done.applied).toBe(true);
    const years = async () => Object.fromEntries((await p.call('records.list', { docId: DOC })).map((r) => [r.id, r.year]));
    expect(await years()).toEqual({ [actual.id]: 2025, [target.id]: 2026, [verified.id]: 2024, [other.id]: 2020 });

    // One undo step puts every moved draft back; the metadata edit before it stays.
    await p.call('history.undo', { docId: DOC, by: 'bob' });
    expect(await years()).toEqual({ [actual.id]: 2024, [target.id]: 2025, [verified.id]: 2024, [other.id]: 2020 });
    expect((await p.call('docs.get', { docId: DOC })).yearsPlanned).toEqual([2026]);
  });
});
