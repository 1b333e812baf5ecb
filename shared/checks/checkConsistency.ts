import { DEFAULT_CODEBOOK, canonicalIndicatorName } from '../codebook/index.ts';
import type { CheckOptions, CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { findConflicts } from './findConflicts.ts';
import { findDuplicateStatements } from './findDuplicateStatements.ts';
import { findUnitMismatches } from './findUnitMismatches.ts';
import { findValuesNotInEvidence } from './findValuesNotInEvidence.ts';

const DEFAULT_SIMILARITY = 0.9;

/**
 * Consistency checks over records of one or more documents: conflicting values, units that cannot express the
 * measure, values missing from their (corrected) evidence, and statements recorded twice. Rejected records are
 * left out. Findings come grouped by type, in the order of the records given.
 */
export function checkConsistency(records: readonly CheckedRecord[], options: CheckOptions = {}): ConsistencyFinding[] {
  const codebook = options.codebook ?? DEFAULT_CODEBOOK;
  const ignored = new Set(options.ignoreStatuses ?? ['rejected']);
  const live = records.filter((r) => !ignored.has(r.status));
  const names = new Map<string, string>();
  const canonical = (name: string): string => {
    const known = names.get(name);
    if (known !== undefined) return known;
    const resolved = canonicalIndicatorName(name, codebook);
    names.set(name, resolved);
    return resolved;
  };
  return [
    ...findConflicts(live, canonical),
    ...findUnitMismatches(live, codebook, canonical),
    ...findValuesNotInEvidence(live, options.correctedQuotes),
    ...findDuplicateStatements(live, canonical, options.duplicateSimilarity ?? DEFAULT_SIMILARITY),
  ];
}
