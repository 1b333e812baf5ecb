import type { RecordView } from '../../shared/api/views.ts';
import type { RecordStatus } from '../../shared/records/indicatorRecord.ts';
import { listChanges } from '../state/listChanges.ts';
import { evidenceRange, type ShownText } from '../text/shownText.ts';
import { firstAfter } from '../../shared/collections/partitionPoint.ts';

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
  return highlights.sort(highlightOrder);
}

/** Position, then extent, then record: a total order, so a highlight's place depends on it alone. */
export function highlightOrder(a: Highlight, b: Highlight): number {
  return a.from - b.from || a.to - b.to || (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0);
}

/** How a highlights list differs from the one placed before it (see highlightPlacer). */
export interface HighlightChanges {
  previous: readonly Highlight[];
  removed: readonly Highlight[];
  added: readonly Highlight[];
}

const changesOf = new WeakMap<readonly Highlight[], HighlightChanges>();

/** The change that made `highlights` from the list placed before it, when it was patched rather than placed whole. */
export function highlightChanges(highlights: readonly Highlight[]): HighlightChanges | undefined {
  return changesOf.get(highlights);
}

/**
 * highlightsFromRecords that follows the records list for one shown text: after a save only the records the save
 * changed are placed (the cache keeps every other record the same object, see listChanges), their highlights
 * leave or enter the sorted list by binary search, and the new list says what changed (highlightChanges) so the
 * editor updates its decorations by those alone. A new text (another document, view or version) starts afresh.
 */
export function highlightPlacer(): (records: readonly RecordView[], shown: ShownText) => Highlight[] {
  let last: { records: readonly RecordView[]; shown: ShownText; highlights: Highlight[] } | null = null;
  let placed = new WeakMap<RecordView, readonly Highlight[]>();
  const place = (record: RecordView, shown: ShownText) => {
    let highlights = placed.get(record);
    if (!highlights) placed.set(record, (highlights = recordHighlights(record, shown)));
    return highlights;
  };
  return (records, shown) => {
    if (last?.shown !== shown) placed = new WeakMap();
    else if (last.records === records) return last.highlights;
    const changes = last?.shown === shown ? listChanges(last.records, records) : null;
    let highlights: Highlight[];
    if (last && changes) {
      const removed = changes.removed.flatMap((r) => place(r, shown));
      const added = changes.added.flatMap((r) => place(r, shown));
      highlights = patchSorted(last.highlights, removed, added);
      changesOf.set(highlights, { previous: last.highlights, removed, added });
    } else {
      highlights = placeHighlights(records, shown, place);
    }
    last = { records, shown, highlights };
    return highlights;
  };
}

/** Sorted highlights without `removed` (the same objects) and with `added`, each placed by binary search. */
function patchSorted(list: readonly Highlight[], removed: readonly Highlight[], added: readonly Highlight[]): Highlight[] {
  const next = list.slice();
  for (const h of removed) {
    for (let at = firstAfter(next, h, highlightOrder) - 1; at >= 0 && highlightOrder(next[at]!, h) === 0; at--) {
      if (next[at] === h) {
        next.splice(at, 1);
        break;
      }
    }
  }
  for (const h of added) next.splice(firstAfter(next, h, highlightOrder), 0, h);
  return next;
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
