import { describe, expect, it } from 'vitest';
import { checkConsistency, quoteSimilarity, valueBounds, boundsOverlap } from '../../../shared/checks/index.ts';
import type { CheckedRecord } from '../../../shared/checks/index.ts';
import { checkedRecord } from '../../helpers/checkedRecord.ts';

const record = checkedRecord;
const types = (records: CheckedRecord[], options = {}): string[] => checkConsistency(records, options).map((f) => f.type);

describe('checkConsistency: conflict', () => {
  it('flags the same indicator, region, year, kind and measure with different values, across documents too', () => {
    const a = record();
    const b = record({ docId: 'doc-b', value: '175.1', quote: '生产总值 175.1 亿元' });
    const findings = checkConsistency([a, b]);
    expect(findings.map((f) => f.type)).toEqual(['conflict']);
    expect(findings[0]).toMatchObject({ recordIds: [a.id, b.id], severity: 'warning' });
    expect(findings[0]!.message).toMatch(/172\.9 亿元 \/ 175\.1 亿元 — doc-a; doc-b/);
    expect(findings[0]!.message).not.toContain(a.id);
    expect(findings[0]!.message).not.toMatch(/\n/);
  });

  it('compares synonyms, normalised values and converted units', () => {
    expect(types([record(), record({ indicator: 'GDP', value: '1729000', unit: '万元', quote: 'GDP 1729000 万元' })])).toEqual([]);
    const jin = record({ indicator: '粮食产量', value: '4.76', unit: '亿斤', quote: '粮食产量4.76亿斤' });
    const tonnes = record({ indicator: '粮食总产量', value: '23.8', unit: '万吨', quote: '粮食总产量23.8万吨' });
    expect(types([jin, tonnes])).toEqual([]);
    expect(types([jin, { ...tonnes, value: '25', valueNormalized: '250000' }])).toContain('conflict');
  });

  it('respects qualifiers: 突破 170 agrees with 172.9, 4% 以内 with 3.5%, 5% 左右 with 5.2%', () => {
    expect(types([record({ value: '170', qualifier: '突破', quote: '突破 170 亿元' }), record()])).toEqual([]);
    const rate = { indicator: '城镇登记失业率', measure: 'rate' as const, unit: '%', kind: 'target' as const };
    expect(types([record({ ...rate, value: '4', qualifier: '以内', quote: '4% 以内' }), record({ ...rate, value: '3.5', quote: '3.5%' })])).toEqual([]);
    expect(types([record({ ...rate, value: '4', qualifier: '以内', quote: '4% 以内' }), record({ ...rate, value: '4.5', quote: '4.5%' })])).toEqual(['conflict']);
    expect(boundsOverlap(valueBounds(5, '左右'), valueBounds(5.2, ''))).toBe(true);
  });

  it('does not compare different years, kinds, measures or regions, nor rejected records', () => {
    expect(types([record(), record({ value: '180', year: 2022 })])).toEqual([]);
    expect(types([record(), record({ value: '180', kind: 'target' })])).toEqual([]);
    expect(types([record(), record({ value: '180', region: '太原市' })])).toEqual([]);
    expect(types([record(), record({ value: '180', status: 'rejected' })])).toEqual([]);
  });
});

