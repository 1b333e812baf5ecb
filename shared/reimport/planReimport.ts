import { makeEvidence, type Evidence } from '../anchor/evidence.ts';
import { explained } from '../errors/errorReasons.ts';
import type { Reason } from '../explain/reason.ts';
import type { Correction } from '../corrections/correction.ts';
import type { IndicatorRecord } from '../records/indicatorRecord.ts';
import { rawUtf16, type RawUtf16, type Span } from '../text/offsets.ts';
import { findAnchorCandidates, type AnchorCandidate } from './anchorCandidates.ts';
import type { DiffRun } from './diffSources.ts';
import { equalSegments, mapSpanExactly, type EqualSegment } from './equalSegments.ts';

/**
 * How records and corrections carry over to a new version of a document's source. Only what maps exactly
 * through unchanged text (and still reads the same) moves; everything else is reported, never moved silently:
 * records go to a review queue with candidates, corrections that no longer apply are dropped.
 */
export interface QueuedSpan {
  /** The span as it was in the previous version. */
  previous: Evidence;
  /** Where it maps exactly in the new raw text, when it does. */
  mapped: Span<RawUtf16> | null;
  candidates: AnchorCandidate[];
  ambiguous: boolean;
}

export interface ReimportPlan {
  /** Records whose every span mapped exactly, with their evidence in the new text. */
  keptRecords: IndicatorRecord[];
  /** Records that need a person: the old record and, per span, the exact mapping or candidates. */
  queuedRecords: { record: IndicatorRecord; spans: QueuedSpan[] }[];
  /** Active corrections that still apply, moved to the new text. */
  keptCorrections: Correction[];
  /** Corrections that no longer apply (their text changed in the new source), or were inactive history. */
  droppedCorrections: { correction: Correction; reason: string; reasonCode: Reason }[];
}

export function planReimport(
  oldRaw: string,
  newRaw: string,
  diffs: readonly DiffRun[],
  records: readonly IndicatorRecord[],
  corrections: readonly Correction[],
): ReimportPlan {
  const segments = equalSegments(diffs);
  const plan: ReimportPlan = { keptRecords: [], queuedRecords: [], keptCorrections: [], droppedCorrections: [] };

  for (const c of corrections) {
    if (c.state !== 'active') {
      if (c.state === 'superseded') plan.droppedCorrections.push(dropped(c, 'source.correctionHistory'));
      continue;
    }
    const to = mapSpanExactly(segments, c.start, c.end);
    if (to && newRaw.slice(to.start, to.end) === c.before) {
      const { supersedes: _history, ...rest } = c;
      plan.keptCorrections.push({ ...rest, start: rawUtf16(to.start), end: rawUtf16(to.end) });
    } else {
      plan.droppedCorrections.push(dropped(c, 'source.correctedTextChanged'));
    }
  }

  for (const record of records) {
    const spans = record.evidence.map((e) => placeSpan(oldRaw, newRaw, segments, e));
    if (spans.every((s) => s.mapped)) {
      const evidence = spans.map((s) => makeEvidence(newRaw, s.mapped!.start, s.mapped!.end));
      plan.keptRecords.push({ ...record, evidence });
    } else {
      plan.queuedRecords.push({ record, spans });
    }
  }
  return plan;
}

function placeSpan(oldRaw: string, newRaw: string, segments: readonly EqualSegment[], e: Evidence): QueuedSpan {
  const exact = mapSpanExactly(segments, e.start, e.end);
  if (exact && newRaw.slice(exact.start, exact.end) === e.quote) {
    return { previous: e, mapped: { start: rawUtf16(exact.start), end: rawUtf16(exact.end) }, candidates: [], ambiguous: false };
  }
  const expected = expectedStart(segments, e.start, oldRaw.length);
  const { candidates, ambiguous } = findAnchorCandidates(newRaw, e, expected);
  return { previous: e, mapped: null, candidates, ambiguous };
}

/** Where an old position most likely is in the new text: shifted like the nearest unchanged text before it. */
function expectedStart(segments: readonly EqualSegment[], start: number, oldLength: number): number {
  let shift = 0;
  for (const s of segments) {
    if (s.oldStart > start) break;
    shift = s.newStart - s.oldStart;
  }
  return Math.max(0, Math.min(oldLength, start) + shift);
}

/** A correction the new source cannot keep: why, in English and as data for the reviewer's language. */
function dropped(correction: Correction, code: 'source.correctionHistory' | 'source.correctedTextChanged'): ReimportPlan['droppedCorrections'][number] {
  return { correction, ...explained(code) };
}
