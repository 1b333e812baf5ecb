/**
 * A report's lines with their raw offsets (UTF-16), for guesses that must say which line they came from.
 * Line breaks are LF, CRLF, CR, and the literal four characters `\r\n` that scraped pages carry when their
 * breaks were escaped (a whole report on one line): none of them is ever part of Chinese prose.
 */
export interface TextLine {
  /** Raw offsets (UTF-16) of the line's text, without its break. */
  start: number;
  end: number;
  /** The line's text, trimmed of spaces (ideographic ones too) and of `&nbsp;` escapes. */
  text: string;
}

const LINE_BREAK = /\r\n|\r|\n|\\r\\n|\\n/g;
const LEADING_SPACE = /^(?:[\s\u3000]|&nbsp;)+/;
const EDGE_SPACE = /^(?:[\s\u3000]|&nbsp;)+|(?:[\s\u3000]|&nbsp;)+$/g;

/** The non-empty lines of a text, in order. */
export function documentLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.replace(EDGE_SPACE, '');
    if (trimmed) {
      const s = start + raw.length - raw.replace(LEADING_SPACE, '').length;
      lines.push({ start: s, end: s + trimmed.length, text: trimmed });
    }
  };
  for (const m of text.matchAll(LINE_BREAK)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return lines;
}

/** A line with every space removed, so a name spaced out for layout (政 府 工 作 报 告) reads as written. */
export function compactLine(text: string): string {
  return text.replace(/[\s\u3000]+|&nbsp;/g, '');
}

/**
 * Consecutive lines joined without spaces, for phrases a page broke across lines (a dateline split after
 * 第十四届). Returns the joined text and, per character, the index of the line it came from.
 */
export function joinLines(lines: readonly TextLine[]): { text: string; lineOf: Int32Array } {
  const parts = lines.map((line) => compactLine(line.text));
  const text = parts.join('');
  const lineOf = new Int32Array(text.length);
  let at = 0;
  parts.forEach((part, i) => {
    lineOf.fill(i, at, at + part.length);
    at += part.length;
  });
  return { text, lineOf };
}
