import { partitionPoint } from '../../../shared/collections/partitionPoint.ts';
import type { Evidence } from '../../../shared/anchor/evidence.ts';
import type { CorrectionView, DocumentSummary, EvidenceView, RecordView, StatusCounts } from '../../../shared/api/views.ts';
import type { Correction } from '../../../shared/corrections/correction.ts';
import type { CorrectedView } from '../../../shared/corrections/correctionSet.ts';
import { impactOnEvidence } from '../../../shared/corrections/evidenceImpact.ts';
import { RECORD_STATUSES, type IndicatorRecord } from '../../../shared/records/indicatorRecord.ts';
import type { LoadedDocument } from '../project/loadedDocument.ts';
import { shift } from '../../../shared/text/offsets.ts';

/** Internal state (UTF-16 offsets) → API views (code points), the one place where offsets leave the app. */

export function toEvidenceView(doc: LoadedDocument, e: Evidence): EvidenceView {
  const span = doc.view.map.rawSpanToCorrected(e.start, e.end);
  return {
    start: doc.rawIndex.toCodePoint(e.start),
    end: doc.rawIndex.toCodePoint(e.end),
    quote: e.quote,
    prefix: e.prefix,
    suffix: e.suffix,
    correctedStart: doc.correctedIndex.toCodePoint(span.start),
    correctedEnd: doc.correctedIndex.toCodePoint(span.end),
    correctedQuote: doc.view.text.slice(span.start, span.end),
  };
}

/**
 * Each record's view, kept while the record and the corrected view it was made against are the ones the document
 * holds: a save replaces the record it changes (the tables hold immutable values, see applyAuditChanges), so
 * listing 20,000 records after a save makes one view, not 20,000. After a correction a view is carried over when
 * no correction that changed touches its evidence (its words and the corrections on it stay; only its corrected
 * offsets are read again from the new map, and the old view is kept when they did not move); the others are made
 * anew.
 */
const recordViews = new WeakMap<IndicatorRecord, { view: CorrectedView; recordView: RecordView }>();

export function toRecordView(doc: LoadedDocument, r: IndicatorRecord): RecordView {
  const kept = recordViews.get(r);
  if (kept && kept.view === doc.view) return kept.recordView;
  const recordView = (kept && carriedOver(doc, r, kept.view, kept.recordView)) || recordViewFromScratch(doc, r);
  recordViews.set(r, { view: doc.view, recordView });
  return recordView;
}

/** A record's view made from its evidence and the document's corrected view, reading nothing kept. */
export function recordViewFromScratch(doc: LoadedDocument, r: IndicatorRecord): RecordView {
  return {
    ...r,
    evidence: r.evidence.map((e) => toEvidenceView(doc, e)),
    corrections: impactOnEvidence(doc.view.active, r.evidence).correctionIds,
  };
}

function carriedOver(doc: LoadedDocument, r: IndicatorRecord, from: CorrectedView, before: RecordView): RecordView | undefined {
  const changed = changedBetween(from, doc.view);
  if (r.evidence.some((e) => changed.touches(e.start, e.end))) return undefined;
  let moved = false;
  const evidence = r.evidence.map((e, i) => {
    const was = before.evidence[i]!;
    const span = doc.view.map.rawSpanToCorrected(e.start, e.end);
    const correctedStart = doc.correctedIndex.toCodePoint(span.start);
    const correctedEnd = doc.correctedIndex.toCodePoint(span.end);
    if (correctedStart === was.correctedStart && correctedEnd === was.correctedEnd) return was;
    moved = true;
    return { ...was, correctedStart, correctedEnd };
  });
  return moved ? { ...before, evidence } : before;
}

/**
 * The raw ranges of the corrections active in one view and not in the other (added, reverted, superseded),
 * and whether a span touches one of them, edges included. Worked out once per pair of views.
 */
interface ChangedRanges {
  touches(start: number, end: number): boolean;
}
const changedRanges = new WeakMap<CorrectedView, { from: CorrectedView; ranges: ChangedRanges }>();

function changedBetween(from: CorrectedView, to: CorrectedView): ChangedRanges {
  const known = changedRanges.get(to);
  if (known?.from === from) return known.ranges;
  const inFrom = new Set(from.active);
  const inTo = new Set(to.active);
  const spans = [...from.active.filter((c) => !inTo.has(c)), ...to.active.filter((c) => !inFrom.has(c))]
    .map((c) => ({ start: c.start as number, end: c.end as number, reach: 0 }))
    .sort((a, b) => a.start - b.start);
  spans.forEach((s, i) => (s.reach = Math.max(s.end, i > 0 ? spans[i - 1]!.reach : -Infinity)));
  const ranges: ChangedRanges = {
    touches(start, end) {
      // The last range starting at or before `end`; it or one before it touches when it reaches `start`.
      const after = partitionPoint(spans.length, (i) => spans[i]!.start <= end);
      return after > 0 && spans[after - 1]!.reach >= start;
    },
  };
  changedRanges.set(to, { from, ranges });
  return ranges;
}

export function toCorrectionView(doc: LoadedDocument, c: Correction, affected?: CorrectionView['affectedRecords']): CorrectionView {
  const active = c.state === 'active';
  const correctedStart = active ? doc.view.map.toCorrected(c.start, 'before') : null;
  const correctedEnd = correctedStart === null ? null : shift(correctedStart, c.after.length);
  return {
    ...c,
    start: doc.rawIndex.toCodePoint(c.start),
    end: doc.rawIndex.toCodePoint(c.end),
    correctedStart: correctedStart === null ? null : doc.correctedIndex.toCodePoint(correctedStart),
    correctedEnd: correctedEnd === null ? null : doc.correctedIndex.toCodePoint(correctedEnd),
    ...(affected ? { affectedRecords: affected } : {}),
  };
}

export function statusCounts(records: Iterable<IndicatorRecord>): StatusCounts {
  const counts = Object.fromEntries(RECORD_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const r of records) counts[r.status]++;
  return counts;
}

export function toSummary(doc: LoadedDocument): DocumentSummary {
  const { document: meta, records } = doc.db.data;
  return {
    docId: meta.id,
    fileName: meta.fileName,
    title: meta.title,
    region: meta.region,
    yearsReviewed: meta.yearsReviewed,
    yearsPlanned: meta.yearsPlanned,
    sha256: meta.source.sha256,
    encoding: meta.source.encoding,
    length: doc.rawIndex.length,
    counts: statusCounts(Object.values(records)),
    activeCorrections: doc.view.active.length,
    reanchorQueue: Object.keys(doc.db.data.reanchor).length,
    ...(doc.readOnly ? { readOnly: doc.readOnly } : {}),
    ...(doc.readOnlyCause ? { readOnlyCause: doc.readOnlyCause } : {}),
    versions: meta.versions,
    ...(meta.detailGuesses ? { detailGuesses: meta.detailGuesses } : {}),
    ...(meta.detailsConfirmed ? { detailsConfirmed: meta.detailsConfirmed } : {}),
  };
}
