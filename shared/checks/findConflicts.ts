import type { CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { consistencyFindingId } from './consistencyFindingId.ts';
import { pairsByKey } from './pairsByKey.ts';
import { comparableValue } from './recordValue.ts';
import { boundsOverlap, valueBounds } from './valueBounds.ts';

/**
 * The same indicator, region, year, kind and measure stated with values that cannot both hold, within one
 * document or across documents. Qualifiers are respected (突破 170 亿元 and 172.9 亿元 agree); units are
 * converted where they can be (4.76 亿斤 vs 23.8 万吨). One finding per pair.
 */
export function findConflicts(records: readonly CheckedRecord[], canonical: (name: string) => string): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  const sameStatement = (r: CheckedRecord) => [canonical(r.indicator), r.region.trim(), r.year ?? '', r.kind, r.measure].join('\u0000');
  for (const [a, b] of pairsByKey(records, sameStatement)) {
    const va = comparableValue(a);
    const vb = comparableValue(b);
    if (!va || !vb || va.family !== vb.family) continue;
    if (boundsOverlap(valueBounds(va.amount, a.qualifier), valueBounds(vb.amount, b.qualifier))) continue;
    const where = a.docId === b.docId ? 'in the same document' : `in ${a.docId} and ${b.docId}`;
    findings.push({
      id: consistencyFindingId('conflict', [a.id, b.id]),
      type: 'conflict',
      recordIds: [a.id, b.id],
      message: `${canonical(a.indicator)} (${a.region || 'no region'}, ${a.year ?? 'no year'}, ${a.kind} ${a.measure}) is `
        + `${describeValue(a)} in ${a.id} but ${describeValue(b)} in ${b.id}, ${where}`,
      severity: 'warning',
    });
  }
  return findings;
}

/** 172.9 亿元, or 170 亿元 (突破) with its qualifier. */
export function describeValue(r: Pick<CheckedRecord, 'value' | 'unit' | 'qualifier'>): string {
  return `${r.value} ${r.unit}`.trim() + (r.qualifier ? ` (${r.qualifier})` : '');
}
