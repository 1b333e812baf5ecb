/**
 * Character folding for numbers. Reports mix half-width and full-width forms (１７２．９, ％, ，),
 * so everything numeric is read through `foldWidth`, which maps one UTF-16 unit to one UTF-16 unit:
 * offsets into the folded string are offsets into the original.
 */

/** Full-width ASCII (U+FF01..U+FF5E) → ASCII, ideographic space → space, minus sign → '-'. Length-preserving. */
export function foldWidth(text: string): string {
  return text.replace(FOLDABLE, foldChar);
}

const FOLDABLE = /[\uff01-\uff5e\u3000\u2212]/g;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0x3000) return ' ';
  if (code === 0x2212) return '-';
  return String.fromCharCode(code - 0xfee0);
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
