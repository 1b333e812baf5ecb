import { WorkbenchError } from '../errors/workbenchError.ts';
import type { IndicatorRecord } from './indicatorRecord.ts';
import { valueInEvidence } from './valueInEvidence.ts';

/** What the guard reads of a record: its value, unit and measure, and any override a reviewer gave. */
export type GuardedRecord = Pick<IndicatorRecord, 'value' | 'unit' | 'measure' | 'indicator'> & Partial<Pick<IndicatorRecord, 'id' | 'valueDiffers'>>;

/**
 * Nothing enters or stays in a saved or verified record with a value its evidence does not state, unless the
 * reviewer said why (`valueDiffers`). `quotes` are the corrected words of the evidence, as the reviewer saw them.
 * The error's details (value, unit, quote) let the UI say it in the reviewer's language.
 */
export function assertValueInEvidence(record: GuardedRecord, quotes: readonly string[]): void {
  if (record.valueDiffers || valueInEvidence(record, quotes)) return;
  const quote = quotes.join(' … ');
  const what = `${record.value}${record.unit ? ' ' + record.unit : ''}`;
  throw new WorkbenchError(
    'VALUE_NOT_IN_EVIDENCE',
    `the value ${what} of ${record.indicator} is not written in its evidence "${shorten(quote)}"; `
      + 'correct the value or mark it as differing from the text with a reason',
    { ...(record.id ? { recordId: record.id } : {}), value: record.value, unit: record.unit, quote },
  );
}

export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * A record about to be saved or verified, with its override settled: a value the evidence states needs none
 * (a stale one is dropped); otherwise a new reason becomes the override, a kept one stands, and without either
 * the save is refused.
 */
export function guardRecordValue<R extends GuardedRecord>(record: R, quotes: readonly string[], reason?: { reason: string; by: string; at: string }): R {
  const { valueDiffers: _stale, ...rest } = record;
  if (valueInEvidence(record, quotes)) return rest as R;
  if (reason) return { ...rest, valueDiffers: { reason: reason.reason, by: reason.by, at: reason.at } } as R;
  assertValueInEvidence(record, quotes); // passes only with a kept override
  return record;
}
