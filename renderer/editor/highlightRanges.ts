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
  return placeHighlights(records, shown, recordHighlights);
}

/** One record's highlights in the shown text. */
function recordHighlights(record: RecordView, shown: ShownText): Highlight[] {
  const highlights: Highlight[] = [];
  for (const evidence of record.evidence) {
    const range = evidenceRange(shown, evidence);
    if (range) highlights.push({ ...range, status: record.status, recordId: record.id });
  }
  return highlights;
}

function placeHighlights(records: readonly RecordView[], shown: ShownText, place: (record: RecordView, shown: ShownText) => readonly Highlight[]): Highlight[] {
  const highlights: Highlight[] = [];
  for (const record of records) for (const h of place(record, shown)) highlights.push(h);
  // Records come in text order, so this sort meets an almost sorted list: about one comparison per highlight.
  return highlights.sort((a, b) => a.from - b.from || a.to - b.to);
}

/**
 * highlightsFromRecords that remembers each record's highlights for one shown text: after a save only the
 * record the save returned is placed again (the cache keeps every other record the same object), and the
 * unchanged highlights stay the same objects. A new text (another document, view or version) starts afresh.
 */
export function highlightPlacer(): (records: readonly RecordView[], shown: ShownText) => Highlight[] {
  let placedIn: ShownText | null = null;
  let placed = new WeakMap<RecordView, readonly Highlight[]>();
  const place = (record: RecordView, shown: ShownText) => {
    let highlights = placed.get(record);
    if (!highlights) placed.set(record, (highlights = recordHighlights(record, shown)));
    return highlights;
  };
  return (records, shown) => {
    if (placedIn !== shown) {
      placedIn = shown;
      placed = new WeakMap();
    }
    return placeHighlights(records, shown, place);
  };
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
