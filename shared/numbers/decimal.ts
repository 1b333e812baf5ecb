/**
 * Exact decimal arithmetic on strings, backed by BigInt. No JavaScript number ever holds a value,
 * so 172.9 × 10^8 is "17290000000", never 17289999999.999998.
 *
 * Canonical form (what every function here returns): optional '-', integer digits without leading
 * zeros, and a fractional part only when non-zero, without trailing zeros. "0" is never negative,
 * and there is never an exponent. Examples: "17290000000", "0.05", "-3.8".
 */
import { foldWidth } from './chars.ts';

/** A decimal string in canonical form (see module comment). */
export type DecimalString = string;

/** coef × 10^-scale, scale ≥ 0. */
interface Dec {
  coef: bigint;
  scale: number;
}

// Thousands groups must be exactly three digits after a first group of one to three ("1,234,567.5").
const DECIMAL_PATTERN = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
/** Canonical form, "-0" aside: no leading zeros, no trailing fractional zeros, ASCII only. */
const CANONICAL_PATTERN = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

/**
 * Reads a decimal as written: "1,234.5", "１７２．９", "-3.8", "+5", "1，234" (full-width comma and
 * point are folded first). Returns the canonical string, or null if the text is not one plain decimal
 * (no exponents, no ranges, no units, no leading/trailing point such as ".5" or "5.").
 */
export function parseDecimal(text: string): DecimalString | null {
  // Already canonical (most numbers a report writes: 2023, 172.9, 5.5): the answer is the text itself.
  if (CANONICAL_PATTERN.test(text) && text !== '-0') return text;
  const match = DECIMAL_PATTERN.exec(foldWidth(text.trim()));
  if (!match) return null;
  const [, sign, intPart = '', fracPart = ''] = match;
  const digits = intPart.replaceAll(',', '') + fracPart;
  const coef = BigInt(digits) * (sign === '-' ? -1n : 1n);
  return format({ coef, scale: fracPart.length });
}

export function isDecimal(text: string): boolean {
  return parseDecimal(text) !== null;
}

/** value × 10^exponent, exactly. A negative exponent divides (still exact: it only moves the point). */
export function shiftDecimal(value: string, exponent: number): DecimalString {
  if (!Number.isSafeInteger(exponent)) throw new RangeError(`shiftDecimal: exponent must be an integer, got ${exponent}`);
  const d = toDec(value);
  if (exponent >= 0) return format({ coef: d.coef * 10n ** BigInt(exponent), scale: d.scale });
  return format({ coef: d.coef, scale: d.scale - exponent });
}

export function multiplyDecimal(a: string, b: string): DecimalString {
  const x = toDec(a);
  const y = toDec(b);
  return format({ coef: x.coef * y.coef, scale: x.scale + y.scale });
}

export function addDecimal(a: string, b: string): DecimalString {
  const [x, y] = align(toDec(a), toDec(b));
  return format({ coef: x.coef + y.coef, scale: x.scale });
}

export function subtractDecimal(a: string, b: string): DecimalString {
  const [x, y] = align(toDec(a), toDec(b));
  return format({ coef: x.coef - y.coef, scale: x.scale });
}

/** -1, 0 or 1, like a sort comparator; numeric, so compareDecimal("1.50", "1.5") === 0. */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = align(toDec(a), toDec(b));
  return x.coef < y.coef ? -1 : x.coef > y.coef ? 1 : 0;
}

export function isIntegerDecimal(value: string): boolean {
  return toDec(value).scale === 0;
}

/** Canonical form of any decimal `parseDecimal` accepts; throws on anything else. */
export function canonicalDecimal(value: string): DecimalString {
  return format(toDec(value));
}

/** The integer part (truncated toward zero) as a BigInt. */
export function integerPart(value: string): bigint {
  const d = toDec(value);
  return d.coef / 10n ** BigInt(d.scale);
}

// Arithmetic inputs are trusted to be decimals; a non-decimal here is a programming error, so it throws.
function toDec(value: string): Dec {
  const canonical = parseDecimal(value);
  if (canonical === null) throw new RangeError(`Not a decimal: ${JSON.stringify(value)}`);
  const negative = canonical.startsWith('-');
  const body = negative ? canonical.slice(1) : canonical;
  const point = body.indexOf('.');
  const digits = point < 0 ? body : body.slice(0, point) + body.slice(point + 1);
  const coef = BigInt(digits) * (negative ? -1n : 1n);
  return { coef, scale: point < 0 ? 0 : body.length - point - 1 };
}

function align(x: Dec, y: Dec): [Dec, Dec] {
  const scale = Math.max(x.scale, y.scale);
  return [
    { coef: x.coef * 10n ** BigInt(scale - x.scale), scale },
    { coef: y.coef * 10n ** BigInt(scale - y.scale), scale },
  ];
}

function format(d: Dec): DecimalString {
  let { coef, scale } = d;
  while (scale > 0 && coef % 10n === 0n) {
    coef /= 10n;
    scale--;
  }
  const negative = coef < 0n;
  const digits = (negative ? -coef : coef).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  return negative ? `-${body}` : body;
}
