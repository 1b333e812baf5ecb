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
  return base36(4294967296 * (2097151 & h2) + (h1 >>> 0));
}

/** A piece of the hashed input: a whole string, or text[from, to) of one. */
export type HashPiece = string | readonly [text: string, from: number, to: number];

/**
 * stableHash of the pieces joined, without joining them: ids of half a million findings each hash a little
 * context around a range of one large text, and building each input string first cost as much as hashing it.
 */
export function stableHashOfPieces(pieces: readonly HashPiece[], seed = 0): string {
  return base36(stableHashNumberOfPieces(pieces, seed));
}

/** The whole number below 2^53 that stableHashOfPieces writes in base 36, for callers comparing many of them. */
export function stableHashNumberOfPieces(pieces: readonly HashPiece[], seed = 0): number {
  const state = { h1: 0xdeadbeef ^ seed, h2: 0x41c6ce57 ^ seed };
  for (const piece of pieces) {
    if (typeof piece === 'string') mixIn(state, piece, 0, piece.length);
    else mixIn(state, piece[0], Math.max(0, piece[1]), Math.min(piece[2], piece[0].length));
  }
  let { h1, h2 } = state;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function mixIn(state: { h1: number; h2: number }, s: string, from: number, to: number): void {
  let { h1, h2 } = state;
  for (let i = from; i < to; i += 1) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  state.h1 = h1;
  state.h2 = h2;
}

const DIGITS36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * `n.toString(36)` for a whole number below 2^53, by exact integer steps: the same digits, several times
 * faster than the general conversion of a double.
 */
export function base36(n: number): string {
  let out = '';
  let rest = n;
  do {
    const q = Math.floor(rest / 36);
    out = DIGITS36[rest - q * 36] + out;
    rest = q;
  } while (rest > 0);
  return out;
}
