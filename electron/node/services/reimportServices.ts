import type { ServiceTable } from '../../../shared/api/contract.ts';
import type { ReanchorView, ReimportReport } from '../../../shared/api/views.ts';
import { makeEvidence } from '../../../shared/anchor/evidence.ts';
import type { AuditChange } from '../../../shared/audit/auditEntry.ts';
import type { SourceVersion } from '../../../shared/document/documentMeta.ts';
import { WorkbenchError, refusal } from '../../../shared/errors/workbenchError.ts';
import { errorReason } from '../../../shared/errors/errorReasons.ts';
import type { Reason } from '../../../shared/explain/reason.ts';
import type { ReanchorItem } from '../../../shared/project/documentFile.ts';
import type { IndicatorRecord } from '../../../shared/records/indicatorRecord.ts';
import { correctedQuotes, reviewAfterCorrections } from '../../../shared/records/reviewAfterCorrections.ts';
import { buildCodePointIndex, type CodePointIndex } from '../../../shared/text/codePoints.ts';
import { readSourceFile, sourceFromUpload, type SourceFileResult } from '../import/readSourceFile.ts';
import type { LoadedDocument } from '../project/loadedDocument.ts';
import { addToSourceIndex } from '../project/sourceIndex.ts';
import { commitChanges } from './commitChanges.ts';
import type { Operation } from './operations.ts';
import type { ServiceContext } from './serviceContext.ts';
import { rawUtf16 } from '../../../shared/text/offsets.ts';

type ReimportServices = Pick<ServiceTable, 'docs.replaceSourceFile' | 'docs.replaceSourceBytes' | 'reanchor.list' | 'reanchor.resolve' | 'reanchor.discard'>;

/**
 * "Replace source": a better copy of a report becomes a new version of the document. Records and
 * corrections carry over through an exact diff of old raw against new raw; whatever does not map exactly
 * waits in a re-anchor queue with scored candidates. The old version stays in the provenance.
 */
