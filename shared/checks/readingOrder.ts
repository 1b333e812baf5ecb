import { CONSISTENCY_FINDING_TYPES, type ConsistencyFinding } from './consistencyFinding.ts';

/**
 * Findings by type, then by where their first record stands in the project (`position`), then as the checks gave
 * them. Every check compares only records of one indicator, so the checks can run per indicator and be merged:
 * this order is the same whichever way the findings were computed, all at once or indicator by indicator.
 */
export function inReadingOrder<F extends Pick<ConsistencyFinding, 'type' | 'recordIds'>>(
  findings: readonly F[], position: (recordId: string) => number,
): F[] {
  return findings
    .map((f, i) => ({ f, i, type: CONSISTENCY_FINDING_TYPES.indexOf(f.type), at: f.recordIds.length > 0 ? position(f.recordIds[0]!) : Infinity }))
    .sort((a, b) => a.type - b.type || a.at - b.at || a.i - b.i)
    .map(({ f }) => f);
}
