import type { ServiceTable } from '../../../shared/api/contract.ts';
import type { Reason } from '../../../shared/explain/reason.ts';
import type { CorrectionView } from '../../../shared/api/views.ts';
import type { AuditChange } from '../../../shared/audit/auditEntry.ts';
import type { Correction, CorrectionKind } from '../../../shared/corrections/correction.ts';
import { planCorrectedEdit, planRawCorrection, planRevert, type PlannedCorrection } from '../../../shared/corrections/correctionSet.ts';
import { WorkbenchError, refusal } from '../../../shared/errors/workbenchError.ts';
import { errorReason } from '../../../shared/errors/errorReasons.ts';
import type { IndicatorRecord } from '../../../shared/records/indicatorRecord.ts';
import type { LoadedDocument } from '../project/loadedDocument.ts';
import { newId } from '../project/newId.ts';
import { commitChanges, recordReviewChanges } from './commitChanges.ts';
import { findDocumentOf } from './findDocumentOf.ts';
import type { ServiceContext } from './serviceContext.ts';
import { toCorrectionView } from './toViews.ts';

type CorrectionServices = Pick<ServiceTable, 'corrections.list' | 'corrections.add' | 'corrections.editCorrected' | 'corrections.editCorrectedBatch' | 'corrections.revert'>;

export function correctionServices(ctx: ServiceContext): CorrectionServices {
  const { session } = ctx;

  /** Records a planned correction together with the status changes it causes, as one audited action. */
  const record = async (doc: LoadedDocument, plan: PlannedCorrection, meta: { kind: CorrectionKind; reason: string; reasonCode?: Reason; by: string }): Promise<CorrectionView> => {
    const at = ctx.now();
    const { correction, next, changes } = addPlanned(doc.db.data.corrections, plan, { ...meta, docId: doc.docId, at });
    return commitWithReviews(doc, next, changes, {
      by: meta.by, at, action: 'correction.add', correction,
      summary: `${meta.kind}: ${snippet(plan.before)} → ${snippet(plan.after)}`,
    });
  };

  const commitWithReviews = async (
    doc: LoadedDocument, next: Record<string, Correction>, changes: AuditChange[],
    meta: { by: string; at: string; action: string; summary: string; correction: Correction },
  ): Promise<CorrectionView> => {
    const reviews = recordReviewChanges(doc, next);
    await commitChanges(doc, { by: meta.by, at: meta.at, action: meta.action, summary: meta.summary, changes: [...changes, ...reviews.changes], view: reviews.view });
    const affected = reviews.changes.map((c) => ({ id: c.id, status: (c.after as IndicatorRecord).status }));
    return toCorrectionView(doc, doc.db.data.corrections[meta.correction.id]!, affected);
  };

  return {
    'corrections.editCorrectedBatch'({ docId, edits, kind, reason, by }) {
      return session.withDocument(docId, async (doc) => {
        // Non-overlapping, in the corrected text as it is now; applied from the last to the first, so the
        // positions of those before stay valid, and recorded as one action (one undo step).
        const sorted = [...edits].sort((a, b) => b.correctedFrom - a.correctedFrom || b.correctedTo - a.correctedTo);
        for (let i = 1; i < sorted.length; i++) {
          if (sorted[i]!.correctedTo > sorted[i - 1]!.correctedFrom || (sorted[i]!.correctedTo === sorted[i - 1]!.correctedFrom && sorted[i]!.correctedFrom === sorted[i - 1]!.correctedFrom)) {
            throw new WorkbenchError('INVALID_INPUT', `edits ${sorted[i]!.correctedFrom}..${sorted[i]!.correctedTo} and ${sorted[i - 1]!.correctedFrom}..${sorted[i - 1]!.correctedTo} overlap`);
          }
        }
        const at = ctx.now();
        const text = doc.view.text;
        let corrections = doc.db.data.corrections;
        const changes = new Map<string, AuditChange>();
        const created: string[] = [];
        for (const e of sorted) {
          if (e.correctedTo > doc.correctedIndex.length) throw new WorkbenchError('INVALID_INPUT', `range ${e.correctedFrom}..${e.correctedTo} is outside the corrected text (${doc.correctedIndex.length} code points)`);
          const from = doc.correctedIndex.toUtf16(e.correctedFrom);
          const to = doc.correctedIndex.toUtf16(e.correctedTo);
          if (e.expect !== undefined && text.slice(from, to) !== e.expect) {
            throw refusal('CONFLICT', errorReason('correction.textChanged', { start: e.correctedFrom, end: e.correctedTo }));
          }
          const plan = planCorrectedEdit(doc.raw, Object.values(corrections), { from, to, insert: e.insert });
          const step = addPlanned(corrections, plan, { kind: e.kind ?? kind, reason: e.reason ?? reason, reasonCode: e.reasonCode, by, docId, at });
          corrections = step.next;
          created.push(step.correction.id);
          // One audit change per entity: its state before the batch and after it.
          for (const c of step.changes) changes.set(c.id, { ...c, before: changes.has(c.id) ? changes.get(c.id)!.before : c.before });
        }
        const reviews = recordReviewChanges(doc, corrections);
        await commitChanges(doc, {
          by, at, action: 'correction.batch', summary: `${created.length} corrections (${kind})`,
          changes: [...changes.values(), ...reviews.changes], view: reviews.view,
        });
        return {
          corrections: created.reverse().map((id) => toCorrectionView(doc, doc.db.data.corrections[id]!)),
          affectedRecords: reviews.changes.map((c) => ({ id: c.id, status: (c.after as IndicatorRecord).status })),
        };
      });
    },

    async 'corrections.list'({ docId }) {
      const doc = await session.document(docId);
      return Object.values(doc.db.data.corrections)
        .sort((a, b) => a.start - b.start || a.at.localeCompare(b.at))
        .map((c) => toCorrectionView(doc, c));
    },

    'corrections.add'({ docId, start, end, replace, kind, reason, reasonCode, by }) {
      return session.withDocument(docId, (doc) => {
        if (end > doc.rawIndex.length) throw new WorkbenchError('INVALID_INPUT', `range ${start}..${end} is outside the raw text (${doc.rawIndex.length} code points)`);
        const plan = planRawCorrection(doc.raw, Object.values(doc.db.data.corrections), {
          start: doc.rawIndex.toUtf16(start), end: doc.rawIndex.toUtf16(end), after: replace,
        });
        return record(doc, plan, { kind, reason, reasonCode, by });
      });
    },

    'corrections.editCorrected'({ docId, correctedFrom, correctedTo, insert, kind, reason, reasonCode, by, expect }) {
      return session.withDocument(docId, (doc) => {
        if (correctedTo > doc.correctedIndex.length) throw new WorkbenchError('INVALID_INPUT', `range ${correctedFrom}..${correctedTo} is outside the corrected text (${doc.correctedIndex.length} code points)`);
        const from = doc.correctedIndex.toUtf16(correctedFrom);
        const to = doc.correctedIndex.toUtf16(correctedTo);
        if (expect !== undefined && doc.view.text.slice(from, to) !== expect) {
          throw refusal('CONFLICT', errorReason('correction.textChanged', { start: correctedFrom, end: correctedTo }));
        }
        const plan = planCorrectedEdit(doc.raw, Object.values(doc.db.data.corrections), { from, to, insert });
        return record(doc, plan, { kind, reason, reasonCode, by });
      });
    },

    async 'corrections.revert'({ correctionId, by }) {
      const found = await findDocumentOf(session, 'corrections', correctionId);
      return session.withDocument(found.docId, (doc) => {
        const { target, restored } = planRevert(Object.values(doc.db.data.corrections), correctionId);
        const at = ctx.now();
        const reverted: Correction = { ...target, state: 'reverted', revertedBy: by, revertedAt: at };
        const changes: AuditChange[] = [{ entity: 'correction', id: target.id, before: target, after: reverted }];
        const next: Record<string, Correction> = { ...doc.db.data.corrections, [target.id]: reverted };
        for (const old of restored) {
          const { supersededBy: _gone, ...rest } = old;
          const back: Correction = { ...rest, state: 'active' };
          next[old.id] = back;
          changes.push({ entity: 'correction', id: old.id, before: old, after: back });
        }
        return commitWithReviews(doc, next, changes, {
          by, at, action: 'correction.revert', correction: target,
          summary: `reverted ${target.kind}: ${snippet(target.before)} → ${snippet(target.after)}`,
        });
      });
    },
  };
}

