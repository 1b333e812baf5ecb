import { describe, expect, it } from 'vitest';
import { checkConsistency, checkPlausibility, checksPage, NAMED_RECORDS_LIMIT, type CheckedRecord } from '../../../shared/checks/index.ts';
import { checkedRecord } from '../../helpers/checkedRecord.ts';

const record = checkedRecord;
const titles = new Map([['doc-a', '2023年政府工作报告'], ['doc-b', '2024年政府工作报告']]);
const ofType = (records: CheckedRecord[], type: string) => checkConsistency(records, { documentTitles: titles }).filter((f) => f.type === type);

describe('consistency checks judge groups, not pairs', () => {
  it('make one conflict per statement naming every record of it, values sorted, documents by title', () => {
    const [a, b, c] = [record({ value: '175.1' }), record({ value: '172.9', docId: 'doc-b' }), record({ value: '180' })];
    const found = ofType([a, b, c, record({ indicator: '城镇新增就业', unit: '万人', value: '1.2' })], 'conflict');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ recordIds: [a.id, b.id, c.id], recordCount: 3 });
    expect(found[0]!.reason).toEqual({
      code: 'check.conflict',
      params: { indicator: '地区生产总值', region: '阳泉市', year: 2023, count: 3, values: '172.9 亿元 / 175.1 亿元 / 180 亿元', documents: '2023年政府工作报告; 2024年政府工作报告' },
    });
  });

  it('see no conflict while every stated interval meets the others (突破 170, 172.9, 175 以内)', () => {
    const agreeing = [record({ value: '170', qualifier: '突破' }), record(), record({ value: '175', qualifier: '以内' })];
    expect(ofType(agreeing, 'conflict')).toEqual([]);
    expect(ofType([...agreeing, record({ value: '169' })], 'conflict')[0]!.recordCount).toBe(4);
  });

  it('make one finding per indicator for many indicators with many values each', () => {
    const records = Array.from({ length: 20 }, (_, i) => Array.from({ length: 10 }, (_, v) => record({ indicator: `指标${i}`, value: String(v + 1) }))).flat();
    const found = ofType(records, 'conflict');
    expect(found).toHaveLength(20);
    expect(found.every((f) => f.recordCount === 10)).toBe(true);
  });

  it('cluster a statement recorded many times into one duplicate finding that names the first records and counts all', () => {
    const copies = Array.from({ length: 120 }, () => record({ quote: '地区生产总值达到 172.9 亿元' }));
    const found = ofType(copies, 'duplicate_statement');
    expect(found).toHaveLength(1);
    expect(found[0]!.recordCount).toBe(120);
    expect(found[0]!.recordIds).toEqual(copies.slice(0, NAMED_RECORDS_LIMIT).map((r) => r.id));
    expect(found[0]!.reason.params).toMatchObject({ count: 120, value: '172.9 亿元', documents: '2023年政府工作报告' });
  });

  it('join near-identical wordings to one cluster and keep different wordings apart', () => {
    const same = [record({ quote: '全市地区生产总值达到172.9亿元' }), record({ quote: '全市地区生产总值达到 172.9 亿元。' }), record({ quote: '全年全市地区生产总值达到172.9亿元' })];
    const other = [record({ quote: '比上年末增加到172.9亿元' }), record({ quote: '比上年末增加到172.9亿元' })];
    const found = ofType([same[0]!, other[0]!, same[1]!, other[1]!, same[2]!], 'duplicate_statement');
    expect(found.map((f) => f.recordIds)).toEqual([same.map((r) => r.id), other.map((r) => r.id)]);
  });

  it('group records of one document with the same value missing from their evidence, and the same unit mistake', () => {
    const missing = [record({ quote: '达到 17.29 亿元' }), record({ quote: '达到 12.79 亿元' }), record({ value: '9', quote: '增加 8 亿元' })];
    expect(ofType(missing, 'value_not_in_evidence').map((f) => f.recordCount)).toEqual([2, 1]);
    const growthInYuan = [1, 2, 3].map(() => record({ measure: 'growth', value: '3.8', quote: '增长3.8亿元' }));
    const found = ofType(growthInYuan, 'unit_mismatch');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ recordCount: 3, severity: 'error', reason: { code: 'check.unit_mismatch.growth' } });
  });

  it('keep ids stable under reordering and changed when the group changes', () => {
    const [a, b, c] = [record(), record({ value: '180' }), record({ value: '190' })];
    const id = (rs: CheckedRecord[]) => ofType(rs, 'conflict')[0]!.id;
    expect(id([a, b, c])).toBe(id([c, a, b]));
    expect(id([a, b])).not.toBe(id([a, b, c]));
  });
});

describe('plausibility checks judge distinct values', () => {
  const rec = (fields: Partial<CheckedRecord>) => record({ status: 'verified', quote: '', ...fields });

  it('name every record saying the extreme values of a jump in one finding', () => {
    const before = [rec({ year: 2021, value: '3.1' }), rec({ year: 2021, value: '3.1' }), rec({ year: 2021, value: '3.3' })];
    const after = [rec({ year: 2022, value: '31' }), rec({ year: 2022, value: '31' })];
    const found = checkPlausibility([...before, ...after]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'magnitude_jump', recordCount: 4, recordIds: [before[0]!.id, before[1]!.id, after[0]!.id, after[1]!.id] });
  });

  it('make one target finding for a target recorded many times, against the latest actual before it', () => {
    const actuals = [rec({ year: 2020, value: '1' }), rec({ year: 2022, value: '12.5' }), rec({ year: 2021, value: '11' })];
    const targets = Array.from({ length: 30 }, () => rec({ year: 2023, value: '125', kind: 'target' }));
    const found = checkPlausibility([...actuals, ...targets]).filter((f) => f.type === 'target_far');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ recordCount: 31, reason: { params: { actualYear: 2022, actualValue: '12.5 亿元', ratio: 10 } } });
  });
});

describe('a page of findings', () => {
  it('orders the worst type first, open before dismissed, and counts all of them', () => {
    const records = [
      record({ value: '1' }), record({ value: '2' }), // conflict (warning)
      record({ indicator: '城镇新增就业', measure: 'growth', value: '3.8', quote: '增长3.8亿元' }), // unit mismatch (error)
      record({ indicator: '财政收入', quote: '财政收入 17.29 亿元' }), // value not in evidence (error)
    ];
    const findings = checkConsistency(records).map((f, i) => ({ ...f, dismissed: i === 0 }));
    const page = checksPage(findings, true, 0, 2);
    expect(page.total).toBe(findings.length);
    expect(page.findings.map((f) => f.type)).toEqual(['unit_mismatch', 'value_not_in_evidence']);
    expect(page.counts.dismissed).toBe(1);
    expect(page.counts.bySeverity).toEqual({ error: 2, warning: 0, info: 0 });
    const rest = checksPage(findings, true, 2, 10);
    expect(rest.findings.at(-1)!.dismissed).toBe(true);
    expect(checksPage(findings, false, 0, 10).total).toBe(findings.length - 1);
  });
});
