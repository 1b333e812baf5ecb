import { splitsSurrogatePair } from '../text/codePoints.ts';
import { WorkbenchError } from '../errors/workbenchError.ts';
import type { RawUtf16 } from '../text/offsets.ts';

/**
 * An evidence span, anchored in RAW text coordinates (UTF-16 inside the app) with its exact quote and up to
 * 32 characters of context either side: the W3C TextPositionSelector and TextQuoteSelector together, so the
 * span can be re-found even if positions shift (re-import of a changed source).
 * Its position in the corrected text is derived from the corrections, never stored.
 */
export interface Evidence {
  start: RawUtf16;
  end: RawUtf16;
  quote: string;
  prefix: string;
  suffix: string;
}

export const CONTEXT_CODE_POINTS = 32;

export function makeEvidence(raw: string, start: RawUtf16, end: RawUtf16): Evidence {
  assertSpan(raw, start, end);
  return {
    start,
    end,
    quote: raw.slice(start, end),
    prefix: takeCodePointsBefore(raw, start, CONTEXT_CODE_POINTS),
    suffix: takeCodePointsAfter(raw, end, CONTEXT_CODE_POINTS),
  };
}

/** A span must be non-empty, inside the text, and never cut a surrogate pair (e.g. 𠀀 in a name). */
export function assertSpan(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new WorkbenchError('INVALID_INPUT', `span ${start}..${end} is not a non-empty range inside the text (length ${text.length})`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new WorkbenchError('INVALID_INPUT', `span ${start}..${end} would cut a character outside the BMP in half`);
  }
}

/** True when the stored quote still matches the raw text at the stored position. */
export function evidenceMatches(raw: string, e: Evidence): boolean {
  return raw.slice(e.start, e.end) === e.quote;
}

function takeCodePointsBefore(text: string, offset: number, count: number): string {
  let i = offset;
  for (let n = 0; n < count && i > 0; n++) i -= splitsSurrogatePair(text, i - 1) ? 2 : 1;
  return text.slice(i, offset);
}

function takeCodePointsAfter(text: string, offset: number, count: number): string {
  let i = offset;
  for (let n = 0; n < count && i < text.length; n++) i += splitsSurrogatePair(text, i + 1) ? 2 : 1;
  return text.slice(offset, i);
}
