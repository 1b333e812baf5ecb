import type { CheckedRecord } from './consistencyFinding.ts';
import { comparableValue } from './recordValue.ts';

/**
 * The series the plausibility checks read: a record's number with the rounding its written form implies, and
 * records grouped by what they are about (indicator and region, named the codebook's way).
 */
export interface SeriesPoint {
  record: CheckedRecord;
  year: number;
  /** In the base unit of its family (yuan, tonnes, percent …). */
  amount: number;
  /** Half of the last written digit, in the same unit: 172.9 亿元 → ±0.05 亿元. */
  rounding: number;
  family: string;
}

export function seriesPoint(r: CheckedRecord): SeriesPoint | null {
  if (r.year === null) return null;
  const value = comparableValue(r);
  if (!value) return null;
  const written = Number(r.value.replace(/,/g, ''));
  const decimals = /\.(\d+)$/.exec(r.value.trim())?.[1]?.length ?? 0;
  // The factor from the written number to the base unit, so the rounding is in the base unit too.
  const factor = Number.isFinite(written) && written !== 0 ? Math.abs(value.amount / written) : 0;
  return { record: r, year: r.year, amount: value.amount, rounding: 0.5 * 10 ** -decimals * factor, family: value.family };
}

/** Records grouped by canonical indicator and region; rejected ones are already left out by the caller. */
export function bySubject(records: readonly CheckedRecord[], canonical: (name: string) => string): Map<string, CheckedRecord[]> {
  const groups = new Map<string, CheckedRecord[]>();
  for (const r of records) {
    const key = `${canonical(r.indicator)}\u0000${r.region}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}

/** The written value with its unit, as a message shows it: 172.9 亿元. */
export function shown(r: CheckedRecord): string {
  return `${r.value}${r.unit ? ` ${r.unit}` : ''}`;
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Points that say the same number (family, amount, rounding), with every record saying it. */
export interface ValueClass {
  point: SeriesPoint;
  records: CheckedRecord[];
}

/** Points grouped by the number they say, in order of first appearance: a series is judged by its distinct values. */
export function valueClasses(points: readonly SeriesPoint[]): ValueClass[] {
  const classes = new Map<string, ValueClass>();
  for (const p of points) {
    const key = `${p.family}\u0000${p.amount}\u0000${p.rounding}`;
    const known = classes.get(key);
    if (known) known.records.push(p.record);
    else classes.set(key, { point: p, records: [p.record] });
  }
  return [...classes.values()];
}

/** Points by year, in order of first appearance. */
export function byYear(points: readonly SeriesPoint[]): Map<number, SeriesPoint[]> {
  const years = new Map<number, SeriesPoint[]>();
  for (const p of points) {
    const year = years.get(p.year);
    if (year) year.push(p);
    else years.set(p.year, [p]);
  }
  return years;
}
