import type { TextRange } from './types.ts';

/** One physical line of the text, with offsets of its trimmed content. */
export interface Line {
  /** 0-based line number. */
  index: number;
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past the line's last character, before "\r\n" or "\n". */
  end: number;
  /** Offsets of the content without surrounding whitespace (full-width spaces included). */
  contentStart: number;
  contentEnd: number;
  content: string;
}

const BLANK = /\s/;

/** Lines split once for every detector of one scan (see `sharingLines`), or null outside a scan. */
let shared: { text: string; all?: Line[]; content?: Line[] } | null = null;

/**
 * Runs `scan` with the lines of `text` split once for all the detectors it calls rather than once each (a
 * million-line report takes a second to split), and lets them go when it returns. The lines are read-only.
 */
export function sharingLines<T>(text: string, scan: () => T): T {
  const outer = shared;
  shared = { text };
  try {
    return scan();
  } finally {
    shared = outer;
  }
}

/** Splits text into lines; `content` is the line without leading/trailing whitespace. */
export function splitLines(text: string): Line[] {
  if (shared?.text !== text) return split(text);
  shared.all ??= split(text);
  return shared.all;
}

function split(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
    let cs = start;
    while (cs < end && BLANK.test(text[cs] ?? '')) cs += 1;
    let ce = end;
    while (ce > cs && BLANK.test(text[ce - 1] ?? '')) ce -= 1;
    lines.push({ index, start, end, contentStart: cs, contentEnd: ce, content: text.slice(cs, ce) });
    index += 1;
    start = nl + 1;
  }
  return lines;
}

/** The lines that have any content: in these reports each is a paragraph, heading or caption. */
export function contentLines(text: string): Line[] {
  if (shared?.text !== text) return splitLines(text).filter((l) => l.content.length > 0);
  shared.content ??= splitLines(text).filter((l) => l.content.length > 0);
  return shared.content;
}

/** Number of blank lines between two content lines (0 = a single line break). */
export function blankLinesBetween(a: Line, b: Line): number {
  return b.index - a.index - 1;
}

/**
 * The most common number of blank lines between consecutive content lines, i.e. the document's normal
 * paragraph spacing; more than this marks a layout gap (page or picture boundary).
 */
export function usualSpacing(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i += 1) {
    const gap = blankLinesBetween(lines[i - 1] as Line, lines[i] as Line);
    counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap < best)) {
      best = gap;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The span that removes content line `i` cleanly: the line and the breaks after it, or, for the last line,
 * the breaks before it, so neither a hole nor a doubled blank line is left behind.
 */
export function lineRemovalSpan(lines: readonly Line[], i: number): TextRange {
  const cur = lines[i] as Line;
  const next = lines[i + 1];
  if (next) return { start: cur.start, end: next.start };
  const prev = lines[i - 1];
  if (prev) return { start: prev.contentEnd, end: cur.contentEnd };
  return { start: cur.contentStart, end: cur.contentEnd };
}
