import { partitionPoint } from '../../../shared/collections/partitionPoint.ts';
import { canonicalIndicatorName, type Codebook } from '../../../shared/codebook/index.ts';
import type { IndicatorRecord } from '../../../shared/records/indicatorRecord.ts';
import type { Suggestion } from '../../../shared/suggest/index.ts';
import { tableTracker } from './tableChanges.ts';

/**
 * Which record already states a suggestion: a keyed join (indicator normalised once per name, then measure, kind
 * and value) instead of comparing every suggestion with every record; evidence overlap decides within a key, by a
 * binary search over the key's spans sorted by start, so one statement recorded 20,000 times stays n log n.
 */
type Statement = Pick<Suggestion, 'indicator' | 'measure' | 'kind' | 'value'>;
type Lookup = (s: Statement, raw: { start: number; end: number }) => IndicatorRecord | undefined;

interface SpanRecord {
  start: number;
  end: number;
  /** The record's place in the records' order: of several records overlapping, the earliest is named. */
  order: number;
  /** The span's place among its record's evidence. */
  index: number;
  record: IndicatorRecord;
  reach: number;
}

/** The join built from scratch over `records` in their order (the reference the kept join must equal). */
export function recordedLookup(records: readonly IndicatorRecord[], book: Codebook): Lookup {
  const keyOf = statementKeys(book);
  const byKey = new Map<string, SpanRecord[]>();
  for (const [order, r] of records.entries()) {
    if (r.status === 'rejected') continue;
    const key = keyOf(r);
    const list = byKey.get(key) ?? [];
    if (list.length === 0) byKey.set(key, list);
    r.evidence.forEach((e, index) => list.push({ start: e.start, end: e.end, order, index, record: r, reach: 0 }));
  }
  for (const spans of byKey.values()) {
    spans.sort(compareSpans);
    updateReach(spans, 0);
  }
  return (s, raw) => {
    const spans = byKey.get(keyOf(s));
    return spans ? firstOverlapping(spans, raw) : undefined;
  };
}

/**
 * The same join kept for one document's records and brought up to date with what changed since (found by
 * identity, see tableChanges): a save moves the spans of the records it changed, so it costs its records (and a
 * move within their key's sorted spans), not the document.
 */
export interface RecordedJoin {
  /** Takes in the records' changes; returns the statement keys whose records changed. */
  update(records: Readonly<Record<string, IndicatorRecord>>): Set<string>;
  lookup: Lookup;
  keyOf(s: Statement): string;
}

export function recordedJoin(book: Codebook): RecordedJoin {
  const keyOf = statementKeys(book);
  const tracker = tableTracker<IndicatorRecord>();
  const byKey = new Map<string, SpanRecord[]>();
  return {
    update(records) {
      const touched = new Map<string, number>();
      const touch = (key: string, at: number) => touched.set(key, Math.min(at, touched.get(key) ?? Infinity));
      for (const { before, after, order } of tracker.changes(records)) {
        if (before && before.status !== 'rejected') {
          const key = keyOf(before);
          const spans = byKey.get(key)!;
          before.evidence.forEach((e, index) => {
            const at = lowerBound(spans, { start: e.start, order, index });
            spans.splice(at, 1);
            touch(key, at);
          });
        }
        if (after && after.status !== 'rejected') {
          const key = keyOf(after);
          let spans = byKey.get(key);
          if (!spans) byKey.set(key, (spans = []));
          const list = spans;
          after.evidence.forEach((e, index) => {
            const span = { start: e.start, end: e.end, order, index, record: after, reach: 0 };
            const at = lowerBound(list, span);
            list.splice(at, 0, span);
            touch(key, at);
          });
        }
      }
      for (const [key, from] of touched) {
        const spans = byKey.get(key)!;
        if (spans.length === 0) byKey.delete(key);
        else updateReach(spans, from);
      }
      return new Set(touched.keys());
    },
    lookup(s, raw) {
      const spans = byKey.get(keyOf(s));
      return spans ? firstOverlapping(spans, raw) : undefined;
    },
    keyOf,
  };
}

/** The key of what a record or suggestion states, each indicator name resolved once. */
function statementKeys(book: Codebook): (s: Statement) => string {
  const names = new Map<string, string>();
  return (s) => {
    let name = names.get(s.indicator);
    if (name === undefined) names.set(s.indicator, (name = canonicalIndicatorName(s.indicator, book)));
    return JSON.stringify([name, s.measure, s.kind, s.value]);
  };
}

/** By start, then as the records and their evidence are ordered: the order a stable sort of them by start gives. */
function compareSpans(a: Pick<SpanRecord, 'start' | 'order' | 'index'>, b: Pick<SpanRecord, 'start' | 'order' | 'index'>): number {
  return a.start - b.start || a.order - b.order || a.index - b.index;
}

function lowerBound(spans: readonly SpanRecord[], probe: Pick<SpanRecord, 'start' | 'order' | 'index'>): number {
  return partitionPoint(spans.length, (i) => compareSpans(spans[i]!, probe) < 0);
}

/** reach: the furthest end among this span and every span before it; from `from` on. */
function updateReach(spans: SpanRecord[], from: number): void {
  let reach = from > 0 ? spans[from - 1]!.reach : -Infinity;
  for (let i = from; i < spans.length; i++) {
    const span = spans[i]!;
    reach = Math.max(reach, span.end);
    span.reach = reach;
  }
}

/** How many overlapping spans are compared for the earliest record; beyond them any overlapping one will do. */
const OVERLAPS_COMPARED = 16;

function firstOverlapping(spans: readonly SpanRecord[], raw: { start: number; end: number }): IndicatorRecord | undefined {
  // The last span starting before raw.end; spans before it that reach past raw.start overlap.
  const lo = partitionPoint(spans.length, (i) => spans[i]!.start < raw.end);
  let best: SpanRecord | undefined;
  let seen = 0;
  for (let i = lo - 1; i >= 0 && spans[i]!.reach > raw.start && seen < OVERLAPS_COMPARED; i--) {
    const span = spans[i]!;
    if (span.end <= raw.start) continue;
    seen++;
    if (!best || span.order < best.order) best = span;
  }
  return best?.record;
}
