/**
 * Chinese numerals → exact decimal strings.
 *
 * Two forms occur in reports:
 *  - digit by digit, used for years: 二○二二 / 二〇二二 / 二零二二 → "2022";
 *  - positional, with 十百千 inside a section and 万/亿 between sections: 三千五百 → "3500",
 *    一万二千 → "12000", 十五 → "15", 一千零五 → "1005", and the spoken abbreviation 一万二 → "12000".
 * Financial forms (壹贰叁…拾佰仟) are read too; 两 is 2; 点 is the decimal point (三点五 → "3.5").
 */
import { parseDecimal, shiftDecimal } from './decimal.ts';
import type { DecimalString } from './decimal.ts';

export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0,
  一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/** Multipliers inside a section (power of ten). */
export const CHINESE_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };

/** Section multipliers (power of ten). */
export const CHINESE_BIG_UNITS: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

const ZEROS = new Set(['零', '〇', '○']);
// Sets, not `in` on the tables: the scanner asks this for every character of a report.
const NUMERAL_CHARS = new Set([...Object.keys(CHINESE_DIGITS), ...Object.keys(CHINESE_SMALL_UNITS), ...Object.keys(CHINESE_BIG_UNITS)]);
const DIGIT_CHARS = new Set(Object.keys(CHINESE_DIGITS));

/** The same characters by UTF-16 unit (all in the BMP), for scanners that read codes, not strings. */
const NUMERAL_CODES = new Set([...NUMERAL_CHARS].map((c) => c.charCodeAt(0)));

export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && NUMERAL_CHARS.has(ch);
}

export function isChineseNumeralCode(code: number): boolean {
  return NUMERAL_CODES.has(code);
}

export function isChineseDigit(ch: string | undefined): boolean {
  return ch !== undefined && DIGIT_CHARS.has(ch);
}

/** Fractions written as 百分之五 / 千分之三 / 万分之二: the prefix and the power of ten it divides by. */
export const FRACTION_PREFIXES: ReadonlyArray<{ prefix: string; exponent: number }> = [
  { prefix: '百分之', exponent: -2 },
  { prefix: '千分之', exponent: -3 },
  { prefix: '万分之', exponent: -4 },
];

/**
 * Parses a Chinese numeral (whole text, trimmed) into a canonical decimal, or null when the text is
 * not exactly one numeral. 百分之五 yields the value of the fraction, "0.05" — use
 * `parseChinesePercent` for the "5 %" reading. Arabic digits are not Chinese numerals: "172.9" → null
 * (see `parseNumber` in value.ts for text that may be either).
 */
export function parseChineseNumeral(text: string): DecimalString | null {
  const s = text.trim();
  for (const { prefix, exponent } of FRACTION_PREFIXES) {
    if (s.startsWith(prefix)) {
      const inner = s.slice(prefix.length);
      const value = parseChineseNumeral(inner) ?? parseDecimal(inner);
      return value === null ? null : shiftDecimal(value, exponent);
    }
  }
  return parseChineseWithPoint(s);
}

/** 百分之五 → "5", 百分之三点五 → "3.5", 百分之5 → "5"; null for anything not written as 百分之…. */
export function parseChinesePercent(text: string): DecimalString | null {
  const s = text.trim();
  if (!s.startsWith('百分之')) return null;
  const inner = s.slice('百分之'.length);
  return parseChineseWithPoint(inner) ?? parseDecimal(inner);
}

function parseChineseWithPoint(s: string): DecimalString | null {
  if (s === '') return null;
  const point = s.indexOf('点');
  if (point < 0) return parseChineseInteger(s);
  // 三点五 / 三点五亿: integer part, digit-by-digit fraction, then optional section multipliers.
  const intText = s.slice(0, point);
  let rest = s.slice(point + 1);
  let exponent = 0;
  while (rest.length > 0) {
    const last = rest[rest.length - 1] ?? '';
    const big = CHINESE_BIG_UNITS[last];
    if (big === undefined) break;
    exponent += big;
    rest = rest.slice(0, -1);
  }
  if (intText === '' || rest === '') return null;
  const intValue = parseChineseInteger(intText);
  if (intValue === null) return null;
  let fraction = '';
  for (const ch of rest) {
    const digit = CHINESE_DIGITS[ch];
    if (digit === undefined || ch === '两') return null;
    fraction += String(digit);
  }
  const value = parseDecimal(`${intValue}.${fraction}`);
  return value === null ? null : shiftDecimal(value, exponent);
}

