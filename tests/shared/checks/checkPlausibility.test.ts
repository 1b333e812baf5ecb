import { describe, expect, it } from 'vitest';
import { checkPlausibility, type CheckedRecord } from '../../../shared/checks/index.ts';
import { normalizeValue } from '../../../shared/numbers/index.ts';
import { PLAUSIBILITY_REASON_CODES } from '../../../shared/checks/plausibilityReasonCodes.ts';

let n = 0;
/** A record as the checks read it; the value normalised as the app does. */
function rec(fields: Partial<CheckedRecord> & Pick<CheckedRecord, 'indicator' | 'year' | 'value' | 'unit'>): CheckedRecord {
  const normalized = normalizeValue(fields.value, fields.unit);
  return {
    id: `r_${++n}`, docId: 'report-2023', region: '示范区', kind: 'actual', measure: 'level', qualifier: '', status: 'verified',
    valueNormalized: normalized?.valueNormalized ?? null, baseUnit: normalized?.baseUnit ?? null, evidence: [{ quote: '' }],
    ...fields,
  };
}
const titles = new Map([['report-2023', '2023年政府工作报告'], ['report-2022', '2022年政府工作报告']]);
const check = (records: CheckedRecord[]) => checkPlausibility(records, { documentTitles: titles });

describe('level against the previous level and the reported growth', () => {
  it('flags a growth the two levels cannot give, naming indicator, values and document', () => {
    const before = rec({ indicator: '地区生产总值', year: 2021, value: '100', unit: '亿元', docId: 'report-2022' });
    const now = rec({ indicator: '地区生产总值', year: 2022, value: '150', unit: '亿元' });
    const growth = rec({ indicator: '地区生产总值', year: 2022, value: '5', unit: '%', measure: 'growth' });
    const [finding, ...rest] = check([before, now, growth]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ type: 'level_growth', severity: 'warning', recordIds: [before.id, now.id, growth.id] });
    expect(finding!.reason).toEqual({
      code: 'check.levelGrowth.mismatchAtCurrentPrices',
      params: expect.objectContaining({ indicator: '地区生产总值', value: '150 亿元', previousValue: '100 亿元', growth: '5 %', implied: '50%', document: '2023年政府工作报告', previousDocument: '2022年政府工作报告' }),
    });
    expect(JSON.stringify(finding!.reason)).not.toMatch(/r_\d/);
  });

  it('accepts what rounding explains, and for money what price changes explain', () => {
    // 104.96 / 100.04 − 1 = 4.92 %: 4.9 % is right once both levels are read as rounded.
    const rounded = [
      rec({ indicator: '粮食产量', year: 2021, value: '100.0', unit: '万吨' }),
      rec({ indicator: '粮食产量', year: 2022, value: '105.0', unit: '万吨' }),
      rec({ indicator: '粮食产量', year: 2022, value: '4.96', unit: '%', measure: 'growth' }),
    ];
    expect(check(rounded)).toEqual([]);
    // Nominal +8 % against real growth of 5.2 %: GDP growth is at comparable prices.
    const real = [
      rec({ indicator: 'GDP', year: 2021, value: '100', unit: '亿元' }),
      rec({ indicator: '地区生产总值', year: 2022, value: '108', unit: '亿元' }),
      rec({ indicator: '地区生产总值', year: 2022, value: '5.2', unit: '%', measure: 'growth' }),
    ];
    expect(check(real)).toEqual([]);
    // The same gap in tonnes has no price to explain it.
    const tonnes = [
      rec({ indicator: '粮食产量', year: 2021, value: '100', unit: '万吨' }),
      rec({ indicator: '粮食产量', year: 2022, value: '108', unit: '万吨' }),
      rec({ indicator: '粮食产量', year: 2022, value: '5.2', unit: '%', measure: 'growth' }),
    ];
    expect(check(tonnes).map((f) => f.reason?.code)).toEqual(['check.levelGrowth.mismatch']);
  });

  it('leaves rejected records and other regions out', () => {
    const records = [
      rec({ indicator: '地区生产总值', year: 2021, value: '100', unit: '亿元' }),
      rec({ indicator: '地区生产总值', year: 2022, value: '150', unit: '亿元', status: 'rejected' }),
      rec({ indicator: '地区生产总值', year: 2022, value: '150', unit: '亿元', region: '别的区' }),
      rec({ indicator: '地区生产总值', year: 2022, value: '5', unit: '%', measure: 'growth' }),
    ];
    expect(check(records)).toEqual([]);
  });
});