describe('checkConsistency: unit_mismatch', () => {
  it('flags a growth with a currency unit and a level with %', () => {
    const growth = record({ measure: 'growth', value: '3.8', unit: '亿元', quote: '增长 3.8 亿元' });
    const level = record({ indicator: '固定资产投资', value: '12.1', unit: '%', quote: '固定资产投资 12.1%' });
    const findings = checkConsistency([growth, level]).filter((f) => f.type === 'unit_mismatch');
    expect(findings.map((f) => f.recordIds)).toEqual([[growth.id], [level.id]]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(findings[0]!.message).toMatch(/growth of 地区生产总值 cannot be in 亿元/);
  });

  it('warns when the unit is of another kind than the codebook lists for the indicator', () => {
    const r = record({ indicator: '城镇新增就业', value: '1.8', unit: '亿元', quote: '城镇新增就业1.8亿元' });
    const [f] = checkConsistency([r]);
    expect(f).toMatchObject({ type: 'unit_mismatch', severity: 'warning' });
    expect(f!.message).toMatch(/usually stated in 万人\/人/);
  });

  it('accepts growth in % or 个百分点, counts in 家 or 户, and bare multipliers', () => {
    expect(types([
      record({ measure: 'growth', value: '3.8', unit: '%', quote: '增长3.8%' }),
      record({ indicator: '城镇登记失业率', measure: 'growth', value: '0.2', unit: '个百分点', quote: '下降0.2个百分点' }),
      record({ indicator: '高新技术企业', measure: 'count', value: '100', unit: '户', quote: '高新技术企业100户' }),
      record({ value: '千', unit: '亿', qualifier: '以上', quote: '保持在千亿以上' }),
    ])).toEqual([]);
  });
});

describe('checkConsistency: value_not_in_evidence', () => {
  it('flags a value its evidence does not state', () => {
    const r = record({ quote: '地区生产总值达到 17.29 亿元' });
    const [f] = checkConsistency([r]);
    expect(f).toMatchObject({ type: 'value_not_in_evidence', recordIds: [r.id], severity: 'error' });
    expect(f!.message).toMatch(/地区生产总值 172\.9 亿元 is not in its evidence/);
  });

  it('reads the corrected evidence when given', () => {
    const r = record();
    expect(types([r], { correctedQuotes: new Map([[r.id, ['地区生产总值达到 127.9 亿元']]]) })).toEqual(['value_not_in_evidence']);
    expect(types([r], { correctedQuotes: new Map([[r.id, ['地区生产总值达到１７２.９亿元']]]) })).toEqual([]);
  });

  it('compares numbers by value (full-width, Chinese multipliers, other multipliers of the unit)', () => {
    expect(types([record({ value: '千', unit: '亿', qualifier: '以上', quote: '保持在千亿以上' })])).toEqual([]);
    expect(types([record({ indicator: '农村户厕改造', measure: 'count', value: '1.7', unit: '万户', quote: '改造农村户厕17000户' })])).toEqual([]);
    expect(types([record({ value: '172.90', quote: '达到 172.9 亿元' })])).toEqual([]);
  });

  it('leaves records without evidence alone', () => {
    expect(types([{ ...record(), evidence: [] }])).toEqual([]);
  });
});

describe('checkConsistency: duplicate_statement', () => {
  it('flags the same statement recorded twice from near-identical quotes', () => {
    const a = record({ quote: '地区生产总值达到 172.9 亿元' });
    const b = record({ quote: '地区生产总值达到172.9亿元' });
    const findings = checkConsistency([a, b]);
    expect(findings.map((f) => f.type)).toEqual(['duplicate_statement']);
    expect(findings[0]!.recordIds).toEqual([a.id, b.id]);
  });

  it('does not flag the same value said in different words, or in another document', () => {
    const a = record({ quote: '地区生产总值达到 172.9 亿元' });
    expect(types([a, record({ quote: '全年实现生产总值172.9亿元，比上年增长3.8%' })])).toEqual([]);
    expect(types([a, record({ docId: 'doc-b', quote: a.evidence[0]!.quote })])).toEqual([]);
  });

  it('has stable ids that do not depend on record order', () => {
    const a = record({ quote: '地区生产总值达到 172.9 亿元' });
    const b = record({ quote: '地区生产总值达到 172.9 亿元' });
    expect(checkConsistency([a, b])[0]!.id).toBe(checkConsistency([b, a])[0]!.id);
  });

  it('measures quote similarity ignoring width, spaces and punctuation', () => {
    expect(quoteSimilarity('达到 １７２.９ 亿元，', '达到172.9亿元')).toBe(1);
    expect(quoteSimilarity('地区生产总值', '城镇新增就业')).toBe(0);
  });
});
