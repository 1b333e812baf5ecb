import type { ServiceTable } from '../../../shared/api/contract.ts';
import type { FindingView } from '../../../shared/api/views.ts';
import type { ServiceContext } from './serviceContext.ts';
import { correctedUtf16 } from '../../../shared/text/offsets.ts';
import { forEachFinding } from '../../../shared/detectors/index.ts';

type RepairServices = Pick<ServiceTable, 'defects.list'>;

/** Text repair: defect findings on the corrected text, each a proposed correction. */
export function repairServices(ctx: ServiceContext): RepairServices {
  const { session } = ctx;
  return {
    'defects.list'({ docId, includeDismissed, operationId }) {
      return ctx.operations.track('defects.list', operationId, async (op) => {
        const doc = await session.document(docId);
        // The view and its index as analysed: a correction saved while the worker runs makes new ones.
        const { text, map } = doc.view;
        const correctedIndex = doc.correctedIndex;
        // Passages carrying records are protected: of two copies, the one without records is proposed for deletion.
        const protectedRanges = Object.values(doc.db.data.records)
          .filter((r) => r.status !== 'rejected')
          .flatMap((r) => r.evidence.map((e) => map.rawSpanToCorrected(e.start, e.end)));
        const views: FindingView[] = [];
        forEachFinding(await op.run('defects', { text, protectedRanges }), text, (f) => {
          const dismissed = Object.prototype.hasOwnProperty.call(doc.db.data.dismissed, f.id);
          if (dismissed && !includeDismissed) return;
          // The detectors read the corrected text: their offsets are UTF-16 units of it.
          const cp = (u: number) => correctedIndex.toCodePoint(correctedUtf16(u));
          const raw = map.correctedSpanToRaw(correctedUtf16(f.start), correctedUtf16(f.end));
          views.push({
            id: f.id, type: f.type,
            start: doc.rawIndex.toCodePoint(raw.start), end: doc.rawIndex.toCodePoint(raw.end),
            correctedStart: cp(f.start), correctedEnd: cp(f.end),
            text: f.text, replacement: f.replacement, confidence: f.confidence, reason: f.reason, reasonCode: f.reasonCode,
            related: (f.related ?? []).map((r) => ({ correctedStart: cp(r.start), correctedEnd: cp(r.end) })),
            dismissed,
          });
        });
        return views;
      });
    },
  };
}
