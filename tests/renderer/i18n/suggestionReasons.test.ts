import { describe, expect, it } from 'vitest';
import { SUGGESTION_REASONS } from '../../../renderer/i18n/reasons/suggestionReasons.ts';
import { suggestRecords } from '../../../shared/suggest/index.ts';

describe('suggestion reason table', () => {
  it('has the same codes in both languages', () => {
    expect(Object.keys(SUGGESTION_REASONS['zh-CN']).sort()).toEqual(Object.keys(SUGGESTION_REASONS.en).sort());
  });

  it('translates every code the assistant emits', () => {
    const text = '一、2022年工作回顾\n地区生产总值增长4%，茶叶产量达到3万吨；一产、二产增加值分别增长3%、5%。居民消费价格下降0.5%。\n'
      + '二、2023年工作安排\n确保城镇调查失业率控制在5.5%以内，2025年粮食产量达到100万吨。今年的预期目标是固定资产投资增长6%。';
    const codes = new Set(suggestRecords(text, { region: '某市', yearsReviewed: [2022], yearsPlanned: [2023] })
      .flatMap((s) => s.reasons.map((r) => r.code)));
    expect(codes.size).toBeGreaterThan(5);
    for (const code of codes) expect(SUGGESTION_REASONS.en, code).toHaveProperty([code]);
  });
});
