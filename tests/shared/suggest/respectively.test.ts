import { describe, expect, it } from 'vitest';
import { suggestRecords } from '../../../shared/suggest/index.ts';
import type { Suggestion } from '../../../shared/suggest/index.ts';

const META = { region: '某省', yearsReviewed: [2024], yearsPlanned: [2025] };
const REVIEW = '一、2024年工作回顾\n';
const brief = (s: Suggestion): string => `${s.indicator} ${s.measure} ${s.value}${s.unit}`;
const suggest = (text: string): string[] => suggestRecords(text, META).map(brief);

describe('suggestRecords: lists that share one tail and 分别', () => {
  it('completes abbreviated items with the tail the last one carries, through the codebook where it can', () => {
    expect(suggest(`${REVIEW}一产、二产、三产增加值分别增长3.1%、5.2%、6.3%。`)).toEqual([
      '第一产业增加值 growth 3.1%', '第二产业增加值 growth 5.2%', '第三产业增加值 growth 6.3%',
    ]);
    expect(suggest(`${REVIEW}光伏产业、高技术制造业增加值分别增长21.4%、9.6%。`)).toEqual([
      '光伏产业增加值 growth 21.4%', '高技术制造业增加值 growth 9.6%',
    ]);
  });

  it('keeps full names of their own, and a 和 inside a name', () => {
    expect(suggest(`${REVIEW}工业投资、民间投资分别增长8.2%、2.5%。`)).toEqual(['工业投资 growth 8.2%', '民间投资 growth 2.5%']);
    expect(suggest(`${REVIEW}金融业、批发和零售业增加值分别增长7.7%、4.1%。`)).toEqual([
      '金融业增加值 growth 7.7%', '批发和零售业增加值 growth 4.1%',
    ]);
  });

  it('aligns short items with a long last one, and gives one value to each item after 均', () => {
    expect(suggest(`${REVIEW}苹果、梨子产量分别达到120万吨、30万吨。`)).toEqual(['苹果产量 level 120万吨', '梨子产量 level 30万吨']);
    expect(suggest(`${REVIEW}城镇、农村居民人均可支配收入均增长5.5%。`)).toEqual([
      '城镇居民人均可支配收入 growth 5.5%', '农村居民人均可支配收入 growth 5.5%',
    ]);
  });

  it('does not take starting points or comparisons for the items\' values', () => {
    expect(suggest(`${REVIEW}研发机构、孵化器分别从120家、35家增加到150家、48家。`)).toEqual([]);
    expect(suggest(`${REVIEW}投资、消费增速分别快于全国2.1个、0.8个百分点。`)).toEqual([]);
  });
});
