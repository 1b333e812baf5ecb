import type { Codebook } from '../codebook/index.ts';
import type { RecordMeasure } from '../records/indicatorRecord.ts';
import { parseUnit } from '../numbers/index.ts';
import type { CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { consistencyFindingId } from './consistencyFindingId.ts';
import { baseUnitOf } from './recordValue.ts';

const RELATIVE = new Set(['percent', 'per_mille', 'percentage_points', 'times']);

/** Base units each measure can be stated in; null: any amount that is not relative. */
const MEASURE_UNITS: Record<RecordMeasure, (base: string) => boolean> = {
  growth: (b) => RELATIVE.has(b),
  rate: (b) => b === 'percent' || b === 'per_mille' || b === 'percentage_points',
  share: (b) => b === 'percent' || b === 'per_mille' || b === 'percentage_points',
  level: (b) => !RELATIVE.has(b),
  count: (b) => !RELATIVE.has(b) && b !== 'yuan' && b !== 'usd',
};

/**
 * A unit that cannot express the measure (a growth in 亿元, a level in %), and, when the indicator is in the
 * codebook, a unit of another kind than the codebook lists for it (城镇新增就业 in 亿元).
 */
export function findUnitMismatches(records: readonly CheckedRecord[], codebook: Codebook, canonical: (name: string) => string): ConsistencyFinding[] {
  const byName = new Map(codebook.map((e) => [e.name, e]));
  const findings: ConsistencyFinding[] = [];
  for (const r of records) {
    const base = baseUnitOf(r);
    if (base === null || base === 'number') continue;
    const finding = (message: string, severity: ConsistencyFinding['severity']): ConsistencyFinding =>
      ({ id: consistencyFindingId('unit_mismatch', [r.id]), type: 'unit_mismatch', recordIds: [r.id], message, severity });
    if (!MEASURE_UNITS[r.measure](base)) {
      findings.push(finding(`${r.id}: a ${r.measure} of ${r.indicator} cannot be in ${r.unit || 'no unit'} (${base})`, 'error'));
      continue;
    }
    const entry = byName.get(canonical(r.indicator));
    if (!entry || entry.units.length === 0 || RELATIVE.has(base)) continue;
    const expected = new Set(entry.units.map((u) => parseUnit(u)?.base));
    const counting = (b: string | undefined): boolean => b === 'count' || b === 'households';
    if (!expected.has(base as never) && !(counting(base) && [...expected].some(counting))) {
      findings.push(finding(`${r.id}: ${entry.name} is usually stated in ${entry.units.join('/')}, not ${r.unit}`, 'warning'));
    }
  }
  return findings;
}
