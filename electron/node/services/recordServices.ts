import type { ApiOutput, ServiceTable } from '../../../shared/api/contract.ts';
import type { RecordView } from '../../../shared/api/views.ts';
import type { AuditChange } from '../../../shared/audit/auditEntry.ts';
import { makeEvidence, type Evidence } from '../../../shared/anchor/evidence.ts';
import { isWorkbenchError, WorkbenchError, refusal } from '../../../shared/errors/workbenchError.ts';
import { errorReason } from '../../../shared/errors/errorReasons.ts';
import { normalizeValue } from '../../../shared/numbers/index.ts';
import type { IndicatorRecord, RecordFields } from '../../../shared/records/indicatorRecord.ts';
import { correctedQuotes } from '../../../shared/records/reviewAfterCorrections.ts';
import { addedSummary, bulkStatusSummary, deletedSummary, editedSummary, statusSummary } from '../../../shared/records/recordSummary.ts';
import { guardRecordValue } from '../../../shared/records/valueGuard.ts';
import { findAnchorCandidates } from '../../../shared/reimport/anchorCandidates.ts';
import type { LoadedDocument } from '../project/loadedDocument.ts';
import { newId } from '../project/newId.ts';
import { commitChanges } from './commitChanges.ts';
import { findDocumentOf } from './findDocumentOf.ts';
import { openableDocuments } from '../project/openableDocuments.ts';
import type { ServiceContext } from './serviceContext.ts';
import { toRecordView } from './toViews.ts';
import { correctedUtf16, type RawCodePoint, type Span } from '../../../shared/text/offsets.ts';

type RecordServices = Pick<ServiceTable, 'records.list' | 'records.add' | 'records.update' | 'records.setStatus' | 'records.setStatusMany' | 'records.delete' | 'records.findQuote'>;

