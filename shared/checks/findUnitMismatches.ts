import type { Codebook } from '../codebook/index.ts';
import { reason } from '../explain/reason.ts';
import type { RecordMeasure } from '../records/indicatorRecord.ts';
import { parseUnit } from '../numbers/index.ts';
import type { CheckedRecord, ConsistencyFinding, Severity } from './consistencyFinding.ts';
import { describeValue } from './findConflicts.ts';
import { documentsOf, groupFinding } from './groupFinding.ts';
import { groupsByKey } from './groupsByKey.ts';
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
 * codebook, a unit of another kind than the codebook lists for it (城镇新增就业 in 亿元). Records stating the same
 * thing the same way in one document make one finding.
 */
export function findUnitMismatches(
  records: readonly CheckedRecord[], codebook: Codebook, canonical: (name: string) => string, documentTitle: (docId: string) => string,
): ConsistencyFinding[] {
  const byName = new Map(codebook.map((e) => [e.name, e]));
  // The base units each codebook entry lists, read once per entry rather than once per record.
  const expectedBases = new Map<string, Set<string | undefined>>();
  const expectedOf = (entry: Codebook[number]) => {
    let bases = expectedBases.get(entry.name);
    if (!bases) expectedBases.set(entry.name, (bases = new Set(entry.units.map((u) => parseUnit(u)?.base))));
    return bases;
  };
  const flagged: { record: CheckedRecord; variant: string; severity: Severity; expected: string }[] = [];
  for (const r of records) {
    const base = baseUnitOf(r);
    if (base === null || base === 'number') continue;
    if (!MEASURE_UNITS[r.measure](base)) {
      flagged.push({ record: r, variant: r.measure, severity: 'error', expected: '' });
      continue;
    }
    const entry = byName.get(canonical(r.indicator));
    if (!entry || entry.units.length === 0 || RELATIVE.has(base)) continue;
    const expected = expectedOf(entry);
    const counting = (b: string | undefined): boolean => b === 'count' || b === 'households';
    if (!expected.has(base as never) && !(counting(base) && [...expected].some(counting))) {
      flagged.push({ record: r, variant: 'codebook', severity: 'warning', expected: entry.units.join('/') });
    }
  }
  const sameMistake = ({ record: r, variant }: (typeof flagged)[number]) =>
    [r.docId, canonical(r.indicator), r.kind, r.measure, r.value.trim(), r.unit.trim(), variant].join('\u0000');
  return groupsByKey(flagged, sameMistake).map((group) => {
    const { record: first, variant, severity, expected } = group[0]!;
    const members = group.map((f) => f.record);
    const params = { indicator: canonical(first.indicator), value: describeValue(first), unit: first.unit || '—', expected, count: members.length, documents: documentsOf(members, documentTitle) };
    const message = variant === 'codebook'
      ? `${params.indicator} ${params.value}: ${params.indicator} is usually stated in ${expected}, not ${params.unit} — ${params.documents}`
      : `${params.indicator} ${params.value}: a ${variant} of ${params.indicator} cannot be in ${params.unit} — ${params.documents}`;
    return groupFinding('unit_mismatch', members, severity, message, reason(`check.unit_mismatch.${variant}`, params));
  });
}