function parseChineseInteger(s: string): DecimalString | null {
  const chars = [...s];
  if (chars.length === 0) return null;
  if (chars.every((ch) => ch in CHINESE_DIGITS)) return parseDigitByDigit(chars);
  return parsePositional(chars);
}

// 二○二二 → 2022. 两 is a counting word ("两个"), never a digit in this form.
function parseDigitByDigit(chars: string[]): DecimalString | null {
  if (chars.length > 1 && chars.includes('两')) return null;
  let digits = '';
  for (const ch of chars) digits += String(CHINESE_DIGITS[ch]);
  return parseDecimal(digits);
}

function parsePositional(chars: string[]): DecimalString | null {
  let yiPart = 0n; // everything before 亿, already multiplied
  let wanPart = 0n; // the 万 section, already multiplied
  let section = 0n; // below 万
  let pending: bigint | null = null; // a digit waiting for its multiplier
  let lastSmall = 4; // small multipliers must strictly decrease within a section
  let prevExponent = 0; // exponent of the multiplier just before `pending` (for 一万二 = 12000)
  let sawZero = false;
  let sawYi = false;
  let sawWan = false;
  let sawAnything = false;

  for (const ch of chars) {
    const digit = CHINESE_DIGITS[ch];
    const small = CHINESE_SMALL_UNITS[ch];
    const big = CHINESE_BIG_UNITS[ch];
    if (digit !== undefined) {
      if (ZEROS.has(ch)) {
        if (pending !== null) return null; // 三零 is not positional
        sawZero = true;
        prevExponent = 0;
        sawAnything = true;
        continue;
      }
      if (pending !== null) return null; // two digits in a row (十四五) is not a number
      pending = BigInt(digit);
      sawAnything = true;
      continue;
    }
    if (small !== undefined) {
      if (small >= lastSmall) return null; // 一千百, 十百
      // A leading 十/百/千 means one of it (十五, 千亿), but only at the start of a section.
      if (pending === null && (section !== 0n || sawZero)) return null;
      section += (pending ?? 1n) * 10n ** BigInt(small);
      pending = null;
      lastSmall = small;
      prevExponent = small;
      sawZero = false;
      sawAnything = true;
      continue;
    }
    if (big !== undefined) {
      const sectionValue = section + (pending ?? 0n);
      const nothingBefore = !sawAnything;
      if (big === 8) {
        if (sawYi) return null;
        const base = wanPart + sectionValue;
        // 亿 alone or 万亿 (wanPart carries the 万): both are meaningful starts.
        yiPart = (base === 0n && nothingBefore ? 1n : base) * 10n ** 8n;
        if (yiPart === 0n) return null;
        wanPart = 0n;
        sawYi = true;
        sawWan = false;
      } else {
        if (sawWan) return null;
        const base = sectionValue === 0n && nothingBefore ? 1n : sectionValue;
        if (base === 0n) return null;
        wanPart = base * 10n ** 4n;
        sawWan = true;
      }
      section = 0n;
      pending = null;
      lastSmall = 4;
      prevExponent = big;
      sawZero = false;
      sawAnything = true;
      continue;
    }
    return null;
  }
  let total = yiPart + wanPart + section;
  if (pending !== null) {
    // 一万二 = 12000, 三千五 = 3500: a final digit right after a multiplier counts one place lower.
    const place = prevExponent > 0 ? BigInt(prevExponent - 1) : 0n;
    total += pending * 10n ** place;
  }
  return sawAnything ? total.toString() : null;
}
