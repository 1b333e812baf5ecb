import { impactOnEvidence } from '../corrections/evidenceImpact.ts';
import type { CorrectedView } from '../corrections/correctionSet.ts';
import type { Evidence } from '../anchor/evidence.ts';
import type { IndicatorRecord, RecordStatus } from './indicatorRecord.ts';

/** The corrected text of one raw evidence span under the current corrections. */
export function correctedQuote(view: CorrectedView, e: Pick<Evidence, 'start' | 'end'>): string {
  const span = view.map.rawSpanToCorrected(e.start, e.end);
  return view.text.slice(span.start, span.end);
}

export function correctedQuotes(view: CorrectedView, evidence: readonly Evidence[]): string[] {
  return evidence.map((e) => correctedQuote(view, e));
}

/**
 * A record's status after the corrections changed: never silent.
 * - the corrected words of its evidence differ from those a person last reviewed → needs_review, or
 *   orphaned when corrections deleted all of them; the status it had is remembered with the corrections involved;
 * - reverts make the words equal again → the remembered status comes back.
 * Rejected records stay rejected. Returns the same object when nothing changes.
 */
export function reviewAfterCorrections(record: IndicatorRecord, view: CorrectedView): IndicatorRecord {
  if (record.status === 'rejected') return record;
  const current = correctedQuotes(view, record.evidence);
  const unchanged = current.length === record.reviewedText.length && current.every((q, i) => q === record.reviewedText[i]);
  if (unchanged) {
    if (!record.review) return record;
    const { review, ...rest } = record;
    return { ...rest, status: review.previousStatus };
  }
  const status: RecordStatus = current.every((q) => q === '') ? 'orphaned' : 'needs_review';
  const { correctionIds } = impactOnEvidence(view.active, record.evidence);
  const previousStatus = record.review?.previousStatus ?? record.status;
  if (record.status === status && record.review?.correctionIds.join() === correctionIds.join()) return record;
  return { ...record, status, review: { correctionIds, previousStatus } };
}
