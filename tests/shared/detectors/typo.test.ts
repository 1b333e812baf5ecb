import { describe, expect, it } from 'vitest';
import { detectDefects } from '../../../shared/detectors/index.ts';

const only = (text: string) => detectDefects(text, { types: ['typo'] });

describe('typo detector', () => {
  it('suggests the document’s own form for a stuttered phrase', () => {
    const text = '全区上下同心协力、真抓实干，取得新成效。\n\n新的一年，我们要勇于担当，真抓抓干，再创佳绩。\n';
    const found = only(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe('真抓抓干');
    expect(found[0]?.replacement).toBe('真抓实干');
    expect(found[0]?.confidence).toBeLessThanOrEqual(0.5);
  });

  it('suggests the repeated form of a slogan seen in the same company', () => {
    const text = [
      '奋楫扬帆启新程 同心聚力谱新篇',
      '过去一年成绩来之不易。',
      '同心协力谱新篇',
      '奋楫扬帆启新程，同心协力谱新篇！让我们携手前行。',
    ].join('\n\n');
    const found = only(text);
    expect(found.map((f) => [f.text, f.replacement])).toEqual([['同心聚力谱新篇', '同心协力谱新篇']]);
  });

  it('leaves legitimate variants alone', () => {
    const text = [
      '加快乡村振兴，全面乡村振兴，推进乡村振兴。',
      '稳增长、稳就业、稳物价。',
      // A two-character variant beside a short shared neighbour is ordinary wording, not a typo.
      '坚决守住安全底线，筑牢防线。持续守住安全底线，筑牢防线。持续守住安全底线。',
      '层层压实责任，家家户户受益。',
      '“一镇一策”“一镇一品”。',
    ].join('\n\n');
    expect(only(text)).toEqual([]);
  });

  it('removes a stray space when the same words are written without it elsewhere', () => {
    const text = '全面完成“退二进三”工作，建立对外开放“1+N”政策体系。\n\n今年将围绕“退二进三” 工作的全面实施，完善“1+ N”配套措施，推动城市更新。\n';
    const found = only(text);
    expect(found.map((f) => f.reasonCode.code)).toEqual(['finding.typo.straySpace', 'finding.typo.straySpace']);
    expect(found.every((f) => f.text === ' ' && f.replacement === '')).toBe(true);
  });

  it('leaves spaces alone in a report that sets phrases apart with spaces, and between numbers and units', () => {
    const text = '聚焦产业转型 推动高质量发展。全年造林 2.1 万亩。\n\n聚焦民生保障 推动共同富裕。新建学校 3 所。\n\n聚焦城市更新 推动品质提升。推动高质量发展。\n';
    expect(only(text)).toEqual([]);
  });
});
