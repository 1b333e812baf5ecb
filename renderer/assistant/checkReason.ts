import type { RecordView } from '../../shared/api/views.ts';
import type { ConsistencyFinding } from '../../shared/checks/index.ts';
import { reason, type Reason } from '../../shared/explain/reason.ts';
import { formatValue } from '../records/formatValue.ts';

/** The checks whose message is built here from their records (the plausibility checks carry their own reason). */
const NAMED_BY_RECORDS: ReadonlySet<string> = new Set(['conflict', 'unit_mismatch', 'value_not_in_evidence', 'duplicate_statement']);

/**
 * A consistency finding as a reason code with the names a reviewer knows: the indicator, the values or units,
 * the documents. Null while its records are not loaded (the finding's English message is shown meanwhile).
 */
export function checkReason(
  finding: Pick<ConsistencyFinding, 'type' | 'recordIds'>, recordsById: ReadonlyMap<string, RecordView>, documentTitles: ReadonlyMap<string, string>,
): Reason | null {
  if (!NAMED_BY_RECORDS.has(finding.type)) return null;
  const records = finding.recordIds.map((id) => recordsById.get(id)).filter((r): r is RecordView => r !== undefined);
  const first = records[0];
  if (!first || records.length < finding.recordIds.length) return null;
  const distinct = (values: string[]) => [...new Set(values)].join(' / ');
  return reason(`check.${finding.type}`, {
    indicator: first.indicator,
    value: formatValue(first),
    values: distinct(records.map(formatValue)),
    units: distinct(records.map((r) => r.unit || '—')),
    count: records.length,
    documents: [...new Set(records.map((r) => documentTitles.get(r.docId) ?? r.docId))].join('；'),
  });
}
