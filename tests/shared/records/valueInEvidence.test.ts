import { describe, expect, it } from 'vitest';
import { valueInEvidence, type StatedValue } from '../../../shared/records/valueInEvidence.ts';
import { assertValueInEvidence } from '../../../shared/records/valueGuard.ts';
import { isWorkbenchError } from '../../../shared/errors/workbenchError.ts';

const level = (value: string, unit: string): StatedValue => ({ value, unit, measure: 'level' });
const growth = (value: string, unit = '%'): StatedValue => ({ value, unit, measure: 'growth' });
const found = (stated: StatedValue, ...quotes: string[]) => valueInEvidence(stated, quotes);

describe('valueInEvidence', () => {
  it('compares numbers by value: 8.5 and 8.50, either way round', () => {
    expect(found(growth('8.50'), '全县社会消费品零售额增长8.5%')).toBe(true);
    expect(found(growth('8.5'), '零售额增长 8.50%')).toBe(true);
  });

  it('refuses a value the text does not state (8 against 增长8.5%)', () => {
    expect(found(growth('8'), '全县社会消费品零售额增长8.5%')).toBe(false);
    expect(found(level('17.29', '亿元'), '地区生产总值达到172.9亿元')).toBe(false);
  });

  it('compares normalised amounts: 1.84万人 and 18400 人, 3000 万元 and 三千万元', () => {
    expect(found(level('18400', '人'), '全年城镇新增就业1.84万人')).toBe(true);
    expect(found(level('1.84', '万人'), '城镇新增就业 18400 人')).toBe(true);
    expect(found(level('3000', '万元'), '奖励资金三千万元')).toBe(true);
    expect(found(level('三千', '万元'), '奖励资金3000万元')).toBe(true);
    expect(found(level('三', '万人'), '带动就业三万人')).toBe(true);
  });

  it('reads full-width digits and signs on either side', () => {
    expect(found(level('172.9', '亿元'), '地区生产总值达到１７２．９亿元')).toBe(true);
    expect(found(level('１７２.９', '亿元'), '地区生产总值达到172.9亿元')).toBe(true);
    expect(found(growth('6.2', '％'), '一般公共预算收入增长６．２％')).toBe(true);
  });

  it('refuses the same number in another unit: 亿元 is not 万元, % is not 个百分点', () => {
    expect(found(level('172.9', '万元'), '地区生产总值达到172.9亿元')).toBe(false);
    expect(found(growth('0.3', '%'), '失业率下降0.3个百分点')).toBe(false);
    expect(found(level('1.84', '万户'), '新增就业1.84万人')).toBe(false);
  });

  it('matches a range as written, and each of its ends', () => {
    expect(found(growth('5%-5.5'), '预期目标：地区生产总值增长5%-5.5%')).toBe(true);
    expect(found(growth('5-5.5'), '地区生产总值增长5%-5.5%')).toBe(true);
    expect(found(growth('5～5.5'), '地区生产总值增长5-5.5%')).toBe(true);
    expect(found(growth('5'), '地区生产总值增长5%-5.5%')).toBe(true);
    expect(found(growth('5-6'), '地区生产总值增长5%-5.5%')).toBe(false);
  });

  it('takes a decrease as 2.5 or as -2.5 when the measure is growth', () => {
    expect(found(growth('2.5'), '规模以上工业能耗同比下降2.5%')).toBe(true);
    expect(found(growth('-2.5'), '规模以上工业能耗同比下降2.5%')).toBe(true);
    expect(found(growth('-2.5'), '进出口总额增长-2.5%')).toBe(true);
    expect(found(growth('-2.5'), '规模以上工业增加值增长2.5%')).toBe(false);
    expect(found(level('-2.5', '%'), '能耗下降2.5%')).toBe(false);
    expect(found(growth('2.5'), '进出口总额增长-2.5%')).toBe(false);
  });

  it('accepts a bare number when the record gives no unit, and any of several quotes', () => {
    expect(found(level('12', ''), '新建5G基站12座')).toBe(true);
    expect(found(level('12', '座'), '新建成', '5G基站12座')).toBe(true);
  });

  it('finds a unit it does not know where the record spells it, right after the number', () => {
    expect(found(level('120', '万标箱'), '集装箱吞吐量120万标箱')).toBe(true);
    expect(found(level('120万', '标箱'), '集装箱吞吐量120万标箱')).toBe(true);
    expect(found(level('1200', '标箱'), '集装箱吞吐量1200万标箱')).toBe(false);
    expect(found(level('120', '万标箱'), '集装箱吞吐量120万吨')).toBe(false);
  });
});

describe('assertValueInEvidence', () => {
  const record = { id: 'r_1', indicator: '社会消费品零售总额', ...growth('8') };

  it('refuses with a code, the value and the quote', () => {
    let error: unknown;
    try {
      assertValueInEvidence(record, ['社会消费品零售总额增长8.5%']);
    } catch (e) {
      error = e;
    }
    expect(isWorkbenchError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'VALUE_NOT_IN_EVIDENCE', details: { recordId: 'r_1', value: '8', unit: '%', quote: '社会消费品零售总额增长8.5%' } });
    expect((error as Error).message).toMatch(/value 8 % of 社会消费品零售总额 is not written in its evidence "社会消费品零售总额增长8\.5%"/);
  });

  it('lets a value through when the reviewer said why it differs', () => {
    const valueDiffers = { reason: 'the report misprints 8.5', by: 'alice', at: '2026-01-01T00:00:00Z' };
    expect(() => assertValueInEvidence({ ...record, valueDiffers }, ['社会消费品零售总额增长8.5%'])).not.toThrow();
    expect(() => assertValueInEvidence({ ...record, value: '8.5' }, ['社会消费品零售总额增长8.5%'])).not.toThrow();
  });
});
