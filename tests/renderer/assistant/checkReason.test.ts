import { describe, expect, it } from 'vitest';
import type { RecordView } from '../../../shared/api/views.ts';
import { checkReason } from '../../../renderer/assistant/checkReason.ts';
import { CONSISTENCY_REASONS as CHECK_REASONS } from '../../../renderer/i18n/reasons/consistencyReasons.ts';
import { reasonText } from '../../../renderer/i18n/reasons/reasonText.ts';

const record = (id: string, value: string, docId: string) =>
  ({ id, docId, indicator: '地区生产总值', value, unit: '亿元', qualifier: '', region: '郊区', year: 2022 }) as unknown as RecordView;

describe('consistency messages', () => {
  const records = new Map([record('r_a', '172.9', 'd1'), record('r_b', '127.9', 'd2')].map((r) => [r.id, r]));
  const titles = new Map([['d1', '郊区政府工作报告'], ['d2', '阳泉市政府工作报告']]);

  it('name the indicator, the values and the documents, never a record id, in both languages', () => {
    const explained = checkReason({ type: 'conflict', recordIds: ['r_a', 'r_b'] }, records, titles);
    expect(explained).not.toBeNull();
    for (const language of ['en', 'zh-CN'] as const) {
      const text = reasonText([CHECK_REASONS], language, explained!);
      expect(text).toContain('地区生产总值');
      expect(text).toContain('172.9');
      expect(text).toContain('郊区政府工作报告');
      expect(text).not.toMatch(/r_[ab]/);
    }
    expect(reasonText([CHECK_REASONS], 'zh-CN', explained!)).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('wait for the records before naming them', () => {
    expect(checkReason({ type: 'conflict', recordIds: ['r_a', 'r_missing'] }, records, titles)).toBeNull();
  });

  it('cover every check type in both languages', () => {
    for (const type of ['conflict', 'unit_mismatch', 'value_not_in_evidence', 'duplicate_statement']) {
      expect(CHECK_REASONS.en[`check.${type}`], type).toBeDefined();
      expect(CHECK_REASONS['zh-CN'][`check.${type}`], type).toBeDefined();
    }
  });
});
