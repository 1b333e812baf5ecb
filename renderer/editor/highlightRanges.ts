import type { RecordView } from '../../shared/api/views.ts';
import type { RecordStatus } from '../../shared/records/indicatorRecord.ts';
import { evidenceRange, type ShownText } from '../text/shownText.ts';

/** One highlighted evidence span, in UTF-16 offsets of the text on screen. */
export interface Highlight {
  from: number;
  to: number;
  status: RecordStatus;
  recordId: string;
}

/**
 * Every evidence span of every record, placed in the shown text (raw: start/end; corrected: correctedStart/End),
 * sorted by position as RangeSetBuilder requires. Spans with no extent in this view (evidence a correction
 * deleted) are left out rather than drawn as empty marks.
 */
export function highlightsFromRecords(records: readonly RecordView[], shown: ShownText): Highlight[] {
  const highlights: Highlight[] = [];
  for (const record of records) {
    for (const evidence of record.evidence) {
      const range = evidenceRange(shown, evidence);
      if (range) highlights.push({ ...range, status: record.status, recordId: record.id });
    }
  }
  return highlights.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** The highlights covering `pos`, innermost (shortest) first: what a hover or click at `pos` is about. */
export function highlightsAt(highlights: readonly Highlight[], pos: number): Highlight[] {
  const hits: Highlight[] = [];
  // Sorted by `from`: stop at the first one starting after pos. Linear below that is fine even for 20,000
  // highlights (microseconds), and overlapping spans make a pure binary search wrong.
  for (const h of highlights) {
    if (h.from > pos) break;
    if (pos < h.to) hits.push(h);
  }
  return hits.sort((a, b) => a.to - a.from - (b.to - b.from));
}
