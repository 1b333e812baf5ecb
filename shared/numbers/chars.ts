/**
 * Character folding for numbers. Reports mix half-width and full-width forms (１７２．９, ％, ，),
 * so everything numeric is read through `foldWidth`, which maps one UTF-16 unit to one UTF-16 unit:
 * offsets into the folded string are offsets into the original.
 */

/** Full-width ASCII (U+FF01..U+FF5E) → ASCII, ideographic space → space, minus sign → '-'. Length-preserving. */
export function foldWidth(text: string): string {
  let first = 0;
  while (first < text.length && foldCode(text.charCodeAt(first)) === text.charCodeAt(first)) first += 1;
  if (first === text.length) return text;
  // Unit by unit into a buffer, not a replace callback per match: full-width commas alone occur a million
  // times in a 50 MB report.
  const pieces: string[] = [text.slice(0, first)];
  const chunk = new Uint16Array(Math.min(FOLD_CHUNK, text.length - first));
  for (let from = first; from < text.length; from += chunk.length) {
    const n = Math.min(chunk.length, text.length - from);
    for (let k = 0; k < n; k += 1) chunk[k] = foldCode(text.charCodeAt(from + k));
    const units = n === chunk.length ? chunk : chunk.subarray(0, n);
    pieces.push(String.fromCharCode.apply(null, units as unknown as number[]));
  }
  return pieces.join('');
}

const FOLD_CHUNK = 8192;

function foldCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000) return 0x20;
  if (code === 0x2212) return 0x2d;
  return code;
}

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** A digit as it may appear in a report: 0-9 or ０-９. */
export function isAnyDigit(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));
}

export function isFullWidthDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '０' && ch <= '９';
}

export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

/** Horizontal white space that reports put between a number and its unit ("172.9 亿元"); never a line break. */
export function isInlineSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0';
}
