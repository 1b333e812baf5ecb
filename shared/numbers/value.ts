/**
 * One value and one unit, as a reviewer or an extractor wrote them → an exact value in a base unit.
 */
import { foldWidth } from './chars.ts';
import { parseChineseNumeral, parseChinesePercent, isChineseNumeralChar } from './chineseNumeral.ts';
import { compareDecimal, isIntegerDecimal, multiplyDecimal, parseDecimal, shiftDecimal } from './decimal.ts';
import type { DecimalString } from './decimal.ts';
import { parseUnit } from './units.ts';
import type { BaseUnit, ParsedUnit } from './units.ts';

export interface NormalizedValue {
  valueNormalized: DecimalString;
  baseUnit: BaseUnit;
}

const TRAILING_MULTIPLIERS: ReadonlyArray<[string, number]> = [['万亿', 12], ['亿', 8], ['億', 8], ['万', 4], ['萬', 4]];

/**
 * Any single number as written: "172.9", "1,234.5", "１７２．９", "十万", "二○二二", "三点五",
 * "1.5万" (Arabic with a trailing 万/亿) and "百分之五" (→ "0.05", the fraction's value).
 * Null for ranges ("80—150"), empty text and anything else.
 */
export function parseNumber(text: string): DecimalString | null {
  const s = foldWidth(text.trim());
  const plain = parseDecimal(s);
  if (plain !== null) return plain;
  for (const [suffix, exponent] of TRAILING_MULTIPLIERS) {
    if (s.length > suffix.length && s.endsWith(suffix)) {
      const head = parseDecimal(s.slice(0, -suffix.length));
      if (head !== null) return shiftDecimal(head, exponent);
    }
  }
  return parseChineseNumeral(s);
}

/**
 * Normalises a value and a unit as written to an exact value in a stable base unit:
 * ("172.9", "亿元") → { valueNormalized: "17290000000", baseUnit: "yuan" };
 * ("3.5", "个百分点") → { "3.5", "percentage_points" }; ("百分之五", "") → { "5", "percent" }.
 * An empty unit is a bare number ("number"). 年 after a four-digit integer is a calendar year
 * ("calendar_year"), otherwise a duration ("years"); 月/日/季度 are points in time.
 * Returns null when the value is not one number (a range, text) or the unit is unknown.
 */
export function normalizeValue(value: string, unit: string): NormalizedValue | null {
  const v = foldWidth(value.trim());
  const percent = parseChinesePercent(v);
  if (percent !== null) {
    const u = foldWidth(unit.trim());
    return u === '' || u === '%' ? { valueNormalized: percent, baseUnit: 'percent' } : null;
  }
  const number = parseNumber(v);
  if (number === null) return null;
  const parsed = parseUnit(unit, { afterChineseNumeral: isChineseNumeralChar(v[0]) });
  if (parsed === null) return null;
  return applyUnit(number, parsed);
}

/**
 * Applies a parsed unit to a number. Points in time are checked (a 13th month is not a month:
 * it becomes a duration; a 5th quarter is nonsense: null).
 */
export function applyUnit(value: DecimalString, unit: ParsedUnit): NormalizedValue | null {
  const normalized = shiftDecimal(multiplyDecimal(value, unit.factor), unit.exponent);
  const baseUnit = refineTimeUnit(value, unit);
  if (baseUnit === null) return null;
  return { valueNormalized: normalized, baseUnit };
}

function refineTimeUnit(value: DecimalString, unit: ParsedUnit): BaseUnit | null {
  const between = (low: string, high: string): boolean =>
    isIntegerDecimal(value) && compareDecimal(value, low) >= 0 && compareDecimal(value, high) <= 0;
  switch (unit.base) {
    case 'years':
      // 2022 年 is a year; 3 年 and 30 周年 are durations.
      return unit.unit === '年' && between('1000', '2999') ? 'calendar_year' : 'years';
    case 'month_of_year':
      return between('1', '12') ? 'month_of_year' : 'months';
    case 'day_of_month':
      return between('1', '31') ? 'day_of_month' : 'days';
    case 'quarter_of_year':
      return between('1', '4') ? 'quarter_of_year' : null;
    default:
      return unit.base;
  }
}
