import type { Reason } from '../explain/reason.ts';
import type { CheckedRecord, ConsistencyFinding, ConsistencyFindingType, Severity } from './consistencyFinding.ts';
import { consistencyFindingId } from './consistencyFindingId.ts';

/**
 * How many of a finding's records it names; `recordCount` says how many there are. Enough to jump to and to judge
 * by, small enough that 20,000 copies of one statement make one short finding.
 */
export const NAMED_RECORDS_LIMIT = 50;
/** How many distinct values or documents a message lists before "…". */
const LISTED_LIMIT = 5;

/** One finding about a group of records: its id is from every member, so a dismissal holds while they do. */
export function groupFinding(
  type: ConsistencyFindingType, members: readonly CheckedRecord[], severity: Severity, message: string, why: Reason,
): ConsistencyFinding {
  const ids = members.map((r) => r.id);
  return {
    id: consistencyFindingId(type, ids), type, recordIds: ids.slice(0, NAMED_RECORDS_LIMIT), recordCount: ids.length,
    message, severity, reason: why,
  };
}

/** Distinct texts in order, joined, the first few only: "172.9 亿元 / 175.1 亿元 / …". */
export function listed(values: Iterable<string>, separator: string): string {
  const distinct = [...new Set(values)];
  return distinct.length > LISTED_LIMIT ? [...distinct.slice(0, LISTED_LIMIT), '…'].join(separator) : distinct.join(separator);
}

/** The documents a group's records come from, by title. */
export function documentsOf(members: readonly CheckedRecord[], documentTitle: (docId: string) => string): string {
  return listed(members.map((r) => documentTitle(r.docId)), '; ');
}
