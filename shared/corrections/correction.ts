/**
 * A correction is an explicit edit of the raw text, recorded in raw coordinates. The raw text never changes;
 * the corrected text is the raw text with the active corrections applied.
 *
 * Active corrections never overlap. An edit made in the corrected text that touches an earlier correction's
 * output is recorded as a new correction covering both, which `supersedes` the earlier one; reverting the new
 * one brings the earlier back, and reverting the earlier one alone is a conflict, not a corruption.
 */
import type { Reason } from '../explain/reason.ts';
import type { RawUtf16 } from '../text/offsets.ts';

export const CORRECTION_KINDS = [
  'duplicate', 'broken_line', 'caption', 'fragment', 'markup', 'boilerplate', 'typo', 'edit',
] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export type CorrectionState = 'active' | 'reverted' | 'superseded';

export interface Correction {
  id: string;
  docId: string;
  start: RawUtf16;
  end: RawUtf16;
  before: string;
  after: string;
  kind: CorrectionKind;
  reason: string;
  /** The same reason as data when it came from a finding (its reason code), for the window's language. */
  reasonCode?: Reason;
  author: string;
  at: string;
  state: CorrectionState;
  /** Earlier corrections merged into this one. */
  supersedes?: string[];
  /** Set while superseded: the correction that replaced this one. */
  supersededBy?: string;
  revertedBy?: string;
  revertedAt?: string;
  /** Why it was reverted when not by a person's choice (e.g. the source was replaced and the text changed). */
  revertReason?: string;
}

/** The part of a correction the position map needs. */
export interface Edit {
  start: RawUtf16;
  end: RawUtf16;
  after: string;
}

/**
 * Two edits interfere when their raw ranges share a character, when one inserts strictly inside the other,
 * or when both insert at the same point (their order would be ambiguous).
 */
export function editsInterfere(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const aEmpty = a.start === a.end;
  const bEmpty = b.start === b.end;
  if (aEmpty && bEmpty) return a.start === b.start;
  if (aEmpty) return b.start < a.start && a.start < b.end;
  if (bEmpty) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Sort order of active edits: by start; an insertion before a replacement that starts at the same point. */
export function compareEdits(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end;
}
