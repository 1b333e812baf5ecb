import { stableHash } from '../format/stableHash.ts';
import type { DefectType } from './types.ts';

/** How many characters on each side of a finding identify where it sits. */
const CONTEXT_CHARS = 12;

/**
 * An id that depends on the type, the text involved and a little context on either side, but not on
 * the finding's offset or position in the list, so a decision about it survives edits elsewhere.
 */
export function findingKey(type: DefectType, text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = text.slice(end, end + CONTEXT_CHARS);
  const involved = text.slice(start, end);
  return `${type}-${stableHash(`${type}\u0000${involved}\u0000${before}\u0000${after}`)}`;
}
