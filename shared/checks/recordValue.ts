import { normalizeValue } from '../numbers/index.ts';
import type { BaseUnit } from '../numbers/index.ts';
import type { CheckedRecord } from './consistencyFinding.ts';

/** Base units that convert into one another, with the factor to the first of their family. */
const CONVERSIONS: Partial<Record<BaseUnit, { family: string; factor: number }>> = {
  tonnes: { family: 'mass', factor: 1000 }, kg: { family: 'mass', factor: 1 }, g: { family: 'mass', factor: 0.001 },
  jin: { family: 'mass', factor: 0.5 },
  mu: { family: 'area', factor: 1 / 15 }, hectares: { family: 'area', factor: 1 }, square_km: { family: 'area', factor: 100 },
  square_m: { family: 'area', factor: 0.0001 },
  count: { family: 'count', factor: 1 }, households: { family: 'count', factor: 1 },
};

/** A record's value as a plain number in a comparable unit family, or null when it has none. */
export function comparableValue(r: Pick<CheckedRecord, 'value' | 'unit' | 'valueNormalized' | 'baseUnit'>): { family: string; amount: number } | null {
  const normalized = r.valueNormalized !== null && r.baseUnit !== null
    ? { valueNormalized: r.valueNormalized, baseUnit: r.baseUnit }
    : normalizeValue(r.value, r.unit);
  if (!normalized) return null;
  const amount = Number(normalized.valueNormalized);
  if (!Number.isFinite(amount)) return null;
  const conversion = CONVERSIONS[normalized.baseUnit as BaseUnit];
  return conversion ? { family: conversion.family, amount: amount * conversion.factor } : { family: normalized.baseUnit, amount };
}

/** The base unit a record's value is in, from the record or by normalising value and unit. */
export function baseUnitOf(r: Pick<CheckedRecord, 'value' | 'unit' | 'baseUnit'>): string | null {
  return r.baseUnit ?? normalizeValue(r.value, r.unit)?.baseUnit ?? null;
}
