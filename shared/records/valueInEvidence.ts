/**
 * Whether a record's value and unit are written in its evidence: the one test behind the value guard at save
 * and verify, the consistency check and verify-export. Numbers are compared by value, not by spelling:
 * 8.5 matches 8.50, 1.84 万人 matches 18400人, １７２.９ matches 172.9, 三千万元 matches 3000 万元, and a range
 * ("5-5.5" %) matches a range in the text (5%-5.5%). Units are compared by what they measure: 172.9 亿元 is
 * not 172.9 万元. A decrease (下降2.5%) may be recorded as 2.5 or as -2.5 when the measure is growth.
 * A unit the number reader does not know (标箱) must be written right after the number.
 */
import { findQuantities, foldWidth, normalizeValue, parseNumber } from '../numbers/index.ts';
import type { NormalizedValue } from '../numbers/index.ts';
import type { IndicatorRecord } from './indicatorRecord.ts';

export type StatedValue = Pick<IndicatorRecord, 'value' | 'unit' | 'measure'>;

type Expected =
  | { kind: 'number'; number: string; unit: string; normalized: NormalizedValue | null; negative: boolean }
  | { kind: 'range'; low: string; high: string; baseUnit: string }
  | { kind: 'text'; value: string; unit: string };

/** One number the text states: as written (sign included) and in its base unit, where it starts and ends. */
interface StatedNumber {
  written: string;
  normalized: string | null;
  baseUnit: string;
  start: number;
  end: number;
  /** A bare Arabic number read on its own: `end` is right after its digits. */
  literal?: boolean;
}

/** Words before a number that make it a decrease: 下降2.5% may be recorded as -2.5. */
const DECREASE_WORDS = ['下降', '下滑', '下跌', '回落', '降低', '降幅', '负增长', '减'];
const DECREASE_WINDOW = 6;

export function valueInEvidence(stated: StatedValue, quotes: readonly string[]): boolean {
  const expected = readStated(stated);
  return quotes.some((quote) => quoteStates(foldWidth(quote), expected, stated.measure === 'growth'));
}

function readStated({ value, unit }: StatedValue): Expected {
  const v = foldWidth(value.trim());
  const u = foldWidth(unit.trim());
  const number = parseNumber(v);
  if (number !== null) {
    const negative = number.startsWith('-');
    const magnitude = negative ? number.slice(1) : number;
    return { kind: 'number', number: magnitude, unit: u, normalized: normalizeValue(magnitude, u), negative };
  }
  const whole = v.endsWith(u) ? v : v + u;
  const [q, ...others] = findQuantities(whole);
  if (q?.rangeNormalized && others.length === 0 && q.start === 0 && q.end === whole.length) {
    return { kind: 'range', ...q.rangeNormalized, baseUnit: q.baseUnit };
  }
  return { kind: 'text', value: v, unit: u };
}

function quoteStates(quote: string, expected: Expected, isGrowth: boolean): boolean {
  if (expected.kind === 'text') return quote.includes(expected.value) && quote.includes(expected.unit);
  if (expected.kind === 'range') {
    return findQuantities(quote).some((q) =>
      q.rangeNormalized?.low === expected.low && q.rangeNormalized.high === expected.high && q.baseUnit === expected.baseUnit);
  }
  return statedNumbers(quote).some((n) => {
    const sign = n.written.startsWith('-') ? '-' : '';
    if (expected.negative) {
      // -2.5 is written as -2.5, or as 2.5 after 下降 when the record is a growth.
      const decrease = sign === '' && isGrowth && followsDecrease(quote, n.start);
      if (sign !== '-' && !decrease) return false;
    } else if (sign === '-') {
      return false;
    }
    return sameNumber(quote, unsigned(n), expected);
  });
}

function sameNumber(quote: string, n: StatedNumber, expected: Extract<Expected, { kind: 'number' }>): boolean {
  if (expected.normalized === null) {
    // A unit the reader does not know: the number (120, or 120万 read whole), then the unit as the record spells it.
    const numberMatches = n.literal ? n.written === expected.number : n.baseUnit === 'number' && n.normalized === expected.number;
    return numberMatches && unitWrittenAt(quote, n.end, expected.unit);
  }
  if (expected.unit === '') return n.written === expected.number || (n.baseUnit === 'number' && n.normalized === expected.number);
  return n.normalized === expected.normalized.valueNormalized && n.baseUnit === expected.normalized.baseUnit;
}

/** Every number in the quote: quantities (with their units), both ends of ranges, and bare Arabic numbers. */
function statedNumbers(quote: string): StatedNumber[] {
  const numbers: StatedNumber[] = [];
  for (const q of findQuantities(quote)) {
    const at = { baseUnit: q.baseUnit, start: q.start, end: q.end };
    if (q.range && q.rangeNormalized) {
      numbers.push({ ...at, written: q.range.low, normalized: q.rangeNormalized.low });
      numbers.push({ ...at, written: q.range.high, normalized: q.rangeNormalized.high });
    } else if (q.value !== null) {
      numbers.push({ ...at, written: q.value, normalized: q.valueNormalized });
    }
  }
  // Numbers the quantity reader leaves out (no unit after them) still count as written.
  // A minus sign is left to the quantity reader, which tells 5%-5.5% (a range) from -2.5% (a decrease).
  for (const m of quote.matchAll(/(?<![\d.,-])\d+(?:,\d{3})*(?:\.\d+)?/g)) {
    const written = parseNumber(m[0]);
    if (written !== null) numbers.push({ written, normalized: written, baseUnit: 'number', start: m.index, end: m.index + m[0].length, literal: true });
  }
  return numbers;
}

function unsigned(n: StatedNumber): StatedNumber {
  const strip = (s: string) => (s.startsWith('-') ? s.slice(1) : s);
  return { ...n, written: strip(n.written), normalized: n.normalized === null ? null : strip(n.normalized) };
}

function followsDecrease(quote: string, start: number): boolean {
  const before = quote.slice(Math.max(0, start - DECREASE_WINDOW), start);
  return DECREASE_WORDS.some((w) => before.includes(w));
}

/** The unit as the record spells it, right after the number (spaces and 余/多 between are allowed). */
function unitWrittenAt(quote: string, end: number, unit: string): boolean {
  if (unit === '') return true;
  let at = end;
  while (at < quote.length && /[\s余多]/.test(quote[at]!)) at++;
  return quote.startsWith(unit, at);
}
