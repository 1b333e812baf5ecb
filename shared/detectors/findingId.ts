import type { DefectType } from './types.ts';

/** How many characters on each side of a finding identify where it sits. */
const CONTEXT_CHARS = 12;

/** cyrb53: a fast, well-mixed 53-bit string hash (no crypto needed, works in Node and browsers). */
function hashString(input: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i += 1) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * An id that depends on the type, the text involved and a little context on either side, but not on
 * the finding's offset or position in the list, so a decision about it survives edits elsewhere.
 */
export function findingKey(type: DefectType, text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = text.slice(end, end + CONTEXT_CHARS);
  const involved = text.slice(start, end);
  return `${type}-${hashString(`${type}\u0000${involved}\u0000${before}\u0000${after}`).toString(36)}`;
}
