import { reason } from '../explain/reason.ts';
import type { CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { groupFinding } from './groupFinding.ts';
import { byYear, bySubject, seriesPoint, shown, type SeriesPoint } from './plausibleSeries.ts';

/**
 * A level that jumps by an order of magnitude from one year to the next of its series (×10 or more, ÷10 or
 * less): in these reports nearly always a unit written or read wrong, 亿元 for 万元. Said so when the two are
 * written in different units.
 *
 * Some pair of two years jumps up exactly when the largest value after over the smallest before does (and down
 * likewise), so each pair of years is judged from its extremes: one finding up and one down at most, naming the
 * records that say the extreme values.
 */
const JUMP = 8;

export function findMagnitudeJumps(records: readonly CheckedRecord[], canonical: (name: string) => string, documentTitle: (docId: string) => string): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  for (const group of bySubject(records.filter((r) => r.kind === 'actual' && r.measure === 'level'), canonical).values()) {
    const years = byYear(group.map(seriesPoint).filter((p): p is SeriesPoint => p !== null && p.amount > 0));
    const sortedYears = [...years.keys()].sort((a, b) => a - b);
    for (let i = 1; i < sortedYears.length; i++) {
      const before = byFamily(years.get(sortedYears[i - 1]!)!);
      for (const [family, after] of byFamily(years.get(sortedYears[i]!)!)) {
        const earlier = before.get(family);
        if (!earlier) continue;
        const up = jump(extreme(earlier, 'min'), extreme(after, 'max'));
        if (up.ratio >= JUMP) findings.push(finding(up));
        const down = jump(extreme(earlier, 'max'), extreme(after, 'min'));
        if (down.ratio <= 1 / JUMP) findings.push(finding(down));
      }
    }
  }
  return findings;

  function jump(before: Extreme, after: Extreme) {
    return { before, after, ratio: after.point.amount / before.point.amount };
  }

  function finding({ before, after, ratio }: ReturnType<typeof jump>): ConsistencyFinding {
    const [b, a] = [before.point, after.point];
    const unitsDiffer = b.record.unit !== a.record.unit;
    const params = {
      indicator: a.record.indicator, region: a.record.region || '—', year: a.year, previousYear: b.year,
      value: shown(a.record), previousValue: shown(b.record), factor: ratio >= 1 ? Math.round(ratio) : Math.round(1 / ratio),
      document: documentTitle(a.record.docId), previousDocument: documentTitle(b.record.docId),
    };
    return groupFinding('magnitude_jump', [...before.records, ...after.records], 'warning',
      `${params.indicator} ${params.region}: ${params.value} in ${params.year} (${params.document}) after ${params.previousValue} in ${params.previousYear} is ${ratio >= 1 ? 'up' : 'down'} about ${params.factor}×${unitsDiffer ? '; the units differ' : ''}`,
      reason(unitsDiffer ? 'check.magnitude.unitJump' : ratio >= 1 ? 'check.magnitude.jumpUp' : 'check.magnitude.jumpDown', params));
  }
}

/** The smallest or largest value of a year, with every record saying it. */
interface Extreme {
  point: SeriesPoint;
  records: CheckedRecord[];
}

function extreme(points: readonly SeriesPoint[], which: 'min' | 'max'): Extreme {
  let best = points[0]!;
  for (const p of points) if (which === 'min' ? p.amount < best.amount : p.amount > best.amount) best = p;
  return { point: best, records: points.filter((p) => p.amount === best.amount).map((p) => p.record) };
}

function byFamily(points: readonly SeriesPoint[]): Map<string, SeriesPoint[]> {
  const families = new Map<string, SeriesPoint[]>();
  for (const p of points) {
    const family = families.get(p.family);
    if (family) family.push(p);
    else families.set(p.family, [p]);
  }
  return families;
}
