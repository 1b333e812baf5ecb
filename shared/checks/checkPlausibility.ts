import { DEFAULT_CODEBOOK, canonicalIndicatorName } from '../codebook/index.ts';
import type { CheckOptions, CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { findLevelGrowthMismatches } from './findLevelGrowthMismatches.ts';
import { findMagnitudeJumps } from './findMagnitudeJumps.ts';
import { findTargetsFarFromActual } from './findTargetsFarFromActual.ts';

/**
 * Plausibility checks, beside the consistency checks: numbers each fine on their own that do not fit the series
 * they belong to across years and documents. A level against the previous year's level and its reported growth,
 * a target far from the last actual, a jump by an order of magnitude. Each finding carries a Reason naming the
 * indicator, the values and the documents; rejected records are left out.
 */
export interface PlausibilityOptions extends Pick<CheckOptions, 'codebook' | 'ignoreStatuses'> {
  /** Titles to name documents by in messages (default: the document id). */
  documentTitles?: ReadonlyMap<string, string>;
  priceAllowance?: number;
}

export function checkPlausibility(records: readonly CheckedRecord[], options: PlausibilityOptions = {}): ConsistencyFinding[] {
  const codebook = options.codebook ?? DEFAULT_CODEBOOK;
  const ignored = new Set(options.ignoreStatuses ?? ['rejected']);
  const live = records.filter((r) => !ignored.has(r.status));
  const names = new Map<string, string>();
  const canonical = (name: string): string => {
    let resolved = names.get(name);
    if (resolved === undefined) names.set(name, (resolved = canonicalIndicatorName(name, codebook)));
    return resolved;
  };
  const documentTitle = (docId: string): string => options.documentTitles?.get(docId) || docId;
  return [
    ...findLevelGrowthMismatches(live, canonical, { documentTitle, priceAllowance: options.priceAllowance }),
    ...findTargetsFarFromActual(live, canonical, { documentTitle }),
    ...findMagnitudeJumps(live, canonical, documentTitle),
  ];
}
