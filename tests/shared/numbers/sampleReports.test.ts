/**
 * findQuantities on the real reports of the corpus: behaviours that must hold on whole reports (how many gold
 * values it reads is a figure in `npm run bench`, not a test).
 */
import { describe, it, expect } from 'vitest';
import { findQuantities, isAmount } from '../../../shared/numbers/index.ts';
import { loadCorpus } from '../../helpers/corpus.ts';

const corpus = loadCorpus();

describe('findQuantities on the sample reports', () => {
  it('reads the first indicators of the 阳泉市郊区 report with their units', () => {
    const text = corpus.get('yangquan-jiaoqu-2023.txt')!;
    const amounts = findQuantities(text).filter(isAmount).slice(0, 8);
    expect(amounts.map((q) => [q.value, q.unit, q.valueNormalized, q.baseUnit])).toEqual([
      ['170', '亿元', '17000000000', 'yuan'],
      ['172.9', '亿元', '17290000000', 'yuan'],
      ['3.8', '%', '3.8', 'percent'],
      ['3.8', '%', '3.8', 'percent'],
      ['58.2', '亿元', '5820000000', 'yuan'],
      ['12.1', '%', '12.1', 'percent'],
      ['5.6', '亿元', '560000000', 'yuan'],
      ['26.9', '亿元', '2690000000', 'yuan'],
    ]);
  });

  it('flags every written year (2022 年, 2023年) in the reports, so callers can skip it', () => {
    let years = 0;
    for (const [name, text] of corpus) {
      const found = findQuantities(text);
      for (const m of text.matchAll(/(?<![0-9])(19|20)[0-9]{2} ?年/g)) {
        const q = found.find((x) => x.start <= m.index && m.index < x.end); // 2024—2029年 is one range of years
        expect(q?.isYear, `${name}@${m.index}: ${m[0]}`).toBe(true);
        years++;
      }
      for (const q of found.filter((x) => x.isYear && x.numeral === 'arabic')) expect(q.value ?? q.range?.low, q.text).toMatch(/^(19|20)[0-9]{2}$/);
    }
    expect(years).toBeGreaterThan(5);
  });
});
