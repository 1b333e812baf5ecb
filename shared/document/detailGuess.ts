import { reason, type Reason, type ReasonParams } from '../explain/reason.ts';
import type { TextLine } from './documentLines.ts';
import { rawUtf16, type RawCodePoint, type RawUtf16 } from '../text/offsets.ts';

/**
 * How a document detail (title, region, years) was guessed at import: the line it came from and how sure the
 * guess is, so an unsure guess is confirmed by the reviewer before it feeds every suggested record.
 */
export type Sureness = 'sure' | 'unsure';

export interface DetailEvidence {
  /** Code-point offsets of the evidence line in the raw text. */
  start: number;
  end: number;
  text: string;
}

export interface DetailGuess {
  sureness: Sureness;
  /** Code `details.<field>.<why>`, translated where the reviewer reads it. */
  reason: Reason;
  /** Absent when nothing in the text supports the guess (a fallback on the file name, or nothing found). */
  evidence?: DetailEvidence;
}

export const DETAIL_FIELDS = ['title', 'region', 'yearsReviewed', 'yearsPlanned'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

export type DetailGuesses = Record<DetailField, DetailGuess>;

/** A guess as the finders build it: the evidence is still a line with UTF-16 offsets. */
export interface LineGuess {
  sureness: Sureness;
  reason: Reason;
  line?: TextLine;
}

export function lineGuess(sureness: Sureness, code: string, params?: ReasonParams, line?: TextLine): LineGuess {
  return line ? { sureness, reason: reason(code, params), line } : { sureness, reason: reason(code, params) };
}

/** Converts a finder's guess for storage: code-point offsets of its evidence line. */
export function toDetailGuess(guess: LineGuess, toCodePoint: (utf16: RawUtf16) => RawCodePoint): DetailGuess {
  const { line, ...rest } = guess;
  return line ? { ...rest, evidence: { start: toCodePoint(rawUtf16(line.start)), end: toCodePoint(rawUtf16(line.end)), text: line.text } } : rest;
}

export function hasUnsureGuess(guesses: DetailGuesses | undefined): boolean {
  return !!guesses && DETAIL_FIELDS.some((f) => guesses[f].sureness === 'unsure');
}
