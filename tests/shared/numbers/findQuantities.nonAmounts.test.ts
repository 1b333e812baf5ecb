import { describe, it, expect } from 'vitest';
import { findQuantities, isAmount } from '../../../shared/numbers/index.ts';

// Years, dates and codes are found but flagged, so callers can skip them; ordinals are never found.
describe('findQuantities: what is not an indicator value', () => {
  it('flags years in every script', () => {
    for (const text of ['２０２２年', '2022年', '2022 年', '二○二二年']) {
      const [q] = findQuantities(text);
      expect(q, text).toMatchObject({ value: '2022', unit: '年', baseUnit: 'calendar_year', isYear: true });
      expect(isAmount(q!)).toBe(false);
    }
    expect(findQuantities('2021—2025年')).toMatchObject([{ isYear: true, range: { low: '2021', high: '2025' } }]);
  });

  it('keeps durations in years as amounts', () => {
    expect(findQuantities('连续4年保持')).toMatchObject([{ value: '4', baseUnit: 'years' }]);
    expect(findQuantities('连续4年保持')[0]?.isYear).toBeUndefined();
  });

  it('flags months, days and quarters', () => {
    expect(findQuantities('力争 5 月份新建')).toMatchObject([{ text: '5 月份', isDate: true, baseUnit: 'month_of_year' }]);
    expect(findQuantities('3 月底前')).toMatchObject([{ text: '3 月', isDate: true }]);
    expect(findQuantities('2月7日')).toMatchObject([{ isDate: true }, { isDate: true, baseUnit: 'day_of_month' }]);
    expect(findQuantities('确保二季度开工')).toMatchObject([{ value: '2', isDate: true, baseUnit: 'quarter_of_year' }]);
  });

  it('reads a Chinese 日 as days unless a month precedes it', () => {
    expect(findQuantities('落实三日清零制度')).toMatchObject([{ value: '3', baseUnit: 'days' }]);
    expect(findQuantities('三月五日')).toMatchObject([{ isDate: true }, { baseUnit: 'day_of_month', isDate: true }]);
  });

  it('flags numbers inside identifiers as codes', () => {
    for (const text of ['5G基站', 'G239 纵轴', 'PM2.5浓度', 'PM_{2.5}']) {
      const found = findQuantities(text);
      expect(found, text).toHaveLength(1);
      expect(found[0]?.isCode, text).toBe(true);
    }
    expect(findQuantities('10GWh动力')).toMatchObject([{ unit: 'GWh', baseUnit: 'kwh', valueNormalized: '10000000' }]);
  });

  it('never takes ordinals or list markers as quantities', () => {
    for (const text of ['一是加强', '二是推进', '全省第一', '第一产业', '第 3 次会议', '（一）牢记', '一、总体要求', '（1）加强', '1、加强', '- 2. 推进']) {
      expect(findQuantities(text), text).toEqual([]);
    }
  });

  it('ignores Chinese numerals inside words, slogans and idioms', () => {
    for (const text of ['统一开放', '十四五规划', '千家万户', '千头万绪', '牢记“三个务必”', '每万人拥有', '万达商业', '16个亿元以上']) {
      const chinese = findQuantities(text).filter((q) => q.numeral === 'chinese');
      expect(chinese, text).toEqual([]);
    }
  });
});
