import { base36, stableHashNumberOfPieces } from '../format/stableHash.ts';
import type { DefectType } from './types.ts';

/** How many characters on each side of a finding identify where it sits. */
const CONTEXT_CHARS = 12;

/**
 * An id that depends on the type, the text involved and a little context on either side, but not on
 * the finding's offset or position in the list, so a decision about it survives edits elsewhere.
 * The hash of `${type}\0${involved}\0${before}\0${after}`, read from the text in place.
 */
export function findingKey(type: DefectType, text: string, start: number, end: number): string {
  return `${type}-${base36(findingHash(type, text, start, end))}`;
}

/** The number findingKey writes in base 36: the same finding, the same number. */
export function findingHash(type: DefectType, text: string, start: number, end: number): number {
  return stableHashNumberOfPieces([
    type, '\u0000', [text, start, end], '\u0000', [text, Math.max(0, start - CONTEXT_CHARS), start], '\u0000', [text, end, end + CONTEXT_CHARS],
  ]);
}