export function recordServices(ctx: ServiceContext): RecordServices {
  const { session } = ctx;

  const withRecord = async <T>(recordId: string, fn: (doc: LoadedDocument, record: IndicatorRecord) => Promise<T>): Promise<T> => {
    const found = await findDocumentOf(session, 'records', recordId);
    return session.withDocument(found.docId, (doc) => {
      const record = doc.db.data.records[recordId];
      if (!record) throw refusal('NOT_FOUND', errorReason('record.notFound', { recordId }));
      return fn(doc, record);
    });
  };

  const checkMayVerify = (record: IndicatorRecord, by: string) => {
    if (record.status === 'orphaned') {
      throw refusal('CONFLICT', errorReason('record.orphanedVerify', { recordId: record.id }));
    }
    if (session.project.data.settings.requireSecondReviewer && record.createdBy === by) {
      throw refusal('CONFLICT', errorReason('record.secondReviewer', { by, recordId: record.id }));
    }
  };

  return {
    async 'records.list'({ docId }) {
      // One document: its records or why it cannot be opened; the project: the records of every document that opens.
      // By document, then by where the evidence starts: documents compared by name once each, not per record pair.
      const docs = docId ? [await session.document(docId)] : (await openableDocuments(session)).sort((a, b) => a.docId.localeCompare(b.docId));
      const lists: RecordView[][] = [];
      for (const doc of docs) {
        const ofDoc = Object.values(doc.db.data.records).map((r) => toRecordView(doc, r));
        lists.push(ofDoc.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || a.id.localeCompare(b.id)));
      }
      return lists.flat();
    },

    'records.add'({ docId, evidence, fields, by, verify, valueDiffers }) {
      return session.withDocument(docId, async (doc) => {
        const at = ctx.now();
        const spans = toEvidence(doc, evidence);
        const reviewedText = correctedQuotes(doc.view, spans);
        const record: IndicatorRecord = guardRecordValue({
          id: newId('r'), docId, ...withNormalized(fields), status: 'draft',
          createdBy: by, createdAt: at, verifiedBy: null, verifiedAt: null,
          evidence: spans, reviewedText,
        }, reviewedText, valueDiffers === undefined ? undefined : { reason: valueDiffers, by, at });
        if (verify) {
          checkMayVerify(record, by);
          Object.assign(record, { status: 'verified', verifiedBy: by, verifiedAt: at });
        }
        await commitChanges(doc, {
          by, at, ...addedSummary(record, verify),
          changes: [{ entity: 'record', id: record.id, before: null, after: record }],
        });
        return toRecordView(doc, record);
      });
    },

    'records.update'({ recordId, fields, evidence, by, valueDiffers }) {
      return withRecord(recordId, async (doc, before) => {
        const at = ctx.now();
        let after: IndicatorRecord = { ...before, ...(fields ? withNormalized({ ...before, ...fields }) : {}) };
        if (evidence) {
          const spans = toEvidence(doc, evidence);
          after = { ...after, evidence: spans, reviewedText: correctedQuotes(doc.view, spans), status: before.status === 'orphaned' || before.status === 'needs_review' ? 'draft' : after.status };
          delete after.review;
        }
        // A reason given for one value and its words does not cover another (moving to an identical copy keeps it).
        const quotes = correctedQuotes(doc.view, after.evidence);
        const sameWords = quotes.join('\u0000') === before.reviewedText.join('\u0000');
        if (after.value !== before.value || after.unit !== before.unit || after.measure !== before.measure || !sameWords) delete after.valueDiffers;
        after = guardRecordValue(after, quotes, valueDiffers === undefined ? undefined : { reason: valueDiffers, by, at });
        if (JSON.stringify(after) === JSON.stringify(before)) return toRecordView(doc, before);
        // What was verified is no longer what the record says: it needs verifying again.
        if (before.status === 'verified') after = { ...after, status: 'draft', verifiedBy: null, verifiedAt: null };
        await commitChanges(doc, {
          by, at, ...editedSummary(after),
          changes: [{ entity: 'record', id: recordId, before, after }],
        });
        return toRecordView(doc, after);
      });
    },

    'records.delete'({ recordId, by }) {
      return withRecord(recordId, async (doc, before) => {
        await commitChanges(doc, {
          by, at: ctx.now(), ...deletedSummary(before),
          changes: [{ entity: 'record', id: recordId, before, after: null }],
        });
        return { recordId, deleted: true as const };
      });
    },

    async 'records.findQuote'({ recordId }) {
      const doc = await findDocumentOf(session, 'records', recordId);
      const record = doc.db.data.records[recordId]!;
      const e = record.evidence[0]!;
      const { text, map } = doc.view;
      // Search the corrected text (what survives the repairs), expecting the quote where the record was.
      const expected = map.toCorrected(e.start, 'before');
      const { candidates, ambiguous } = findAnchorCandidates(text, e, expected);
      const here = map.rawSpanToCorrected(e.start, e.end);
      return candidates
        .filter((c) => !(c.start === here.start && c.end === here.end))
        .map((c) => {
          // Found in the corrected text: UTF-16 units of it.
          const corrected = { start: correctedUtf16(c.start), end: correctedUtf16(c.end) };
          const raw = map.correctedSpanToRaw(corrected.start, corrected.end);
          return {
            start: doc.rawIndex.toCodePoint(raw.start), end: doc.rawIndex.toCodePoint(raw.end),
            correctedStart: doc.correctedIndex.toCodePoint(corrected.start), correctedEnd: doc.correctedIndex.toCodePoint(corrected.end),
            quote: c.quote, score: c.score, ambiguous,
          };
        });
    },

    'records.setStatus'({ recordId, status, by, valueDiffers }) {
      return withRecord(recordId, async (doc, before) => {
        if (before.status === status && valueDiffers === undefined) return toRecordView(doc, before);
        const at = ctx.now();
        const after = withStatus(doc, before, status, by, at, valueDiffers);
        if (JSON.stringify(after) === JSON.stringify(before)) return toRecordView(doc, before);
        await commitChanges(doc, {
          by, at, ...statusSummary(after, status),
          changes: [{ entity: 'record', id: recordId, before, after }],
        });
        return toRecordView(doc, after);
      });
    },

    async 'records.setStatusMany'({ recordIds, status, by }) {
      // One action (one undo step) per document; records that may not take the status are reported, not forced.
      const changed: RecordView[] = [];
      const refused: ApiOutput<'records.setStatusMany'>['refused'] = [];
      const byDoc = new Map<string, string[]>();
      for (const recordId of new Set(recordIds)) {
        try {
          const doc = await findDocumentOf(session, 'records', recordId);
          byDoc.set(doc.docId, [...(byDoc.get(doc.docId) ?? []), recordId]);
        } catch (e) {
          refused.push(refusedRecord(recordId, e));
        }
      }
      for (const [docId, ids] of byDoc) {
        await session.withDocument(docId, async (doc) => {
          const at = ctx.now();
          const changes: AuditChange[] = [];
          for (const id of ids) {
            const before = doc.db.data.records[id];
            if (!before || before.status === status) continue;
            try {
              changes.push({ entity: 'record', id, before, after: withStatus(doc, before, status, by, at) });
            } catch (e) {
              refused.push(refusedRecord(id, e));
            }
          }
          if (changes.length === 0) return;
          await commitChanges(doc, { by, at, ...bulkStatusSummary(changes.length, status), changes });
          for (const c of changes) changed.push(toRecordView(doc, c.after as IndicatorRecord));
        });
      }
      return { changed, refused };
    },
  };

  /** A record with a status a person gave it, or a clear refusal (second reviewer, orphaned evidence, a value not in the text). */
  function withStatus(doc: LoadedDocument, before: IndicatorRecord, status: 'draft' | 'verified' | 'rejected', by: string, at: string, valueDiffers?: string): IndicatorRecord {
    const { review: _cleared, ...rest } = before;
    if (status === 'verified') {
      checkMayVerify(before, by);
      // The reviewer has now seen the current corrected words: they become the reviewed ones.
      const reviewedText = correctedQuotes(doc.view, before.evidence);
      const reason = valueDiffers === undefined ? undefined : { reason: valueDiffers, by, at };
      return guardRecordValue({ ...rest, status, verifiedBy: by, verifiedAt: at, reviewedText }, reviewedText, reason);
    }
    if (before.status === 'orphaned' && status === 'draft') throw refusal('CONFLICT', errorReason('record.orphanedReopen', { recordId: before.id }));
    return { ...rest, status, verifiedBy: null, verifiedAt: null };
  }
}

