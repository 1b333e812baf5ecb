/**
 * Offsets into a document's text, branded by WHICH text (raw or corrected) and WHICH unit (UTF-16 code units,
 * as JavaScript strings and CodeMirror count, or Unicode code points, as the API, the CLI and the exports
 * count: W3C Web Annotation's TextPositionSelector). The brand exists only for the compiler: mixing a raw
 * offset with a corrected one, or a code point with a UTF-16 unit, fails `tsc`
 * (tests/shared/text/offsets.typecheck.test.ts proves it).
 *
 * The functions below are the only way to make one from a plain number; converting between units goes through
 * a CodePointIndex (shared/text/codePoints.ts), between texts through a PositionMap
 * (shared/corrections/positionMap.ts). Arithmetic on an offset gives a plain number, which must be branded
 * again on purpose.
 */
declare const offsetBrand: unique symbol;

export type TextSide = 'raw' | 'corrected';
export type OffsetUnit = 'codePoint' | 'utf16';

export type Offset<S extends TextSide, U extends OffsetUnit> = number & { readonly [offsetBrand]: { side: S; unit: U } };

export type RawUtf16 = Offset<'raw', 'utf16'>;
export type CorrectedUtf16 = Offset<'corrected', 'utf16'>;
export type RawCodePoint = Offset<'raw', 'codePoint'>;
export type CorrectedCodePoint = Offset<'corrected', 'codePoint'>;

/** A half-open range [start, end) in one text and one unit. */
export interface Span<O extends number> {
  start: O;
  end: O;
}

/** Brands a plain number as an offset of the given text and unit; refuses what can be no offset at all. */
export function offset<S extends TextSide, U extends OffsetUnit>(value: number, side: S, unit: U): Offset<S, U> {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${side} ${unit} offset ${value} is not a whole number ≥ 0`);
  return value as Offset<S, U>;
}

export const rawUtf16 = (value: number): RawUtf16 => offset(value, 'raw', 'utf16');
export const correctedUtf16 = (value: number): CorrectedUtf16 => offset(value, 'corrected', 'utf16');
export const rawCodePoint = (value: number): RawCodePoint => offset(value, 'raw', 'codePoint');
export const correctedCodePoint = (value: number): CorrectedCodePoint => offset(value, 'corrected', 'codePoint');

/** The same text, same unit, `delta` further on (e.g. an insertion's end from its start and length). */
export function shift<S extends TextSide, U extends OffsetUnit>(at: Offset<S, U>, delta: number): Offset<S, U> {
  const moved = at + delta;
  if (!Number.isInteger(moved) || moved < 0) throw new RangeError(`offset ${at} shifted by ${delta} is not a whole number ≥ 0`);
  return moved as Offset<S, U>;
}
