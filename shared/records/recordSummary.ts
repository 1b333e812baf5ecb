import type { IndicatorRecord } from './indicatorRecord.ts';

/**
 * How the audit log (and so the history's undo/redo titles) names a change of one record. Written once: the
 * services record it, and the window shows the same words right after a save without re-reading the history.
 */
export function describeRecord(r: Pick<IndicatorRecord, 'indicator' | 'value' | 'unit' | 'year'>): string {
  return `${r.indicator} ${r.value}${r.unit ? ' ' + r.unit : ''}${r.year ? ` (${r.year})` : ''}`;
}

export type SettableRecordStatus = 'draft' | 'verified' | 'rejected';

/** The audit action of a status change, per status given. */
export const STATUS_ACTIONS = { draft: 'reopen', verified: 'verify', rejected: 'reject' } as const;
const STATUS_VERBS = { draft: 'reopened', verified: 'verified', rejected: 'rejected' } as const;

export interface RecordActionSummary {
  action: string;
  summary: string;
}

export function addedSummary(record: Pick<IndicatorRecord, 'indicator' | 'value' | 'unit' | 'year'>, verified: boolean): RecordActionSummary {
  return { action: verified ? 'record.add+verify' : 'record.add', summary: `${verified ? 'added and verified' : 'added'} ${describeRecord(record)}` };
}

export function editedSummary(record: Pick<IndicatorRecord, 'indicator' | 'value' | 'unit' | 'year'>): RecordActionSummary {
  return { action: 'record.update', summary: `edited ${describeRecord(record)}` };
}

export function statusSummary(record: Pick<IndicatorRecord, 'indicator' | 'value' | 'unit' | 'year'>, status: SettableRecordStatus): RecordActionSummary {
  return { action: `record.${STATUS_ACTIONS[status]}`, summary: `${STATUS_VERBS[status]} ${describeRecord(record)}` };
}

export function bulkStatusSummary(count: number, status: SettableRecordStatus): RecordActionSummary {
  return { action: `record.bulk-${STATUS_ACTIONS[status]}`, summary: `${STATUS_VERBS[status]} ${count} records` };
}

export function deletedSummary(record: Pick<IndicatorRecord, 'indicator' | 'value' | 'unit' | 'year'>): RecordActionSummary {
  return { action: 'record.delete', summary: `deleted ${describeRecord(record)}` };
}
