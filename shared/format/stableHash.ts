/**
 * cyrb53: a fast, well-mixed 53-bit string hash, for ids that must not change between runs or machines
 * (no crypto needed, the same in Node and browsers). Returned in base 36.
 */
export function stableHash(input: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i += 1) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A piece of the hashed input: a whole string, or text[from, to) of one. */
export type HashPiece = string | readonly [text: string, from: number, to: number];

/**
 * stableHash of the pieces joined, without joining them: ids of half a million findings each hash a little
 * context around a range of one large text, and building each input string first cost as much as hashing it.
 */
export function stableHashOfPieces(pieces: readonly HashPiece[], seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (const piece of pieces) {
    const [s, from, to] = typeof piece === 'string' ? [piece, 0, piece.length] : piece;
    const end = Math.min(to, s.length);
    for (let i = Math.max(0, from); i < end; i += 1) {
      const ch = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
