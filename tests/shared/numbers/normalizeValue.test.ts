import { describe, it, expect } from 'vitest';
import { normalizeValue, parseNumber } from '../../../shared/numbers/index.ts';

describe('normalizeValue', () => {
  it('applies the multiplier prefix and names the base unit', () => {
    expect(normalizeValue('172.9', '亿元')).toEqual({ valueNormalized: '17290000000', baseUnit: 'yuan' });
    expect(normalizeValue('1.84', '万人')).toEqual({ valueNormalized: '18400', baseUnit: 'persons' });
    expect(normalizeValue('6762', '万吨')).toEqual({ valueNormalized: '67620000', baseUnit: 'tonnes' });
    expect(normalizeValue('10000', '亩')).toEqual({ valueNormalized: '10000', baseUnit: 'mu' });
    expect(normalizeValue('276.9', '亿千瓦时')).toEqual({ valueNormalized: '27690000000', baseUnit: 'kwh' });
    expect(normalizeValue('15.3', '万户')).toEqual({ valueNormalized: '153000', baseUnit: 'households' });
    expect(normalizeValue('77.66', '万平方米')).toEqual({ valueNormalized: '776600', baseUnit: 'square_m' });
    expect(normalizeValue('500', '兆瓦')).toEqual({ valueNormalized: '500000', baseUnit: 'kw' });
  });

  it('keeps rates as written', () => {
    expect(normalizeValue('3.8', '%')).toEqual({ valueNormalized: '3.8', baseUnit: 'percent' });
    expect(normalizeValue('3.8', '％')).toEqual({ valueNormalized: '3.8', baseUnit: 'percent' });
    expect(normalizeValue('3.5', '个百分点')).toEqual({ valueNormalized: '3.5', baseUnit: 'percentage_points' });
    expect(normalizeValue('2.1', '倍')).toEqual({ valueNormalized: '2.1', baseUnit: 'times' });
    expect(normalizeValue('八', '成')).toEqual({ valueNormalized: '80', baseUnit: 'percent' });
  });

  it('counts with classifiers, households and person-times', () => {
    expect(normalizeValue('25', '个')).toEqual({ valueNormalized: '25', baseUnit: 'count' });
    expect(normalizeValue('52', '家')).toEqual({ valueNormalized: '52', baseUnit: 'count' });
    expect(normalizeValue('200', '户')).toEqual({ valueNormalized: '200', baseUnit: 'households' });
    expect(normalizeValue('3', '万人次')).toEqual({ valueNormalized: '30000', baseUnit: 'person_times' });
    expect(normalizeValue('6', '岁')).toEqual({ valueNormalized: '6', baseUnit: 'years_of_age' });
  });

  it('accepts values written in any form a report uses', () => {
    expect(normalizeValue('1,234.5', '元')).toEqual({ valueNormalized: '1234.5', baseUnit: 'yuan' });
    expect(normalizeValue('１７２.９', '亿元')).toEqual({ valueNormalized: '17290000000', baseUnit: 'yuan' });
    expect(normalizeValue('十万', '亩')).toEqual({ valueNormalized: '100000', baseUnit: 'mu' });
    expect(normalizeValue('十', '万亩')).toEqual({ valueNormalized: '100000', baseUnit: 'mu' });
    expect(normalizeValue('千', '亿')).toEqual({ valueNormalized: '100000000000', baseUnit: 'number' });
    expect(normalizeValue('1.5万', '人')).toEqual({ valueNormalized: '15000', baseUnit: 'persons' });
    expect(normalizeValue('百分之五', '')).toEqual({ valueNormalized: '5', baseUnit: 'percent' });
  });

  it('tells calendar years and dates from durations', () => {
    expect(normalizeValue('2022', '年')).toEqual({ valueNormalized: '2022', baseUnit: 'calendar_year' });
    expect(normalizeValue('二○二二', '年')).toEqual({ valueNormalized: '2022', baseUnit: 'calendar_year' });
    expect(normalizeValue('3', '年')).toEqual({ valueNormalized: '3', baseUnit: 'years' });
    expect(normalizeValue('5', '月份')).toEqual({ valueNormalized: '5', baseUnit: 'month_of_year' });
    expect(normalizeValue('163', '个月')).toEqual({ valueNormalized: '163', baseUnit: 'months' });
    expect(normalizeValue('10', '日')).toEqual({ valueNormalized: '10', baseUnit: 'day_of_month' });
    expect(normalizeValue('100', '日')).toEqual({ valueNormalized: '100', baseUnit: 'days' });
  });

  it('returns null for a range, a non-number or an unknown unit', () => {
    expect(normalizeValue('80—150', '个')).toBeNull();
    expect(normalizeValue('0-6', '岁')).toBeNull();
    expect(normalizeValue('若干', '个')).toBeNull();
    expect(normalizeValue('3', '光年')).toBeNull();
    expect(normalizeValue('百分之五', '亿元')).toBeNull();
    expect(normalizeValue('5', '季度')).toBeNull(); // there is no fifth quarter
  });
});

describe('parseNumber', () => {
  it('reads Arabic, full-width, Chinese and Arabic-with-multiplier forms', () => {
    expect(parseNumber('172.9')).toBe('172.9');
    expect(parseNumber('１７２．９')).toBe('172.9');
    expect(parseNumber('三千五百')).toBe('3500');
    expect(parseNumber('1.5万亿')).toBe('1500000000000');
    expect(parseNumber('80—150')).toBeNull();
  });
});
