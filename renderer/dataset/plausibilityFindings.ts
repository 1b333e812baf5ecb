import type { ConsistencyFinding } from '../../shared/checks/index.ts';

const PLAUSIBILITY_TYPES: ReadonlySet<ConsistencyFinding['type']> = new Set(['level_growth', 'target_far', 'magnitude_jump']);

/** The findings about a number's place in its series, shown beside the dataset table. */
export function isPlausibilityFinding(f: ConsistencyFinding): boolean {
  return PLAUSIBILITY_TYPES.has(f.type);
}
