/**
 * Numbers and units in Chinese government report text: exact decimals, Chinese numerals, unit
 * normalisation, quantity finding and qualifiers. Pure: runs the same in Node and the browser.
 */
export {
  parseDecimal, isDecimal, canonicalDecimal, shiftDecimal, multiplyDecimal, addDecimal, subtractDecimal,
  compareDecimal, isIntegerDecimal, integerPart,
} from './decimal.ts';
export type { DecimalString } from './decimal.ts';
export {
  parseChineseNumeral, parseChinesePercent, isChineseNumeralChar, isChineseDigit,
  CHINESE_DIGITS, CHINESE_SMALL_UNITS, CHINESE_BIG_UNITS, FRACTION_PREFIXES,
} from './chineseNumeral.ts';
export { BASE_UNITS, UNIT_PREFIXES, APPROX_MARKS, parseUnit, matchUnitAt } from './units.ts';
export type { BaseUnit, BaseUnitSpec, ParsedUnit, UnitMatch, MatchUnitOptions, ApproxMark } from './units.ts';
export { parseNumber, normalizeValue, applyUnit } from './value.ts';
export type { NormalizedValue } from './value.ts';
export { findQuantities, isAmount } from './findQuantities.ts';
export type { Quantity } from './findQuantities.ts';
export {
  findQualifier, findQualifiers, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, QUALIFIERS_ADJACENT, BEFORE_WINDOW,
} from './qualifiers.ts';
export type { QualifierMatch } from './qualifiers.ts';
export { foldWidth } from './chars.ts';
