/** Consistency checks over indicator records: conflicts, unit mismatches, values gone from evidence, duplicates; and pages of them. */
export { checkConsistency } from './checkConsistency.ts';
export { CONSISTENCY_FINDING_TYPES } from './consistencyFinding.ts';
export type {
  CheckOptions, CheckedRecord, ConsistencyFinding, ConsistencyFinding as Finding, ConsistencyFindingType, Severity,
} from './consistencyFinding.ts';
export { quoteSimilarity } from './findDuplicateStatements.ts';
export { valueBounds, boundsOverlap } from './valueBounds.ts';
export type { Bounds } from './valueBounds.ts';
export { checkPlausibility } from './checkPlausibility.ts';
export type { PlausibilityOptions } from './checkPlausibility.ts';
export { checksPage, orderFindings, CHECKS_PAGE_DEFAULT, CHECKS_PAGE_MAX } from './checksPage.ts';
export type { ChecksPage, ListedFinding } from './checksPage.ts';
export { NAMED_RECORDS_LIMIT } from './groupFinding.ts';
export { CONSISTENCY_REASON_CODES } from './consistencyReasonCodes.ts';
