import type { Offset, TextSide } from './offsets.ts';

/**
 * Offsets leave the app as Unicode code points (W3C Web Annotation); inside, JavaScript strings use UTF-16
 * code units. A CodePointIndex converts between the two in O(log n) per position using the sorted list of
 * astral characters (the only places where the two counts diverge).
 */
export interface CodePointIndex<S extends TextSide> {
  /** Length of the text in code points. */
  readonly length: Offset<S, 'codePoint'>;
  /** UTF-16 offset → code-point offset. Throws on an offset inside a surrogate pair. */
  toCodePoint(utf16: Offset<S, 'utf16'>): Offset<S, 'codePoint'>;
  /** Code-point offset → UTF-16 offset. */
  toUtf16(codePoint: Offset<S, 'codePoint'>): Offset<S, 'utf16'>;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    n++;
  }
  return n;
}

/**
 * The index of a text identical to the one `index` was built for, on another side: the corrected text of a
 * document with no active correction is its raw text, and indexing 30 MB again would cost a whole scan.
 */
export function indexOfIdenticalText<S extends TextSide, T extends TextSide>(index: CodePointIndex<S>, side: T): CodePointIndex<T> {
  void side;
  return index as unknown as CodePointIndex<T>;
}

/** The index of one text; `side` says which, so its offsets cannot be used for the other. */
export function buildCodePointIndex<S extends TextSide>(text: string, side: S): CodePointIndex<S> {
  void side;
  // astralUtf16[k] = UTF-16 offset of the k-th astral character. Found by the regex engine, which skips the
  // (nearly all) other characters many times faster than a loop over them: 30 MB opens in tens of milliseconds.
  const astralUtf16: number[] = [];
  for (const pair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g; pair.exec(text) !== null;) astralUtf16.push(pair.lastIndex - 2);
  const length = text.length - astralUtf16.length;
  // astralCp[k] = code-point offset of the k-th astral character.
  const astralCp = astralUtf16.map((u, k) => u - k);

  return {
    length: length as Offset<S, 'codePoint'>,
    toCodePoint(utf16: Offset<S, 'utf16'>): Offset<S, 'codePoint'> {
      checkRange(utf16, text.length, 'UTF-16 offset');
      if (splitsSurrogatePair(text, utf16)) {
        throw new RangeError(`UTF-16 offset ${utf16} falls inside a surrogate pair`);
      }
      // Number of astral characters that start before utf16.
      return (utf16 - countBelow(astralUtf16, utf16)) as Offset<S, 'codePoint'>;
    },
    toUtf16(codePoint: Offset<S, 'codePoint'>): Offset<S, 'utf16'> {
      checkRange(codePoint, length, 'code-point offset');
      return (codePoint + countBelow(astralCp, codePoint)) as Offset<S, 'utf16'>;
    },
  };
}

/** Number of entries in the sorted array strictly less than `value`. */
function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function checkRange(offset: number, max: number, what: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new RangeError(`${what} ${offset} is outside 0..${max}`);
  }
}
