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
 * left out. Records are grouped by what they state and each group judged as a whole, so the work grows with the
 * records (n log n at most), never with their pairs. Findings come grouped by type, in the order of the records.
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
  const documentTitle = (docId: string): string => options.documentTitles?.get(docId) || docId;
  return [
    ...findConflicts(live, canonical, documentTitle),
    ...findUnitMismatches(live, codebook, canonical, documentTitle),
    ...findValuesNotInEvidence(live, options.correctedQuotes, canonical, documentTitle),
    ...findDuplicateStatements(live, canonical, options.duplicateSimilarity ?? DEFAULT_SIMILARITY, documentTitle),
  ];
}