/** The correction a plan makes, the corrections it supersedes, and the audit changes for both. */
function addPlanned(
  corrections: Record<string, Correction>, plan: PlannedCorrection,
  meta: { kind: CorrectionKind; reason: string; reasonCode?: Reason; by: string; docId: string; at: string },
): { correction: Correction; next: Record<string, Correction>; changes: AuditChange[] } {
  const correction: Correction = {
    id: newId('c'), docId: meta.docId, start: plan.start, end: plan.end, before: plan.before, after: plan.after,
    kind: meta.kind, reason: meta.reason, ...(meta.reasonCode ? { reasonCode: meta.reasonCode } : {}), author: meta.by, at: meta.at, state: 'active',
    ...(plan.supersedes.length ? { supersedes: plan.supersedes } : {}),
  };
  const changes: AuditChange[] = [{ entity: 'correction', id: correction.id, before: null, after: correction }];
  const next: Record<string, Correction> = { ...corrections, [correction.id]: correction };
  for (const id of plan.supersedes) {
    const old = corrections[id]!;
    const superseded: Correction = { ...old, state: 'superseded', supersededBy: correction.id };
    next[id] = superseded;
    changes.push({ entity: 'correction', id, before: old, after: superseded });
  }
  return { correction, next, changes };
}

function snippet(s: string): string {
  const flat = s.replace(/\r?\n/g, '⏎');
  return JSON.stringify(flat.length > 24 ? flat.slice(0, 23) + '…' : flat);
}
