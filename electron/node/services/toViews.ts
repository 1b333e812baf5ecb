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
 * holds: a save replaces the record it changes (the tables hold immutable values, see applyAuditChanges) and a
 * correction replaces the corrected view, so listing 20,000 records after a save makes one view, not 20,000.
 */
const recordViews = new WeakMap<IndicatorRecord, { view: CorrectedView; recordView: RecordView }>();

export function toRecordView(doc: LoadedDocument, r: IndicatorRecord): RecordView {
  const kept = recordViews.get(r);
  if (kept && kept.view === doc.view) return kept.recordView;
  const recordView: RecordView = {
    ...r,
    evidence: r.evidence.map((e) => toEvidenceView(doc, e)),
    corrections: impactOnEvidence(doc.view.active, r.evidence).correctionIds,
  };
  recordViews.set(r, { view: doc.view, recordView });
  return recordView;
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
