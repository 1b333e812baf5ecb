import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpIndexOf, REPORTS_DIR, tempProject, type TestProject } from '../../../helpers/tempProject.ts';
import { correctedCodePoint, rawCodePoint } from '../../../../shared/text/offsets.ts';

const DOC = 'yangquan-jiaoqu-2023';
let p: TestProject;
let raw: string;

beforeEach(async () => {
  p = await tempProject();
  const report = await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}${DOC}.txt`], by: 'alice' });
  expect(report.imported).toHaveLength(1);
  raw = (await p.call('docs.text', { docId: DOC })).text;
});
afterEach(() => p.dispose());

async function addGdpRecords() {
  const gdpQuote = '达到 172.9 亿元';
  const gdpStart = cpIndexOf(raw, gdpQuote);
  const gdp = await p.call('records.add', {
    docId: DOC, evidence: [{ start: rawCodePoint(gdpStart), end: rawCodePoint(gdpStart + gdpQuote.length) }],
    fields: { indicator: '地区生产总值', value: '172.9', unit: '亿元', year: 2022 }, by: 'alice',
  });
  const growthQuote = '规模以上工业增加值同比增长 3.8%';
  const growthStart = cpIndexOf(raw, growthQuote);
  const growth = await p.call('records.add', {
    docId: DOC, evidence: [{ start: rawCodePoint(growthStart), end: rawCodePoint(growthStart + growthQuote.length) }],
    fields: { indicator: '规模以上工业增加值', measure: 'growth', value: '3.8', unit: '%', year: 2022 }, by: 'alice',
  });
  return { gdp, growth, gdpStart, growthStart };
}

describe('records and corrections', () => {
  it('a correction inside one quote sends that record to review; a record further on stays verified and shifts', async () => {
    const { gdp, growth, gdpStart, growthStart } = await addGdpRecords();
    expect(gdp.valueNormalized).toBe('17290000000');
    expect(gdp.baseUnit).toBe('yuan');
    await p.call('records.setStatus', { recordId: gdp.id, status: 'verified', by: 'bob' });
    await p.call('records.setStatus', { recordId: growth.id, status: 'verified', by: 'bob' });

    // Remove the space inside "达到 172.9" (one code point).
    const space = gdpStart + 2;
    const c = await p.call('corrections.add', { docId: DOC, start: rawCodePoint(space), end: rawCodePoint(space + 1), replace: '', kind: 'edit', reason: 'stray space', by: 'carol' });
    expect(c.before).toBe(' ');
    expect(c.affectedRecords).toEqual([{ id: gdp.id, status: 'needs_review' }]);

    const records = await p.call('records.list', { docId: DOC });
    const g = records.find((r) => r.id === gdp.id)!;
    const gr = records.find((r) => r.id === growth.id)!;
    expect(g.status).toBe('needs_review');
    expect(g.review).toEqual({ correctionIds: [c.id], previousStatus: 'verified' });
    expect(g.evidence[0]!.correctedQuote).toBe('达到172.9 亿元');
    expect(g.reviewedText).toEqual(['达到 172.9 亿元']);
    expect(g.corrections).toEqual([c.id]);
    expect(gr.status).toBe('verified');
    expect(gr.evidence[0]).toMatchObject({ start: growthStart, correctedStart: growthStart - 1, correctedQuote: '规模以上工业增加值同比增长 3.8%' });

    const corrected = (await p.call('docs.text', { docId: DOC, view: 'corrected' })).text;
    expect(Array.from(corrected).slice(gr.evidence[0]!.correctedStart, gr.evidence[0]!.correctedEnd).join('')).toBe(gr.evidence[0]!.quote);

    // Reverting the correction restores the words, so the verification holds again.
    const reverted = await p.call('corrections.revert', { correctionId: c.id, by: 'carol' });
    expect(reverted.state).toBe('reverted');
    const after = await p.call('records.list', { docId: DOC });
    expect(after.find((r) => r.id === gdp.id)).toMatchObject({ status: 'verified', verifiedBy: 'bob' });
    expect(after.find((r) => r.id === gdp.id)!.review).toBeUndefined();
  });

  it('a correction deleting the whole evidence orphans the record; it cannot be verified then', async () => {
    const { gdp, gdpStart } = await addGdpRecords();
    const len = Array.from('达到 172.9 亿元').length;
    await p.call('corrections.add', { docId: DOC, start: rawCodePoint(gdpStart - 1), end: rawCodePoint(gdpStart + len + 1), replace: '', kind: 'duplicate', by: 'carol' });
    const r = (await p.call('records.list', { docId: DOC })).find((x) => x.id === gdp.id)!;
    expect(r.status).toBe('orphaned');
    expect(r.evidence[0]!.correctedQuote).toBe('');
    await expect(p.call('records.setStatus', { recordId: gdp.id, status: 'verified', by: 'bob' })).rejects.toThrow(/orphaned/);
  });

  it('a second reviewer can be required', async () => {
    await p.call('project.setSettings', { requireSecondReviewer: true, by: 'alice' });
    const { gdp } = await addGdpRecords();
    await expect(p.call('records.setStatus', { recordId: gdp.id, status: 'verified', by: 'alice' })).rejects.toThrow(/second reviewer/);
    await expect(p.call('records.setStatus', { recordId: gdp.id, status: 'verified', by: 'bob' })).resolves.toMatchObject({ verifiedBy: 'bob' });
  });

  it('edits in the corrected text merge with earlier corrections and revert in order', async () => {
    const at = cpIndexOf(raw, '着力聚力');
    const first = await p.call('corrections.editCorrected', { docId: DOC, correctedFrom: correctedCodePoint(at), correctedTo: correctedCodePoint(at + 2), insert: '凝心', kind: 'typo', by: 'carol' });
    const second = await p.call('corrections.editCorrected', { docId: DOC, correctedFrom: correctedCodePoint(at + 1), correctedTo: correctedCodePoint(at + 4), insert: '心聚力！', kind: 'typo', by: 'carol' });
    expect(second.supersedes).toEqual([first.id]);
    expect((await p.call('docs.text', { docId: DOC, view: 'corrected' })).text).toContain('砥砺奋进开新局 凝心聚力！再出发');
    await expect(p.call('corrections.revert', { correctionId: first.id, by: 'carol' })).rejects.toThrow(/merged into later correction/);
    await p.call('corrections.revert', { correctionId: second.id, by: 'carol' });
    expect((await p.call('docs.text', { docId: DOC, view: 'corrected' })).text).toContain('砥砺奋进开新局 凝心聚力再出发');
  });

  it('refuses an edit made against corrected text that has changed since (another window)', async () => {
    const at = cpIndexOf(raw, '着力聚力');
    await expect(p.call('corrections.editCorrected', { docId: DOC, correctedFrom: correctedCodePoint(at), correctedTo: correctedCodePoint(at + 2), insert: '凝心', expect: '凝心', by: 'c' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(p.call('corrections.editCorrected', { docId: DOC, correctedFrom: correctedCodePoint(at), correctedTo: correctedCodePoint(at + 2), insert: '凝心', expect: '着力', by: 'c' })).resolves.toMatchObject({ after: '凝心' });
  });

  it('rejects offsets outside the text and invalid payloads with clear messages', async () => {
    await expect(p.call('records.add', { docId: DOC, evidence: [{ start: rawCodePoint(5), end: rawCodePoint(999999) }], fields: { indicator: 'x', value: '1' }, by: 'a' })).rejects.toThrow(/outside the text/);
    await expect(p.call('records.add', { docId: DOC, evidence: [{ start: rawCodePoint(5), end: rawCodePoint(5) }], fields: { indicator: 'x', value: '1' }, by: 'a' })).rejects.toThrow(/non-empty/);
    await expect(p.call('records.add', { docId: DOC, evidence: [{ start: 1, end: 5 }], fields: { indicator: '', value: '1' }, by: 'a' } as never)).rejects.toThrow(/indicator is required/);
    await expect(p.call('records.setStatus', { recordId: 'r_nope', status: 'verified', by: 'a' })).rejects.toThrow(/no record r_nope/);
    await expect(p.call('docs.get', { docId: '../etc' })).rejects.toThrow(/no document/);
  });
});

describe('bulk status changes', () => {
  it('are one undo step per document, and refusals are reported per record', async () => {
    await p.call('project.setSettings', { requireSecondReviewer: true, by: 'alice' });
    const { gdp, growth } = await addGdpRecords();
    const investQuote = '固定资产投资总额完成 58.2 亿元';
    const investStart = cpIndexOf(raw, investQuote);
    const mine = await p.call('records.add', { docId: DOC, evidence: [{ start: rawCodePoint(investStart), end: rawCodePoint(investStart + investQuote.length) }], fields: { indicator: '固定资产投资', value: '58.2', unit: '亿元' }, by: 'bob' });
    const result = await p.call('records.setStatusMany', { recordIds: [gdp.id, growth.id, mine.id, 'r_missing'], status: 'verified', by: 'bob' });
    expect(result.changed.map((r) => r.id).sort()).toEqual([gdp.id, growth.id].sort());
    expect(result.refused.map((r) => r.recordId).sort()).toEqual([mine.id, 'r_missing'].sort());
    expect(result.refused.find((r) => r.recordId === mine.id)!.reason).toMatch(/second reviewer/);
    const history = await p.call('history.list', { docId: DOC });
    expect(history.entries.at(-1)).toMatchObject({ action: 'record.bulk-verify', summary: 'verified 2 records' });
    await p.call('history.undo', { docId: DOC, by: 'bob' });
    expect((await p.call('records.list', { docId: DOC })).every((r) => r.status === 'draft')).toBe(true);
  });
});

describe('editing a record', () => {
  it('changes only the fields given, and a verified record needs verifying again', async () => {
    const { gdp } = await addGdpRecords();
    await p.call('records.setStatus', { recordId: gdp.id, status: 'verified', by: 'bob' });
    const edited = await p.call('records.update', { recordId: gdp.id, fields: { value: '172.90' }, by: 'alice' });
    expect(edited).toMatchObject({ value: '172.90', unit: '亿元', year: 2022, indicator: '地区生产总值', status: 'draft', verifiedBy: null, valueNormalized: '17290000000' });
  });
});

describe('undo, redo and the audit log', () => {
  it('undoes and redoes every action, and the history survives reopening the project', async () => {
    const { gdp } = await addGdpRecords();
    await p.call('records.setStatus', { recordId: gdp.id, status: 'verified', by: 'bob' });
    const h1 = await p.call('history.undo', { docId: DOC, by: 'bob' });
    expect(h1.canRedo).toBe(true);
    expect((await p.call('records.list', { docId: DOC })).find((r) => r.id === gdp.id)!.status).toBe('draft');

    await p.reopen();
    const h2 = await p.call('history.redo', { docId: DOC, by: 'bob' });
    expect(h2.redoSummary).toBeNull();
    expect((await p.call('records.list', { docId: DOC })).find((r) => r.id === gdp.id)!.status).toBe('verified');

    const entries = (await p.call('history.list', { docId: DOC })).entries;
    expect(entries.map((e) => e.action)).toEqual(['document.import', 'record.add', 'record.add', 'record.verify', 'undo', 'redo']);
    expect(entries.every((e) => e.by && e.at)).toBe(true);

    // Undo all the way, then nothing is left to undo.
    for (let i = 0; i < 3; i++) await p.call('history.undo', { docId: DOC, by: 'bob' });
    expect(await p.call('records.list', { docId: DOC })).toEqual([]);
    await expect(p.call('history.undo', { docId: DOC, by: 'bob' })).rejects.toThrow(/nothing to undo/);
  });

  it('a new action clears the redo stack', async () => {
    const { gdp } = await addGdpRecords();
    await p.call('history.undo', { docId: DOC, by: 'a' });
    await p.call('records.setStatus', { recordId: gdp.id, status: 'rejected', by: 'a' });
    expect((await p.call('history.list', { docId: DOC })).canRedo).toBe(false);
  });
});
