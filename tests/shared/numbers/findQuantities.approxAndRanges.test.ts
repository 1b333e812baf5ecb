import { describe, it, expect } from 'vitest';
import { findQuantities } from '../../../shared/numbers/index.ts';

describe('findQuantities: approx marks and ranges', () => {
  it('keeps 余/多 written inside the expression as approx', () => {
    expect(findQuantities('1.1万余座')).toMatchObject([
      { text: '1.1万余座', value: '1.1', unit: '万座', valueNormalized: '11000', baseUnit: 'count', approx: '余' },
    ]);
    expect(findQuantities('占地 6500 余亩')).toMatchObject([{ value: '6500', unit: '亩', approx: '余' }]);
    expect(findQuantities('200多万元')).toMatchObject([{ value: '200', unit: '万元', valueNormalized: '2000000', approx: '多' }]);
    expect(findQuantities('入驻企业百余家')).toMatchObject([{ value: '100', unit: '家', approx: '余' }]);
  });

  it('reads a range with a unit on each end or only on the second, with no single value', () => {
    for (const text of ['80个至150个', '80—150个']) {
      expect(findQuantities(text)).toMatchObject([
        { text, value: null, valueNormalized: null, unit: '个', baseUnit: 'count', range: { low: '80', high: '150' } },
      ]);
    }
    expect(findQuantities('组建3-5家企业')).toMatchObject([{ text: '3-5家', range: { low: '3', high: '5' } }]);
  });

  it('reads an age range as a range, not as a value', () => {
    expect(findQuantities('0—6岁儿童')).toMatchObject([
      { value: null, unit: '岁', baseUnit: 'years_of_age', range: { low: '0', high: '6' } },
    ]);
  });

  it('normalises both ends, the first borrowing the multiplier it shares with the second', () => {
    expect(findQuantities('5万—10万元')).toMatchObject([{ unit: '万元', rangeNormalized: { low: '50000', high: '100000' } }]);
    expect(findQuantities('三至五年')).toMatchObject([{ range: { low: '3', high: '5' }, baseUnit: 'years' }]);
  });

  it('does not take a clause dash or an unrelated 至 as a range', () => {
    expect(findQuantities('回首 2022 年——')).toMatchObject([{ value: '2022', isYear: true }]);
    expect(findQuantities('2022 年至今')).toMatchObject([{ text: '2022 年', value: '2022' }]);
  });
});
