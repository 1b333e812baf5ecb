import type { ApiInput } from '../../shared/api/contract.ts';
import type { RecordView } from '../../shared/api/views.ts';
import type { RecordKind, RecordMeasure } from '../../shared/records/indicatorRecord.ts';

/** The form's state: every field as the reviewer types it (the year as text until saved). */
export interface RecordDraft {
  indicator: string;
  region: string;
  year: string;
  kind: RecordKind;
  measure: RecordMeasure;
  value: string;
  unit: string;
  qualifier: string;
  note: string;
  /** Set once the reviewer marks the value as differing from the text: the reason ('' until typed). */
  valueDiffers?: string;
  /** The reviewer chose to save without a year; an empty year is otherwise refused. */
  noYear?: boolean;
}

export type RecordFieldsInput = ApiInput<'records.add'>['fields'];

/** What the form saves: the fields, and the reviewer's reason when the value differs from the text. */
export type RecordFormFields = RecordFieldsInput & { valueDiffers?: string };

export const EMPTY_DRAFT: RecordDraft = {
  indicator: '', region: '', year: '', kind: 'actual', measure: 'level', value: '', unit: '', qualifier: '', note: '',
};

/** The document facts a draft's defaults come from. */
export interface DocumentYears {
  region: string;
  yearsReviewed: readonly number[];
  yearsPlanned: readonly number[];
}

/** An actual figure belongs to the last year the report reviews; a target to the first year it plans. */
export function yearForKind(doc: DocumentYears, kind: RecordKind): number | null {
  if (kind === 'actual') return doc.yearsReviewed.length ? Math.max(...doc.yearsReviewed) : null;
  return doc.yearsPlanned.length ? Math.min(...doc.yearsPlanned) : null;
}

/** The draft as API fields; the year must be a whole number or empty (the API checks the range). */
export function draftToFields(draft: RecordDraft): RecordFormFields {
  const yearText = draft.year.trim();
  const year = yearText === '' ? null : Number(yearText);
  return {
    indicator: draft.indicator.trim(),
    region: draft.region.trim(),
    year: year !== null && Number.isInteger(year) ? year : null,
    kind: draft.kind,
    measure: draft.measure,
    value: draft.value.trim(),
    unit: draft.unit.trim(),
    qualifier: draft.qualifier.trim(),
    note: draft.note,
    ...(draft.valueDiffers?.trim() ? { valueDiffers: draft.valueDiffers.trim() } : {}),
  };
}

/** A record is never saved with an empty year unless the reviewer chose that. */
export function missingYear(draft: RecordDraft): boolean {
  return draft.year.trim() === '' && !draft.noYear;
}

export function isYearText(text: string): boolean {
  return text.trim() === '' || /^\d{4}$/.test(text.trim());
}

export function draftFromRecord(record: RecordView): RecordDraft {
  return {
    indicator: record.indicator, region: record.region, year: record.year === null ? '' : String(record.year),
    kind: record.kind, measure: record.measure, value: record.value, unit: record.unit, qualifier: record.qualifier, note: record.note,
    ...(record.valueDiffers ? { valueDiffers: record.valueDiffers.reason } : {}),
  };
}

/** Switching actual ↔ target moves the year along, unless the reviewer typed a year of their own. */
export function changeKind(draft: RecordDraft, kind: RecordKind, doc: DocumentYears | null): RecordDraft {
  if (!doc) return { ...draft, kind };
  const automatic = yearForKind(doc, draft.kind);
  const yearWasAutomatic = draft.year.trim() === '' || draft.year.trim() === String(automatic ?? '');
  const year = yearForKind(doc, kind);
  return { ...draft, kind, year: yearWasAutomatic ? (year === null ? '' : String(year)) : draft.year };
}

/** All of a record's editable fields, as the API takes them. */
export function fieldsOfRecord(record: RecordView): RecordFieldsInput {
  return {
    indicator: record.indicator, region: record.region, year: record.year, kind: record.kind, measure: record.measure,
    value: record.value, unit: record.unit, qualifier: record.qualifier, note: record.note,
  };
}
