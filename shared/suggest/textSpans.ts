/**
 * Sentence and clause boundaries in report text. A statement of an indicator runs from its mention to the
 * end of the sentence; its values sit in clauses separated by commas, colons and enumeration commas.
 */

/** Characters that end a statement: full stops, semicolons, and line breaks (reports put one item a line). */
export const SENTENCE_ENDS = new Set([...'。；;！!？?\n\r']);

/** Characters that separate clauses or list items inside a statement. */
export const CLAUSE_SEPARATORS = new Set([...'，,、：:']);

export interface Span {
  start: number;
  end: number;
}

/** The sentence around `pos`: from just after the previous sentence end to the next one (exclusive). */
export function sentenceAround(text: string, pos: number): Span {
  let start = pos;
  while (start > 0 && !SENTENCE_END_CODES.has(text.charCodeAt(start - 1))) start--;
  let end = pos;
  while (end < text.length && !SENTENCE_END_CODES.has(text.charCodeAt(end))) end++;
  return { start, end };
}

/** SENTENCE_ENDS by UTF-16 unit: scanning by code makes no one-character string per step. */
const SENTENCE_END_CODES = new Set([...SENTENCE_ENDS].map((c) => c.charCodeAt(0)));

/** Start of the clause holding `pos`: just after the previous separator or sentence end. */
export function clauseStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !SENTENCE_ENDS.has(text[i - 1]!) && !CLAUSE_SEPARATORS.has(text[i - 1]!)) i--;
  return i;
}

export interface Segment extends Span {
  /** The separator just before the segment ('' for the first). */
  separator: string;
}

/** Splits [start, end) at clause separators; separators belong to no segment. */
export function splitClauses(text: string, start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  let from = start;
  let separator = '';
  for (let i = start; i < end; i++) {
    if (!CLAUSE_SEPARATORS.has(text[i]!)) continue;
    segments.push({ start: from, end: i, separator });
    separator = text[i]!;
    from = i + 1;
  }
  segments.push({ start: from, end, separator });
  return segments;
}

const HAN = /\p{Script=Han}/u;

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** The run of Han characters (at most `max`) ending just before `pos`. */
export function hanRunBefore(text: string, pos: number, max: number): string {
  let i = pos;
  while (i > 0 && pos - i < max && isHan(text[i - 1])) i--;
  return text.slice(i, pos);
}