describe('target far from the last actual', () => {
  it('flags a level target many times the last actual, and a rate target far from the last rate', () => {
    const actual = rec({ indicator: '一般公共预算收入', year: 2022, value: '12.5', unit: '亿元' });
    const target = rec({ indicator: '一般公共预算收入', year: 2023, value: '125', unit: '亿元', kind: 'target' });
    const rateActual = rec({ indicator: '地区生产总值', year: 2022, value: '5.2', unit: '%', measure: 'growth' });
    const rateTarget = rec({ indicator: '地区生产总值', year: 2023, value: '65', unit: '%', measure: 'growth', kind: 'target' });
    const found = check([actual, target, rateActual, rateTarget]).filter((f) => f.type === 'target_far');
    expect(found.map((f) => f.reason?.code).sort()).toEqual(['check.targetFar.level', 'check.targetFar.rate']);
    expect(found.find((f) => f.reason?.code === 'check.targetFar.level')!.reason!.params).toMatchObject({ ratio: 10, value: '125 亿元', actualValue: '12.5 亿元' });
  });

  it('accepts an ordinary target, also several years ahead', () => {
    const records = [
      rec({ indicator: '地区生产总值', year: 2022, value: '172.9', unit: '亿元' }),
      rec({ indicator: '地区生产总值', year: 2023, value: '182', unit: '亿元', kind: 'target' }),
      rec({ indicator: '地区生产总值', year: 2025, value: '300', unit: '亿元', kind: 'target' }),
      rec({ indicator: '地区生产总值', year: 2022, value: '5.2', unit: '%', measure: 'growth' }),
      rec({ indicator: '地区生产总值', year: 2023, value: '6', unit: '%', measure: 'growth', kind: 'target' }),
    ];
    expect(check(records)).toEqual([]);
  });
});

describe('magnitude jumps', () => {
  it('says when a level jumps ten-thousandfold between units (亿元 against 万元)', () => {
    const records = [
      rec({ indicator: '固定资产投资', year: 2021, value: '58.2', unit: '亿元' }),
      rec({ indicator: '固定资产投资', year: 2022, value: '61.5', unit: '万元' }),
    ];
    const [finding] = check(records);
    expect(finding).toMatchObject({ type: 'magnitude_jump', reason: { code: 'check.magnitude.unitJump', params: { factor: 9463, value: '61.5 万元' } } });
  });

  it('flags a tenfold jump in the same unit and leaves ordinary changes alone', () => {
    const jump = [rec({ indicator: '进出口总额', year: 2021, value: '3.1', unit: '亿元' }), rec({ indicator: '进出口总额', year: 2022, value: '31', unit: '亿元' })];
    expect(check(jump).map((f) => f.reason?.code)).toEqual(['check.magnitude.jumpUp']);
    const calm = [rec({ indicator: '进出口总额', year: 2021, value: '3.1', unit: '亿元' }), rec({ indicator: '进出口总额', year: 2022, value: '4.0', unit: '亿元' })];
    expect(check(calm)).toEqual([]);
  });
});

describe('reason codes', () => {
  it('are all of the form check.<kind>.<variant> and listed', () => {
    for (const code of PLAUSIBILITY_REASON_CODES) expect(code).toMatch(/^check\.[a-zA-Z]+\.[a-zA-Z]+$/);
  });
});
