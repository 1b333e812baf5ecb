import type { ServiceTable } from '../../../shared/api/contract.ts';
import type { AuditChange } from '../../../shared/audit/auditEntry.ts';
import { movedYear } from '../../../shared/document/draftYearChanges.ts';
import type { IndicatorRecord } from '../../../shared/records/indicatorRecord.ts';
import { commitChanges } from './commitChanges.ts';
import type { ServiceContext } from './serviceContext.ts';

type DraftYearServices = Pick<ServiceTable, 'records.updateDraftYears'>;

/**
 * Offered after a document's years change: drafts whose year came from the old guess move to the new year,
 * in one audited action (one undo step). Only drafts: a verified record is a person's decision and is never
 * changed silently.
 */
export function draftYearServices(ctx: ServiceContext): DraftYearServices {
  const { session } = ctx;
  return {
    'records.updateDraftYears'({ docId, changes, by, dryRun }) {
      return session.withDocument(docId, async (doc) => {
        const moves: AuditChange[] = [];
        for (const record of Object.values(doc.db.data.records) as IndicatorRecord[]) {
          const to = record.status === 'draft' ? movedYear(record, changes) : null;
          if (to !== null) moves.push({ entity: 'record', id: record.id, before: record, after: { ...record, year: to } });
        }
        const recordIds = moves.map((m) => m.id);
        if (dryRun || moves.length === 0) return { recordIds, applied: false };
        const described = changes.map((c) => `${c.kind} ${c.from}→${c.to}`).join(', ');
        await commitChanges(doc, {
          by, at: ctx.now(), action: 'records.updateDraftYears',
          summary: `moved ${moves.length} draft record(s) to the document's new years (${described})`, changes: moves,
        });
        return { recordIds, applied: true };
      });
    },
  };
}
