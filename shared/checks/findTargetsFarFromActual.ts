import { reason } from '../explain/reason.ts';
import type { CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { groupFinding } from './groupFinding.ts';
import { bySubject, round1, seriesPoint, shown, valueClasses, type SeriesPoint } from './plausibleSeries.ts';

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

/**
 * Targets saying the same number for the same year and measure are judged once, as one finding; the last actual
 * before each is found by binary search in its measure's actuals, latest year first: n log n in the records.
 */
export function findTargetsFarFromActual(records: readonly CheckedRecord[], canonical: (name: string) => string, options: TargetFarOptions): ConsistencyFinding[] {
  const perYear = options.levelGrowthPerYear ?? 0.5;
  const points = options.ratePoints ?? 10;
  const findings: ConsistencyFinding[] = [];
  for (const group of bySubject(records, canonical).values()) {
    const actuals = new Map<string, SeriesPoint[]>();
    const targets = new Map<string, SeriesPoint[]>();
    for (const r of group) {
      const p = seriesPoint(r);
      if (!p) continue;
      const into = r.kind === 'actual' ? actuals : r.kind === 'target' ? targets : null;
      const key = `${r.measure}\u0000${p.family}${r.kind === 'target' ? `\u0000${p.year}\u0000${r.qualifier}` : ''}`;
      const list = into?.get(key);
      if (list) list.push(p);
      else into?.set(key, [p]);
    }
    for (const list of actuals.values()) list.sort((a, b) => b.year - a.year);
    for (const sameTarget of targets.values()) {
      for (const { point: t, records: members } of valueClasses(sameTarget)) {
        const target = t.record;
        const last = lastBefore(actuals.get(`${target.measure}\u0000${t.family}`) ?? [], t.year);
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
        const params = { ...base, ...extra };
        findings.push(groupFinding('target_far', [last.record, ...members], 'warning',
          `${params.indicator} ${params.region}: the ${params.year} target ${params.value} (${params.document}) is far from the ${params.actualYear} actual ${params.actualValue}`,
          reason(`check.targetFar.${variant}`, params)));
      }
    }
  }
  return findings;
}

/** The first point of a list sorted latest year first whose year is before `year`. */
function lastBefore(latestFirst: readonly SeriesPoint[], year: number): SeriesPoint | undefined {
  let lo = 0;
  let hi = latestFirst.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (latestFirst[mid]!.year >= year) lo = mid + 1;
    else hi = mid;
  }
  return latestFirst[lo];
}
