import { stableHash } from '../format/stableHash.ts';
import type { ConsistencyFindingType } from './consistencyFinding.ts';

/** From the type and the set of records involved, not from list order. */
export function consistencyFindingId(type: ConsistencyFindingType, recordIds: readonly string[]): string {
  return `${type}-${stableHash([type, ...[...recordIds].sort()].join('\u0000'))}`;
}
