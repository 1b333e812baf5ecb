/** Consistency checks over indicator records: conflicts, unit mismatches, values gone from evidence, duplicates. */
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
