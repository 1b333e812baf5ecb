import type { Codebook } from '../codebook/index.ts';
import type { Reason } from '../explain/reason.ts';
import type { Evidence } from '../anchor/evidence.ts';
import type { IndicatorRecord, RecordStatus } from '../records/indicatorRecord.ts';

export const CONSISTENCY_FINDING_TYPES = [
  'conflict', 'unit_mismatch', 'value_not_in_evidence', 'duplicate_statement',
  // Plausibility (checkPlausibility.ts): numbers that do not fit the series they belong to.
  'level_growth', 'target_far', 'magnitude_jump',
] as const;
export type ConsistencyFindingType = (typeof CONSISTENCY_FINDING_TYPES)[number];

export type Severity = 'error' | 'warning' | 'info';

export interface ConsistencyFinding {
  /** Stable: from the type and the records involved, so a dismissed finding stays dismissed. */
  id: string;
  type: ConsistencyFindingType;
  /** The records involved, the first NAMED_RECORDS_LIMIT of them (groupFinding.ts). */
  recordIds: string[];
  /** How many records are involved in all. */
  recordCount: number;
  /** One line of English for the reviewer (the CLI's); names indicators, values and documents, never record ids. */
  message: string;
  severity: Severity;
  /** The same, structured, for translation (`check.<kind>[.<variant>]`); the UI shows it instead of `message`. */
  reason: Reason;
}

/** What the checks read of a record; evidence needs only its quote. */
export type CheckedRecord = Pick<
  IndicatorRecord,
  'id' | 'docId' | 'indicator' | 'region' | 'year' | 'kind' | 'measure' | 'value' | 'unit' | 'valueNormalized' | 'baseUnit' | 'qualifier' | 'status'
> & Partial<Pick<IndicatorRecord, 'valueDiffers'>> & { evidence: readonly Pick<Evidence, 'quote'>[] };

export interface CheckOptions {
  /** The current corrected text of each record's evidence spans, by record id; missing records use their quotes. */
  correctedQuotes?: ReadonlyMap<string, readonly string[]>;
  /** Resolves indicator names, so 规上工业增加值 and 规模以上工业增加值 are compared as one. */
  codebook?: Codebook;
  /** Records in these statuses are left out (default: rejected). */
  ignoreStatuses?: readonly RecordStatus[];
  /** How alike two quotes must be (0..1, character bigrams) to be the same statement (default 0.9). */
  duplicateSimilarity?: number;
  /** Titles to name documents by in messages (default: the document id). */
  documentTitles?: ReadonlyMap<string, string>;
}