/** One record a bulk change could not take: why, in English and as data for the window. */
function refusedRecord(recordId: string, e: unknown): ApiOutput<'records.setStatusMany'>['refused'][number] {
  if (!isWorkbenchError(e)) return { recordId, reason: e instanceof Error ? e.message : String(e) };
  return { recordId, reason: e.message, code: e.code, ...(e.details ? { details: e.details } : {}), ...(e.reason ? { reasonCode: e.reason } : {}) };
}

function toEvidence(doc: LoadedDocument, spans: readonly Span<RawCodePoint>[]): Evidence[] {
  return spans.map(({ start, end }) => {
    if (end > doc.rawIndex.length) {
      throw new WorkbenchError('INVALID_INPUT', `span ${start}..${end} is outside the text (${doc.rawIndex.length} code points)`);
    }
    return makeEvidence(doc.raw, doc.rawIndex.toUtf16(start), doc.rawIndex.toUtf16(end));
  });
}

function withNormalized(fields: RecordFields): RecordFields & Pick<IndicatorRecord, 'valueNormalized' | 'baseUnit'> {
  const normalized = normalizeValue(fields.value, fields.unit);
  return { ...pickFields(fields), valueNormalized: normalized?.valueNormalized ?? null, baseUnit: normalized?.baseUnit ?? null };
}

function pickFields(f: RecordFields): RecordFields {
  return {
    indicator: f.indicator, region: f.region, year: f.year, kind: f.kind, measure: f.measure,
    value: f.value, unit: f.unit, qualifier: f.qualifier, note: f.note,
  };
}
