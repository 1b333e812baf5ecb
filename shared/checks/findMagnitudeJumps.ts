import { reason } from '../explain/reason.ts';
import type { CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { consistencyFindingId } from './consistencyFindingId.ts';
import { bySubject, seriesPoint, shown, type SeriesPoint } from './plausibleSeries.ts';

/**
 * A level that jumps by an order of magnitude from one year to the next of its series (×10 or more, ÷10 or
 * less): in these reports nearly always a unit written or read wrong, 亿元 for 万元. Said so when the two are
 * written in different units.
 */
const JUMP = 8;

export function findMagnitudeJumps(records: readonly CheckedRecord[], canonical: (name: string) => string, documentTitle: (docId: string) => string): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  for (const group of bySubject(records.filter((r) => r.kind === 'actual' && r.measure === 'level'), canonical).values()) {
    const points = group.map(seriesPoint).filter((p): p is SeriesPoint => p !== null && p.amount > 0).sort((a, b) => a.year - b.year);
    const years = [...new Set(points.map((p) => p.year))];
    for (let i = 1; i < years.length; i++) {
      for (const before of points.filter((p) => p.year === years[i - 1])) {
        for (const after of points.filter((p) => p.year === years[i] && p.family === before.family)) {
          const ratio = after.amount / before.amount;
          if (ratio < JUMP && ratio > 1 / JUMP) continue;
          const ids = [before.record.id, after.record.id];
          const unitsDiffer = before.record.unit !== after.record.unit;
          const params = {
            indicator: after.record.indicator, region: after.record.region || '—', year: after.year, previousYear: before.year,
            value: shown(after.record), previousValue: shown(before.record), factor: ratio >= 1 ? Math.round(ratio) : Math.round(1 / ratio),
            document: documentTitle(after.record.docId), previousDocument: documentTitle(before.record.docId),
          };
          findings.push({
            id: consistencyFindingId('magnitude_jump', ids), type: 'magnitude_jump', recordIds: ids, severity: 'warning',
            message: `${params.indicator} ${params.region}: ${params.value} in ${params.year} (${params.document}) after ${params.previousValue} in ${params.previousYear} is ${ratio >= 1 ? 'up' : 'down'} about ${params.factor}×${unitsDiffer ? '; the units differ' : ''}`,
            reason: reason(unitsDiffer ? 'check.magnitude.unitJump' : ratio >= 1 ? 'check.magnitude.jumpUp' : 'check.magnitude.jumpDown', params),
          });
        }
      }
    }
  }
  return findings;
}