export function reimportServices(ctx: ServiceContext): ReimportServices {
  const { session } = ctx;

  // Decoding, the diff and the plan run in a worker (cancellable); the writes after op.commit() do not.
  const replace = (docId: string, source: SourceFileResult, by: string, op: Operation): Promise<ReimportReport> =>
    session.withDocument(docId, async (doc) => {
      if (!source.ok) throw rejectedSource(source.fileName, source);
      const data = doc.db.data;
      const computed = await op.run('reimport', {
        oldRaw: doc.raw, oldSha256: data.document.source.sha256, bytes: source.bytes,
        records: Object.values(data.records), corrections: Object.values(data.corrections),
      });
      const { decoded, sha256 } = computed;
      if (!decoded.ok) throw rejectedSource(source.fileName, decoded);
      if (!computed.plan) throw refusal('INVALID_INPUT', errorReason('source.identical', { fileName: source.fileName, docId }));
      const { newRaw } = decoded;
      const plan = computed.plan;
      op.commit();
      const at = ctx.now();

      const changes: AuditChange[] = [];
      const version: SourceVersion = {
        sha256, fileName: source.fileName, encoding: decoded.encoding, byteLength: source.bytes.length,
        length: decoded.length, importedAt: at, importedBy: by,
      };
      changes.push({ entity: 'document', id: docId, before: data.document, after: { ...data.document, source: version, versions: [...data.document.versions, data.document.source] } });

      for (const c of plan.keptCorrections) changes.push({ entity: 'correction', id: c.id, before: data.corrections[c.id], after: c });
      for (const { correction, reason } of plan.droppedCorrections) {
        changes.push({ entity: 'correction', id: correction.id, before: correction, after: { ...correction, state: 'reverted', revertedBy: by, revertedAt: at, revertReason: `source replaced: ${reason}` } });
      }
      // Kept records: evidence moved; their status re-derived against the new corrected text (in the worker).
      for (const r of computed.keptReviewed) changes.push({ entity: 'record', id: r.id, before: data.records[r.id], after: r });
      for (const q of plan.queuedRecords) {
        const item: ReanchorItem = { record: q.record, fromSha256: data.document.source.sha256, spans: q.spans, queuedAt: at };
        changes.push({ entity: 'record', id: q.record.id, before: q.record, after: null });
        changes.push({ entity: 'reanchor', id: q.record.id, before: data.reanchor[q.record.id] ?? null, after: item });
      }

      await session.writeSource(sha256, source.bytes);
      await session.exclusive(() => addToSourceIndex(session, sha256, docId));
      await commitChanges(doc, {
        by, at, action: 'document.replaceSource', changes,
        summary: `replaced the source with ${source.fileName} (sha256 ${sha256.slice(0, 12)}…): ${plan.keptRecords.length} records carried over, ${plan.queuedRecords.length} to re-anchor`,
      });
      session.evict(docId);
      const index = buildCodePointIndex(newRaw, 'raw');
      return {
        docId, fromSha256: data.document.versions.at(-1)?.sha256 ?? '', toSha256: sha256,
        keptRecords: plan.keptRecords.length,
        queued: plan.queuedRecords.map((q) => reanchorView(docId, { record: q.record, spans: q.spans, fromSha256: '', queuedAt: at }, index, newRaw)),
        keptCorrections: plan.keptCorrections.length,
        droppedCorrections: plan.droppedCorrections.filter((d) => d.correction.state === 'active').map((d) => ({ id: d.correction.id, reason: d.reason, reasonCode: d.reasonCode })),
      };
    });

  return {
    'docs.replaceSourceFile'({ docId, path, by, operationId }) {
      return ctx.operations.track('docs.replaceSourceFile', operationId, async (op) => replace(docId, await readSourceFile(path), by, op));
    },
    'docs.replaceSourceBytes'({ docId, fileName, base64, by, operationId }) {
      return ctx.operations.track('docs.replaceSourceBytes', operationId, (op) => replace(docId, sourceFromUpload(fileName, base64), by, op));
    },
    async 'reanchor.list'({ docId }) {
      const doc = await session.document(docId);
      return Object.values(doc.db.data.reanchor).map((item) => reanchorView(docId, item, doc.rawIndex, doc.raw));
    },
    'reanchor.resolve'({ docId, recordId, evidence, by }) {
      return session.withDocument(docId, async (doc) => {
        const item = queued(doc, recordId);
        const spans = evidence.map(({ start, end }) => {
          if (end > doc.rawIndex.length) throw new WorkbenchError('INVALID_INPUT', `span ${start}..${end} is outside the text (${doc.rawIndex.length} code points)`);
          return makeEvidence(doc.raw, doc.rawIndex.toUtf16(start), doc.rawIndex.toUtf16(end));
        });
        const before = item.record;
        const sameWords = spans.length === before.evidence.length && spans.every((s, i) => s.quote === before.evidence[i]!.quote);
        const { review: _old, ...rest } = before;
        // The same words at the chosen place keep the record's standing; other words need a fresh review.
        const after: IndicatorRecord = sameWords
          ? { ...rest, evidence: spans, reviewedText: correctedQuotes(doc.view, spans) }
          : { ...rest, evidence: spans, reviewedText: before.reviewedText, status: before.status === 'rejected' ? 'rejected' : 'needs_review', review: { correctionIds: [], previousStatus: before.status } };
        await commitChanges(doc, {
          by, at: ctx.now(), action: 'reanchor.resolve', summary: `re-anchored ${before.indicator} ${before.value}${before.unit}`,
          changes: [{ entity: 'reanchor', id: recordId, before: item, after: null }, { entity: 'record', id: recordId, before: null, after: reviewAfterCorrections(after, doc.view) }],
        });
        return { recordId, status: doc.db.data.records[recordId]!.status };
      });
    },
    'reanchor.discard'({ docId, recordId, by }) {
      return session.withDocument(docId, async (doc) => {
        const item = queued(doc, recordId);
        await commitChanges(doc, {
          by, at: ctx.now(), action: 'reanchor.discard', summary: `discarded ${item.record.indicator} ${item.record.value}${item.record.unit}, which did not carry over`,
          changes: [{ entity: 'reanchor', id: recordId, before: item, after: null }],
        });
        return { recordId, status: 'discarded' as const };
      });
    },
  };
}

/** A better copy that cannot be read: named in English, and its reason as data for the window. */
function rejectedSource(fileName: string, refused: { reason: string; reasonCode: Reason }): WorkbenchError {
  return new WorkbenchError('IMPORT_REJECTED', `${fileName}: ${refused.reason}`, { fileName }, refused.reasonCode);
}

function queued(doc: LoadedDocument, recordId: string): ReanchorItem {
  const item = doc.db.data.reanchor[recordId];
  if (!item) throw refusal('NOT_FOUND', errorReason('record.notWaitingForAnchor', { recordId, docId: doc.docId }));
  return item;
}

function reanchorView(docId: string, item: ReanchorItem, index: CodePointIndex<'raw'>, raw: string): ReanchorView {
  // Candidates were searched in the raw text: UTF-16 units of it.
  const cp = (u: number) => index.toCodePoint(rawUtf16(u));
  return {
    docId, recordId: item.record.id, indicator: item.record.indicator, value: item.record.value, unit: item.record.unit,
    status: item.record.status, fromSha256: item.fromSha256,
    spans: item.spans.map((s) => ({
      previousQuote: s.previous.quote,
      mapped: s.mapped ? { start: cp(s.mapped.start), end: cp(s.mapped.end), quote: raw.slice(s.mapped.start, s.mapped.end) } : null,
      candidates: s.candidates.map((c) => ({ start: cp(c.start), end: cp(c.end), quote: c.quote, score: c.score })),
      ambiguous: s.ambiguous,
    })),
  };
}
