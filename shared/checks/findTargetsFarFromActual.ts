import { reason } from '../explain/reason.ts';
import type { CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { consistencyFindingId } from './consistencyFindingId.ts';
import { bySubject, round1, seriesPoint, shown, type SeriesPoint } from './plausibleSeries.ts';

/**
 * A target far from the last actual value before it: a level more than `levelGrowthPerYear` up (compounded over
 * the years between) or less than half, or a rate more than `ratePoints` percentage points away. Such targets
 * are usually a misread unit or year, or a target recorded as actual.
 */
export interface TargetFarOptions {
  /** Largest plausible yearly rise of a level target over the last actual (default 0.5: +50 % a year). */
  levelGrowthPerYear?: number;
  /** Largest plausible distance of a growth or rate target from the last actual, in points (default 10). */
  ratePoints?: number;
  documentTitle(docId: string): string;
}

export function findTargetsFarFromActual(records: readonly CheckedRecord[], canonical: (name: string) => string, options: TargetFarOptions): ConsistencyFinding[] {
  const perYear = options.levelGrowthPerYear ?? 0.5;
  const points = options.ratePoints ?? 10;
  const findings: ConsistencyFinding[] = [];
  for (const group of bySubject(records, canonical).values()) {
    for (const target of group.filter((r) => r.kind === 'target')) {
      const t = seriesPoint(target);
      if (!t) continue;
      const actuals = group
        .filter((r) => r.kind === 'actual' && r.measure === target.measure)
        .map(seriesPoint)
        .filter((p): p is SeriesPoint => p !== null && p.family === t.family && p.year < t.year)
        .sort((a, b) => b.year - a.year);
      const last = actuals[0];
      if (!last) continue;
      const relative = t.family === 'percent' || t.family === 'per_mille' || t.family === 'percentage_points';
      const gap = t.year - last.year;
      const base = {
        indicator: target.indicator, region: target.region || '—', year: t.year, value: shown(target),
        actualYear: last.year, actualValue: shown(last.record), document: options.documentTitle(target.docId),
      };
      let variant: string | null = null;
      let extra: Record<string, string | number> = {};
      if (relative) {
        const distance = Math.abs(t.amount - last.amount) - t.rounding - last.rounding;
        if (distance > points) [variant, extra] = ['rate', { points: round1(Math.abs(t.amount - last.amount)) }];
      } else if (last.amount > 0) {
        const ratio = t.amount / last.amount;
        if (ratio > (1 + perYear) ** gap || ratio < 0.5) [variant, extra] = ['level', { ratio: round1(ratio) }];
      }
      if (!variant) continue;
      const ids = [last.record.id, target.id];
      const params = { ...base, ...extra };
      findings.push({
        id: consistencyFindingId('target_far', ids), type: 'target_far', recordIds: ids, severity: 'warning',
        message: `${params.indicator} ${params.region}: the ${params.year} target ${params.value} (${params.document}) is far from the ${params.actualYear} actual ${params.actualValue}`,
        reason: reason(`check.targetFar.${variant}`, params),
      });
    }
  }
  return findings;
}
