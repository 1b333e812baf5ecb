import { describe, expect, it } from 'vitest';
import { detectSections, sectionAt } from '../../../shared/suggest/index.ts';
import type { SectionMark } from '../../../shared/suggest/sections.ts';

const META = { yearsReviewed: [2023], yearsPlanned: [2024] };
const kinds = (text: string): string[] => detectSections(text, META).map((m) => `${m.kind}@${text.slice(m.start).split('\n')[0]}`);

describe('detectSections', () => {
  it('reads numbered headings', () => {
    expect(kinds('各位代表：\n一、2023年工作回顾\n正文。\n二、2024年工作安排\n正文。\n三、全面提升政府治理能力')).toEqual([
      'review@一、2023年工作回顾',
      'plan@二、2024年工作安排',
    ]);
  });

  it('reads 回首 / 展望 headings and markdown headings', () => {
    expect(kinds('回首 2023 年——\n成绩。\n#### 展望 2024 年——\n目标。')).toEqual(['review@回首 2023 年——', 'plan@#### 展望 2024 年——']);
    expect(kinds('**总体要求** 以习近平新时代中国特色社会主义思想为指导，全面贯彻……')).toEqual(['plan@**总体要求** 以习近平新时代中国特色社会主义思想为指导，全面贯彻……']);
  });

  it('reads paragraph openings but not words deep inside a paragraph', () => {
    expect(kinds('过去一年，我们砥砺前行。\n今年经济社会发展主要目标是：增长5%。')).toEqual([
      'review@过去一年，我们砥砺前行。',
      'plan@今年经济社会发展主要目标是：增长5%。',
    ]);
    expect(kinds('我们坚持稳中求进，加强统筹谋划，深入推进各项改革，认真落实今年的工作安排。')).toEqual([]);
  });

  it('reads a multi-year plan (今后五年, 十五五) as an outlook that a year or a look back ends, not its own words', () => {
    expect(kinds('一、过去五年工作回顾\n甲。\n二、今后五年目标任务\n乙。')).toEqual(['review@一、过去五年工作回顾', 'outlook@二、今后五年目标任务']);
    expect(kinds('二、“十五五”时期主要目标\n未来五年，要如此。\n主要目标\n今年是开局之年。')).toEqual([
      'outlook@二、“十五五”时期主要目标', 'plan@今年是开局之年。',
    ]);
    const [mark] = detectSections('“十五五”时期的主要目标任务\n甲。', { yearsReviewed: [2025], yearsPlanned: [2026] });
    expect(mark).toMatchObject({ kind: 'outlook', until: 2030 });
  });

  it('treats 今年以来 as looking back', () => {
    expect(kinds('今年以来，全市经济稳中向好。')).toEqual(['review@今年以来，全市经济稳中向好。']);
  });

  it('sectionAt returns the mark in force at an offset, or null before any', () => {
    const text = '前言。\n一、2023年工作回顾\n甲。\n二、2024年工作安排\n乙。';
    const marks = detectSections(text, META);
    expect(sectionAt(marks, text.indexOf('前言'))).toBeNull();
    expect(sectionAt(marks, text.indexOf('甲'))?.kind).toBe('review');
    expect(sectionAt(marks, text.indexOf('乙'))?.kind).toBe('plan');
  });

  it('sectionAt finds by binary search the mark a scan in text order finds, ties and all', () => {
    const marks: SectionMark[] = [0, 0, 5, 9, 9, 9, 30].map((start, i) => ({ start, kind: i % 2 ? 'review' : 'plan', cue: `#${i}` }));
    const byScan = (offset: number) => {
      let current: SectionMark | null = null;
      for (const m of marks) {
        if (m.start > offset) break;
        current = m;
      }
      return current;
    };
    for (let offset = -1; offset <= 31; offset += 1) expect(sectionAt(marks, offset)).toBe(byScan(offset));
    expect(sectionAt([], 3)).toBeNull();
  });
});
