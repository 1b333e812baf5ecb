import { describe, expect, it } from 'vitest';
import { checkConsistency, CONSISTENCY_REASON_CODES, type CheckedRecord } from '../../../shared/checks/index.ts';
import { CONSISTENCY_REASONS } from '../../../renderer/i18n/reasons/consistencyReasons.ts';
import { reasonText } from '../../../renderer/i18n/reasons/reasonText.ts';

const record = (id: string, value: string, docId: string, quote = `地区生产总值 ${value} 亿元`): CheckedRecord => ({
  id, docId, indicator: '地区生产总值', region: '郊区', year: 2022, kind: 'actual', measure: 'level', value, unit: '亿元',
  valueNormalized: null, baseUnit: null, qualifier: '', status: 'draft', evidence: [{ quote }],
});

describe('consistency messages', () => {
  const titles = new Map([['d1', '郊区政府工作报告'], ['d2', '阳泉市政府工作报告']]);

  it('name the indicator, the values and the documents, never a record id, in both languages', () => {
    const [conflict] = checkConsistency([record('r_a', '172.9', 'd1'), record('r_b', '127.9', 'd2')], { documentTitles: titles });
    for (const language of ['en', 'zh-CN'] as const) {
      const text = reasonText([CONSISTENCY_REASONS], language, conflict!.reason);
      expect(text).toContain('地区生产总值');
      expect(text).toContain('127.9 亿元 / 172.9 亿元');
      expect(text).toContain('郊区政府工作报告');
      expect(text).not.toMatch(/r_[ab]/);
    }
    expect(reasonText([CONSISTENCY_REASONS], 'zh-CN', conflict!.reason)).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('say how many records a duplicate groups', () => {
    const copies = ['r_1', 'r_2', 'r_3'].map((id) => record(id, '172.9', 'd1'));
    const [duplicate] = checkConsistency(copies, { documentTitles: titles });
    expect(reasonText([CONSISTENCY_REASONS], 'en', duplicate!.reason)).toBe('地区生产总值 172.9 亿元: the same statement recorded 3 times — 郊区政府工作报告');
  });

  it('cover every reason code the checks emit in both languages, every placeholder filled', () => {
    const params = { indicator: '地区生产总值', region: '郊区', year: 2022, count: 2, values: '1 / 2', value: '1 亿元', unit: '亿元', expected: '万人/人', documents: '报告' };
    for (const code of CONSISTENCY_REASON_CODES) {
      for (const language of ['en', 'zh-CN'] as const) {
        const text = reasonText([CONSISTENCY_REASONS], language, { code, params });
        expect(text, `${language} ${code}`).not.toBe(code);
        expect(text, `${language} ${code}`).not.toMatch(/\{\w+\}/);
      }
    }
    expect(Object.keys(CONSISTENCY_REASONS.en).sort()).toEqual([...CONSISTENCY_REASON_CODES].sort());
    expect(Object.keys(CONSISTENCY_REASONS['zh-CN']).sort()).toEqual([...CONSISTENCY_REASON_CODES].sort());
  });
});
