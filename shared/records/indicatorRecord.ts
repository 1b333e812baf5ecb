import type { Evidence } from '../anchor/evidence.ts';

export const RECORD_KINDS = ['actual', 'target'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_MEASURES = ['level', 'growth', 'rate', 'count', 'share'] as const;
export type RecordMeasure = (typeof RECORD_MEASURES)[number];

export const RECORD_STATUSES = ['draft', 'verified', 'rejected', 'needs_review', 'orphaned'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** Why a record was put back into review by corrections, so reverting them can restore what it was. */
export interface RecordReview {
  correctionIds: string[];
  previousStatus: RecordStatus;
}

export interface IndicatorRecord {
  id: string;
  docId: string;
  indicator: string;
  region: string;
  year: number | null;
  kind: RecordKind;
  measure: RecordMeasure;
  /** The value as written in the report, e.g. "172.9". */
  value: string;
  unit: string;
  /** Exact decimal string in the base unit, e.g. "17290000000" for 172.9 亿元; null when none exists. */
  valueNormalized: string | null;
  baseUnit: string | null;
  qualifier: string;
  note: string;
  status: RecordStatus;
  createdBy: string;
  createdAt: string;
  verifiedBy: string | null;
  verifiedAt: string | null;
  evidence: Evidence[];
  /**
   * The corrected text of each evidence span as a person last saw it (made, edited or verified the record).
   * When corrections make the current corrected text differ, the record goes to review; when reverts make
   * it equal again, the status it had comes back.
   */
  reviewedText: string[];
  review?: RecordReview;
  /** The reviewer's word that the value differs from the text on purpose (a typo in the report, a unit converted). */
  valueDiffers?: ValueDiffers;
}

/** Why a value not written in the evidence was saved anyway: who said so, when, and why. */
export interface ValueDiffers {
  reason: string;
  by: string;
  at: string;
}

/** The fields a reviewer fills in; the rest is derived or set by the workflow. */
export type RecordFields = Pick<
  IndicatorRecord,
  'indicator' | 'region' | 'year' | 'kind' | 'measure' | 'value' | 'unit' | 'qualifier' | 'note'
>;
