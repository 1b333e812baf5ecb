import { describe, expect, it } from 'vitest';
import { guessRegion, guessTitle, guessYears } from '../../../shared/document/guessMetadata.ts';

describe('metadata guesses', () => {
  it('takes the first heading-like line as the title, skipping markup, salutations and numbered sections', () => {
    expect(guessTitle('\n\n#### 某某区政府工作报告\n\n各位代表：', 'x.txt')).toBe('某某区政府工作报告');
    expect(guessTitle('各位代表：\n\n一、2023年工作回顾\n', 'city-2024.txt')).toBe('city-2024');
    expect(guessTitle('', 'report.md')).toBe('report');
  });

  it('finds the reviewed and planned years from the report\'s own phrases', () => {
    expect(guessYears('回首 2022 年——取得成绩。2023年工作安排', 'x.txt')).toEqual({ yearsReviewed: [2022], yearsPlanned: [2023] });
    expect(guessYears('一、2023年工作回顾 … 二、2024年工作任务', 'x.txt')).toEqual({ yearsReviewed: [2023], yearsPlanned: [2024] });
    expect(guessYears('没有年份', 'report-2025.txt')).toEqual({ yearsReviewed: [2024], yearsPlanned: [2025] });
  });

  it('finds the region as the most frequent place name, with its city when named', () => {
    const text = '青河区经济发展。全区上下，青河区人民。青河区建设。绿水市领导，绿水市安排，全区。';
    expect(guessRegion(text)).toBe('绿水市青河区');
    expect(guessRegion('全市经济。全市人民。')).toBe('');
  });
});
