import { reason } from '../explain/reason.ts';
import type { CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { groupFinding } from './groupFinding.ts';
import { byYear, bySubject, round1, seriesPoint, shown, valueClasses, type SeriesPoint, type ValueClass } from './plausibleSeries.ts';

/**
 * A level against the previous year's level and the growth reported for it: 150 亿元 after 100 亿元 is +50 %, so
 * "增长 5%" cannot both be right. Flagged only when no reading of the rounded figures agrees, widened for money
 * by `priceAllowance` percentage points, because reports give the growth of value added at comparable prices
 * while the levels are at current prices.
 */
export interface LevelGrowthOptions {
  /** Percentage points allowed between nominal and real growth for amounts of money (default 5). */
  priceAllowance?: number;
  documentTitle(docId: string): string;
}

/**
 * Distinct values compared per year and role (level, previous level, growth). More than this in one year is a
 * conflict the consistency checks already report; bounding it keeps the work linear in the records.
 */
const DISTINCT_VALUES_LIMIT = 6;

export function findLevelGrowthMismatches(records: readonly CheckedRecord[], canonical: (name: string) => string, options: LevelGrowthOptions): ConsistencyFinding[] {
  const allowance = options.priceAllowance ?? 5;
  const findings: ConsistencyFinding[] = [];
  const points = (group: CheckedRecord[], keep: (p: SeriesPoint) => boolean) =>
    byYear(group.map(seriesPoint).filter((p): p is SeriesPoint => p !== null && keep(p)));
  for (const group of bySubject(records.filter((r) => r.kind === 'actual'), canonical).values()) {
    const levels = points(group.filter((r) => r.measure === 'level'), () => true);
    const growths = points(group.filter((r) => r.measure === 'growth'), (p) => p.family === 'percent');
    for (const [year, yearGrowths] of growths) {
      const nowClasses = valueClasses(levels.get(year) ?? []).slice(0, DISTINCT_VALUES_LIMIT);
      const beforeClasses = valueClasses(levels.get(year - 1) ?? []).filter((c) => c.point.amount > 0).slice(0, DISTINCT_VALUES_LIMIT);
      if (nowClasses.length === 0 || beforeClasses.length === 0) continue;
      for (const g of valueClasses(yearGrowths).slice(0, DISTINCT_VALUES_LIMIT)) {
        for (const now of nowClasses) {
          for (const before of beforeClasses.filter((c) => c.point.family === now.point.family)) {
            const finding = mismatch(g, now, before, allowance, options.documentTitle);
            if (finding) findings.push(finding);
          }
        }
      }
    }
  }
  return findings;
}

function mismatch(
  growth: ValueClass, nowClass: ValueClass, beforeClass: ValueClass,
  allowance: number, documentTitle: (docId: string) => string,
): ConsistencyFinding | null {
  const [g, now, before] = [growth.point, nowClass.point, beforeClass.point];
  // The widest and narrowest growth the rounded levels allow, in percent.
  const low = ((now.amount - now.rounding) / (before.amount + before.rounding) - 1) * 100;
  const high = ((now.amount + now.rounding) / Math.max(before.amount - before.rounding, Number.MIN_VALUE) - 1) * 100;
  const slack = g.rounding + (now.family === 'yuan' || now.family === 'usd' ? allowance : 0);
  if (g.amount + slack >= low && g.amount - slack <= high) return null;
  const implied = round1((now.amount / before.amount - 1) * 100);
  const r = g.record;
  const params = {
    indicator: r.indicator, region: r.region || '—', year: g.year, previousYear: before.year,
    value: shown(now.record), previousValue: shown(before.record), growth: shown(r), implied: `${implied}%`,
    document: documentTitle(r.docId), previousDocument: documentTitle(before.record.docId),
  };
  return groupFinding('level_growth', [...beforeClass.records, ...nowClass.records, ...growth.records], 'warning',
    `${params.indicator} ${params.region} ${params.year}: ${params.value} after ${params.previousValue} in ${params.previousYear} is ${params.implied}, but ${params.document} reports growth of ${params.growth}`,
    reason(allowance > 0 && slack > g.rounding ? 'check.levelGrowth.mismatchAtCurrentPrices' : 'check.levelGrowth.mismatch', params));
}
