/**
 * Finds every numeric expression in running report text, with UTF-16 offsets into that text.
 *
 * What a quantity is: a number (Arabic, full-width, or Chinese) with the unit written after it
 * (spaces allowed: "172.9 亿元"), an approx mark written inside (1.1万余座, 200多家), or a range
 * (80—150个, 80个至150个, 0—6岁). Qualifiers around it (左右, 以上, 突破…) are not part of the span:
 * see `findQualifiers` in qualifiers.ts.
 *
 * What is flagged rather than dropped, so callers can skip it: years (2022年, 二○二二年: isYear),
 * months/days/quarters (3 月底, 5 月份, 二季度: isDate), and codes (5G, G239, PM2.5: isCode).
 *
 * What is never a quantity: ordinals (第一, 第 3 次), list markers ((1), 1、), Chinese numerals
 * with no unit (一是, 统一, 十四五), idioms (千家万户), and per-unit denominators (每万人).
 */
import { foldWidth, isAsciiDigit, isAsciiLetter, isFullWidthDigit, isInlineSpace } from './chars.ts';
import { CHINESE_BIG_UNITS, CHINESE_DIGITS, isChineseDigit, isChineseNumeralChar, isChineseNumeralCode, parseChineseNumeral } from './chineseNumeral.ts';
import { parseDecimal } from './decimal.ts';
import type { DecimalString } from './decimal.ts';
import { QUALIFIERS_ADJACENT, QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from './qualifiers.ts';
import { matchUnitAt } from './units.ts';
import type { ApproxMark, BaseUnit, UnitMatch } from './units.ts';
import { applyUnit } from './value.ts';
import type { NormalizedValue } from './value.ts';

export interface Quantity {
  start: number;
  /** Exclusive. `text === source.slice(start, end)`. */
  end: number;
  text: string;
  /** The number as written, before the unit's multiplier, canonical ("172.9" for 172.9亿元). Null for a range. */
  value: DecimalString | null;
  /** The unit as written, width-folded, without the approx mark: "亿元", "%", "万座"; "" when none. */
  unit: string;
  /** `value` in `baseUnit` (172.9亿元 → "17290000000"). Null for a range (see `rangeNormalized`). */
  valueNormalized: DecimalString | null;
  baseUnit: BaseUnit;
  numeral: 'arabic' | 'chinese';
  /** Both ends as written, canonical (80—150个 → { low: "80", high: "150" }). */
  range?: { low: DecimalString; high: DecimalString };
  rangeNormalized?: { low: DecimalString; high: DecimalString };
  /** 余 or 多 written inside the expression: 1.1万余座 → '余'. */
  approx?: ApproxMark;
  /** A calendar year (2022年, 二○二二年), not an amount. */
  isYear?: boolean;
  /** A month, day or quarter (3 月底, 5 月份, 二季度), not an amount. */
  isDate?: boolean;
  /** Part of an identifier (5G, G239, PM2.5), not an amount. */
  isCode?: boolean;
}

/** True for an amount a report could state as an indicator value: not a year, date or code. */
export function isAmount(q: Quantity): boolean {
  return !q.isYear && !q.isDate && !q.isCode;
}

interface NumberToken {
  start: number;
  end: number;
  value: DecimalString;
  numeral: 'arabic' | 'chinese';
  /** 百分之五 / 千分之三: the unit is part of the numeral. */
  fractionUnit?: '%' | '‰';
  /** Only 十/百/千/万/亿 (千亿, 百余家): weaker evidence of a number than 三千. */
  pureMultiplier?: boolean;
  isCode?: boolean;
}

const RANGE_CONNECTORS = new Set(['-', '‐', '–', '—', '~', '〜', '至', '到']);
const BULLETS = new Set(['-', '*', '•', '●', '·', '#', '>']);
const FRACTION_WORDS: ReadonlyArray<[string, '%' | '‰']> = [['百分之', '%'], ['千分之', '‰']];
const ORDINAL_PREFIXES = new Set(['第']);
const DENOMINATOR_PREFIXES = new Set(['每']);
const SLOGAN_OPENERS = new Set(['“', '"', '「', '『', '《']);

export function findQuantities(source: string): Quantity[] {
  const text = foldWidth(source);
  const found: Quantity[] = [];
  let i = 0;
  while (i < text.length) {
    // Most characters cannot start a number: skip them before readNumber builds strings to ask.
    if (!mayStartNumber(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const token = readNumber(source, text, i);
    if (token === null) {
      i++;
      continue;
    }
    if (token === 'skip') {
      i = skipRun(text, i);
      continue;
    }
    const quantity = completeQuantity(source, text, token);
    if (quantity) found.push(quantity);
    i = quantity ? quantity.end : token.end;
  }
  return found;
}

/** An ASCII digit, '-' or a Chinese numeral (百分之 / 千分之 open with one): what readNumber may start at. */
function mayStartNumber(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2d || isChineseNumeralCode(code);
}

function skipRun(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && (isAsciiDigit(text[j]) || isChineseNumeralChar(text[j]) || text[j] === '.' || text[j] === ',')) j++;
  return j;
}

/** A number starting exactly at `i`, 'skip' for an ordinal or list marker, or null if none starts here. */
function readNumber(source: string, text: string, i: number): NumberToken | 'skip' | null {
  for (const [word, unit] of FRACTION_WORDS) {
    if (text.startsWith(word, i)) {
      const inner = readArabic(source, text, i + word.length) ?? readChinese(text, i + word.length);
      if (inner === null || inner === 'skip') return null;
      return { ...inner, start: i, fractionUnit: unit, pureMultiplier: false };
    }
  }
  const ch = text[i];
  // A minus sign, unless the hyphen follows a digit or letter (a range, a code) or another dash (--2015年, a dateline).
  const startsArabic = isAsciiDigit(ch)
    || (ch === '-' && isAsciiDigit(text[i + 1]) && !isAsciiDigit(text[i - 1]) && !isAsciiLetter(text[i - 1]) && !RANGE_CONNECTORS.has(text[i - 1] ?? ''));
  if (startsArabic || isChineseNumeralChar(ch)) {
    const before = previousNonSpace(text, i);
    if (ORDINAL_PREFIXES.has(before ?? '')) return 'skip';
    if (DENOMINATOR_PREFIXES.has(before ?? '')) return 'skip';
  }
  if (startsArabic) {
    if (isListMarker(text, i)) return 'skip';
    return readArabic(source, text, i);
  }
  if (isChineseNumeralChar(ch)) {
    // “三个务必”, “五个一批”: a numeral opening a quoted phrase names a slogan, it does not count anything.
    if (SLOGAN_OPENERS.has(text[i - 1] ?? '')) return 'skip';
    return readChinese(text, i);
  }
  return null;
}

function previousNonSpace(text: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && isInlineSpace(text[j])) j--;
  return text[j];
}

/** (1) / （1） anywhere, or 1、 / 1. at the start of a line (after any bullet). */
function isListMarker(text: string, i: number): boolean {
  let j = i;
  while (isAsciiDigit(text[j])) j++;
  if (j - i > 2) return false;
  const next = text[j];
  if ((text[i - 1] === '(' || text[i - 1] === '（') && (next === ')' || next === '）')) return true;
  const isMarkerEnd = next === '、' || (next === '.' && !isAsciiDigit(text[j + 1])) || next === ')' || next === '）';
  if (!isMarkerEnd) return false;
  let k = i - 1;
  while (k >= 0 && (isInlineSpace(text[k]) || BULLETS.has(text[k] ?? ''))) k--;
  return k < 0 || text[k] === '\n';
}

function readArabic(source: string, text: string, i: number): NumberToken | null {
  let j = text[i] === '-' ? i + 1 : i;
  const intStart = j;
  while (isAsciiDigit(text[j])) j++;
  if (j === intStart) return null;
  // Thousands groups (1,234,567): the first group is one to three digits, each later group exactly three.
  // A full-width comma between ASCII digits is punctuation ("100，200"), so it only groups full-width digits.
  if (j - intStart <= 3) {
    while (text[j] === ',' && isThreeDigitGroup(text, j + 1)) {
      if (source[j] === '，' && !(isFullWidthDigit(source[j - 1]) && isFullWidthDigit(source[j + 1]))) break;
      j += 4;
    }
  }
  if (text[j] === '.' && isAsciiDigit(text[j + 1])) {
    j++;
    while (isAsciiDigit(text[j])) j++;
  }
  const value = parseDecimal(text.slice(i, j));
  if (value === null) return null;
  // Glued to Latin letters or braces it is part of an identifier: G239, PM2.5, PM_{2.5}, v1.2.
  // A literal escape left by a scraper (`\r\n2023年`) is a line break, not part of a code.
  const prev = text[i - 1];
  const afterEscape = text[i - 2] === '\\' && (prev === 'n' || prev === 'r' || prev === 't');
  const isCode = (isAsciiLetter(prev) && !afterEscape) || prev === '_' || prev === '{' || prev === '.';
  return { start: i, end: j, value, numeral: 'arabic', ...(isCode ? { isCode } : {}) };
}

function isThreeDigitGroup(text: string, at: number): boolean {
  return isAsciiDigit(text[at]) && isAsciiDigit(text[at + 1]) && isAsciiDigit(text[at + 2]) && !isAsciiDigit(text[at + 3]);
}

function readChinese(text: string, i: number): NumberToken | 'skip' | null {
  let j = i;
  while (j < text.length) {
    if (isChineseNumeralChar(text[j])) j++;
    else if (text[j] === '点' && j > i && isChineseDigit(text[j + 1])) j++;
    else break;
  }
  if (j === i) return null;
  const run = text.slice(i, j);
  // A lone 万 or 亿 is the start of a unit (亿元) or a word (万达), not a number.
  if (run.length === 1 && run in CHINESE_BIG_UNITS) return 'skip';
  // A trailing 万/亿 belongs to the unit (十万亩 = 10 × 万亩), as for Arabic numbers (6 万亩).
  for (const suffix of ['万亿', '亿', '億', '万', '萬']) {
    if (run.length > suffix.length && run.endsWith(suffix)) {
      const head = run.slice(0, -suffix.length);
      const value = parseChineseNumeral(head);
      if (value !== null) return chineseToken(i, head, value);
      break;
    }
  }
  const value = parseChineseNumeral(run);
  return value === null ? 'skip' : chineseToken(i, run, value);
}

function chineseToken(start: number, written: string, value: DecimalString): NumberToken {
  const pureMultiplier = ![...written].some((ch) => ch in CHINESE_DIGITS);
  return { start, end: start + written.length, value, numeral: 'chinese', pureMultiplier };
}

interface Measured {
  token: NumberToken;
  unit: UnitMatch | null;
  end: number;
}

function measure(text: string, token: NumberToken): Measured {
  if (token.fractionUnit) {
    const unit = matchUnitAt(token.fractionUnit, 0);
    return { token, unit: unit && { ...unit, end: token.end }, end: token.end };
  }
  if (token.isCode) return { token, unit: null, end: token.end };
  let at = token.end;
  while (isInlineSpace(text[at])) at++;
  const unit = matchUnitAt(text, at, { afterChineseNumeral: token.numeral === 'chinese' });
  return { token, unit, end: unit ? unit.end : token.end };
}

function completeQuantity(source: string, text: string, token: NumberToken): Quantity | null {
  const first = measure(text, token);
  const second = readRangeEnd(source, text, first);
  const range = second && buildRange(source, first, second);
  if (range) return range;
  if (token.numeral === 'chinese' && !chineseHasUnit(text, first)) return null;
  const unit = first.unit;
  const normalized = unit ? dayOrDays(text, token, applyUnit(token.value, unit)) : null;
  // A unit that does not fit the number (a 5th quarter) is dropped: the bare number remains.
  const useUnit = unit !== null && normalized !== null;
  if (!useUnit && token.numeral === 'chinese') return null;
  const end = useUnit ? first.end : token.end;
  const nextChar = text[end];
  const isCode = token.isCode || (!useUnit && isAsciiLetter(nextChar));
  const baseUnit: BaseUnit = useUnit ? normalized.baseUnit : 'number';
  return {
    start: token.start, end, text: source.slice(token.start, end),
    value: token.value, unit: useUnit ? unit.unit : '',
    valueNormalized: useUnit ? normalized.valueNormalized : token.value, baseUnit,
    numeral: token.numeral,
    ...(useUnit && unit.approx ? { approx: unit.approx } : {}),
    ...flags(baseUnit),
    ...(isCode ? { isCode: true } : {}),
  };
}

/**
 * Chinese numerals are everywhere in words (统一, 一是, 十四五), so one counts only with a unit, and a
 * bare multiplier (千亿) only with a qualifier beside it (千亿以上) or a digit in it (三千万).
 */
function chineseHasUnit(text: string, m: Measured): boolean {
  const { token, unit } = m;
  if (!unit) return false;
  if (token.fractionUnit) return true;
  if (unit.base === 'number') {
    if (unit.prefix === '') return false; // an approx mark alone: 三十多
    if (!token.pureMultiplier) return true;
    return hasQualifierBeside(text, token.start, m.end);
  }
  // 千家万户, 千头万绪: a multiplier, a classifier and another numeral is an idiom.
  if (token.pureMultiplier && isChineseNumeralChar(text[m.end])) return false;
  return true;
}

function hasQualifierBeside(text: string, start: number, end: number): boolean {
  const afterWords: readonly string[] = QUALIFIERS_AFTER;
  const beforeWords: readonly string[] = [...QUALIFIERS_BEFORE, ...QUALIFIERS_ADJACENT, '达到', '达'];
  return afterWords.some((w) => text.startsWith(w, end)) || beforeWords.some((w) => text.startsWith(w, start - w.length));
}

/** After a number (and its unit), a connector and a second number make a range: 80—150个, 3-5家. */
function readRangeEnd(source: string, text: string, first: Measured): Measured | null {
  if (first.token.fractionUnit || first.token.isCode) return null;
  let at = first.end;
  while (isInlineSpace(text[at])) at++;
  const connector = text[at];
  if (connector === undefined || !RANGE_CONNECTORS.has(connector)) return null;
  if (connector === '—' && text[at + 1] === '—') return null; // —— is a dash between clauses
  at++;
  while (isInlineSpace(text[at])) at++;
  const token = isAsciiDigit(text[at]) ? readArabic(source, text, at) : isChineseNumeralChar(text[at]) ? readChinese(text, at) : null;
  if (token === null || token === 'skip' || token.isCode) return null;
  if (token.numeral !== first.token.numeral) return null; // 3至五 is not how anyone writes a range
  const second = measure(text, token);
  // 三至五: Chinese numerals count only with a unit (三至五年 borrows the second end's).
  if (token.numeral === 'chinese' && !(second.unit ?? first.unit)) return null;
  return second;
}

/** Null when the two ends do not measure the same thing (3 个至 5 年): then the first stands alone. */
function buildRange(source: string, first: Measured, second: Measured): Quantity | null {
  const highUnit = second.unit ?? first.unit;
  // 80个至150个 has a unit on each end; 80—150个 and 5万—10万元 take the second end's.
  const lowUnit = first.unit && first.unit.base !== 'number' ? first.unit : highUnit;
  const low = lowUnit ? applyUnit(first.token.value, lowUnit) : null;
  const high = highUnit ? applyUnit(second.token.value, highUnit) : null;
  if (highUnit && (!low || !high || low.baseUnit !== high.baseUnit)) return null;
  const baseUnit: BaseUnit = high ? high.baseUnit : 'number';
  const start = first.token.start;
  const end = second.end;
  const approx = second.unit?.approx ?? first.unit?.approx;
  return {
    start, end, text: source.slice(start, end),
    value: null, unit: highUnit?.unit ?? '',
    valueNormalized: null, baseUnit, numeral: first.token.numeral,
    range: { low: first.token.value, high: second.token.value },
    rangeNormalized: { low: low?.valueNormalized ?? first.token.value, high: high?.valueNormalized ?? second.token.value },
    ...(approx ? { approx } : {}),
    ...flags(baseUnit),
  };
}

/** 三日清零 is three days; a Chinese 日 is a day of the month only after a month (三月五日). */
function dayOrDays(text: string, token: NumberToken, value: NormalizedValue | null): NormalizedValue | null {
  if (value?.baseUnit !== 'day_of_month' || token.numeral !== 'chinese' || text[token.start - 1] === '月') return value;
  return { ...value, baseUnit: 'days' };
}

function flags(baseUnit: BaseUnit): Pick<Quantity, 'isYear' | 'isDate'> {
  if (baseUnit === 'calendar_year') return { isYear: true };
  if (baseUnit === 'month_of_year' || baseUnit === 'day_of_month' || baseUnit === 'quarter_of_year') return { isDate: true };
  return {};
}
