import { reason } from '../explain/reason.ts';
import type { CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { consistencyFindingId } from './consistencyFindingId.ts';
import { bySubject, round1, seriesPoint, shown, type SeriesPoint } from './plausibleSeries.ts';

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

export function findLevelGrowthMismatches(records: readonly CheckedRecord[], canonical: (name: string) => string, options: LevelGrowthOptions): ConsistencyFinding[] {
  const allowance = options.priceAllowance ?? 5;
  const findings: ConsistencyFinding[] = [];
  for (const group of bySubject(records.filter((r) => r.kind === 'actual'), canonical).values()) {
    const levels = group.filter((r) => r.measure === 'level').map(seriesPoint).filter((p): p is SeriesPoint => p !== null);
    const growths = group.filter((r) => r.measure === 'growth').map(seriesPoint).filter((p): p is SeriesPoint => p?.family === 'percent');
    for (const g of growths) {
      for (const now of levels.filter((l) => l.year === g.year)) {
        for (const before of levels.filter((l) => l.year === g.year - 1 && l.family === now.family && l.amount > 0)) {
          // The widest and narrowest growth the rounded levels allow, in percent.
          const low = ((now.amount - now.rounding) / (before.amount + before.rounding) - 1) * 100;
          const high = ((now.amount + now.rounding) / Math.max(before.amount - before.rounding, Number.MIN_VALUE) - 1) * 100;
          const slack = g.rounding + (now.family === 'yuan' || now.family === 'usd' ? allowance : 0);
          if (g.amount + slack >= low && g.amount - slack <= high) continue;
          const implied = round1((now.amount / before.amount - 1) * 100);
          const ids = [before.record.id, now.record.id, g.record.id];
          const r = g.record;
          const params = {
            indicator: r.indicator, region: r.region || '—', year: g.year, previousYear: before.year,
            value: shown(now.record), previousValue: shown(before.record), growth: shown(r), implied: `${implied}%`,
            document: options.documentTitle(r.docId), previousDocument: options.documentTitle(before.record.docId),
          };
          findings.push({
            id: consistencyFindingId('level_growth', ids), type: 'level_growth', recordIds: ids, severity: 'warning',
            message: `${params.indicator} ${params.region} ${params.year}: ${params.value} after ${params.previousValue} in ${params.previousYear} is ${params.implied}, but ${params.document} reports growth of ${params.growth}`,
            reason: reason(allowance > 0 && slack > g.rounding ? 'check.levelGrowth.mismatchAtCurrentPrices' : 'check.levelGrowth.mismatch', params),
          });
        }
      }
    }
  }
  return findings;
}
