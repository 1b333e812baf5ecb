import type { EvidenceView, RecordView } from '../../shared/api/views.ts';
import { correctedCodePoint, rawCodePoint } from '../../shared/text/offsets.ts';

/** A record as the services list it, with one evidence span at `start` (same offsets raw and corrected) unless given. */
export function recordView(fields: Partial<RecordView> & { id: string; start?: number; length?: number }): RecordView {
  const { start = 0, length = 4, ...rest } = fields;
  const evidence: EvidenceView = {
    start: rawCodePoint(start), end: rawCodePoint(start + length), quote: '', prefix: '', suffix: '',
    correctedStart: correctedCodePoint(start), correctedEnd: correctedCodePoint(start + length), correctedQuote: '',
  };
  return {
    docId: 'd', indicator: '地区生产总值', region: '', year: 2023, kind: 'actual', measure: 'level', value: '1', unit: '亿元',
    valueNormalized: null, baseUnit: null, qualifier: '', note: '', status: 'draft', createdBy: 'a', createdAt: '', verifiedBy: null,
    verifiedAt: null, evidence: [evidence], reviewedText: [], corrections: [], ...rest,
  };
}

/** The services' order of a records list (recordServices.ts): document, first span, id. */
export const inServicesOrder = (list: readonly RecordView[]): RecordView[] => [...list].sort((a, b) => a.docId.localeCompare(b.docId)
  || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || a.id.localeCompare(b.id));
