import { reason } from '../explain/reason.ts';
import type { CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { documentsOf, groupFinding, listed } from './groupFinding.ts';
import { groupsByKey } from './groupsByKey.ts';
import { comparableValue } from './recordValue.ts';
import { boundsOverlap, valueBounds, type Bounds } from './valueBounds.ts';

/**
 * The same indicator, region, year, kind and measure stated with values that cannot all hold, within one
 * document or across documents. Qualifiers are respected (突破 170 亿元 and 172.9 亿元 agree); units are
 * converted where they can be (4.76 亿斤 vs 23.8 万吨). One finding per statement naming every record of it.
 *
 * Intervals on a line all overlap exactly when the highest lower bound is under the lowest upper bound, so a
 * group is judged from two of its records, never by comparing every pair.
 */
export function findConflicts(
  records: readonly CheckedRecord[], canonical: (name: string) => string, documentTitle: (docId: string) => string,
): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  const sameStatement = (r: CheckedRecord) => [canonical(r.indicator), r.region.trim(), r.year ?? '', r.kind, r.measure].join('\u0000');
  for (const group of groupsByKey(records, sameStatement)) {
    if (group.length < 2) continue;
    const byFamily = new Map<string, { record: CheckedRecord; amount: number; bounds: Bounds }[]>();
    for (const record of group) {
      const value = comparableValue(record);
      if (!value) continue;
      const point = { record, amount: value.amount, bounds: valueBounds(value.amount, record.qualifier) };
      const family = byFamily.get(value.family);
      if (family) family.push(point);
      else byFamily.set(value.family, [point]);
    }
    for (const points of byFamily.values()) {
      if (points.length < 2) continue;
      let highestLow = points[0]!;
      let lowestHigh = points[0]!;
      for (const p of points) {
        if (p.bounds.low > highestLow.bounds.low) highestLow = p;
        if (p.bounds.high < lowestHigh.bounds.high) lowestHigh = p;
      }
      if (boundsOverlap(highestLow.bounds, lowestHigh.bounds)) continue;
      const members = points.map((p) => p.record);
      const first = members[0]!;
      const params = {
        indicator: canonical(first.indicator), region: first.region.trim() || '—', year: first.year ?? '—', count: members.length,
        values: listed([...points].sort((a, b) => a.amount - b.amount).map((p) => describeValue(p.record)), ' / '),
        documents: documentsOf(members, documentTitle),
      };
      findings.push(groupFinding('conflict', members, 'warning',
        `${params.indicator} (${params.region}, ${params.year}, ${first.kind} ${first.measure}): ${params.count} records give different values: ${params.values} — ${params.documents}`,
        reason('check.conflict', params)));
    }
  }
  return findings;
}

/** 172.9 亿元, or 170 亿元 (突破) with its qualifier. */
export function describeValue(r: Pick<CheckedRecord, 'value' | 'unit' | 'qualifier'>): string {
  return `${r.value} ${r.unit}`.trim() + (r.qualifier ? ` (${r.qualifier})` : '');
}
