import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK, resolveIndicator } from '../../../shared/codebook/index.ts';
import { decisionsFrom, phraseForLearning, rankByDecisions, suggestRecords, withLearnedSynonym } from '../../../shared/suggest/index.ts';

const META = { region: '某区', yearsReviewed: [2022], yearsPlanned: [2023] };
const TEXT = '一、2022年工作回顾\n地区生产总值增长4%。茶叶产量达到3万吨。';

describe('learning from the reviewer\'s decisions', () => {
  it('ranks suggestions of accepted patterns higher and of rejected ones lower, saying why', () => {
    const plain = suggestRecords(TEXT, META);
    const decisions = decisionsFrom(
      [{ indicator: 'GDP', measure: 'growth', status: 'verified' }],
      [{ indicator: '茶叶产量', measure: 'level' }, { indicator: '茶叶产量', measure: 'level' }],
      DEFAULT_CODEBOOK,
    );
    const ranked = rankByDecisions(plain, decisions, DEFAULT_CODEBOOK);
    expect(ranked[0]!.confidence).toBeGreaterThan(plain[0]!.confidence);
    expect(ranked[1]!.confidence).toBeLessThan(plain[1]!.confidence);
    expect(ranked[0]!.reasons.at(-1)).toEqual({ code: 'suggestion.learned.accepted', params: { accepted: 1, rejected: 0 } });
    expect(ranked[1]!.reasons.at(-1)?.code).toBe('suggestion.learned.rejected');
  });

  it('learns a phrase as a synonym of a codebook name, once, and the next report is read with it', () => {
    const phrase = phraseForLearning('全年民生投入占公共财政预算支出的80.6%', '80.6');
    expect(phrase).toBe('民生投入占公共财政预算支出');
    const book = withLearnedSynonym(DEFAULT_CODEBOOK, phrase!, '民生支出占一般公共预算支出比重');
    expect(resolveIndicator(phrase!, book)?.name).toBe('民生支出占一般公共预算支出比重');
    expect(withLearnedSynonym(book, phrase!, '民生支出占一般公共预算支出比重')).toBe(book);
    expect(withLearnedSynonym(book, '某个短语', '没有这个指标')).toBe(book);
    const next = suggestRecords('一、2023年工作回顾\n民生投入占公共财政预算支出的81.2%。', { ...META, yearsReviewed: [2023] }, book);
    expect(next.map((s) => `${s.indicator} ${s.measure} ${s.value}`)).toEqual(['民生支出占一般公共预算支出比重 share 81.2']);
  });
});
