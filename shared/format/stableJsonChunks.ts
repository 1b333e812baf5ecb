import { sortedKeysReplacer } from './stableStringify.ts';

/**
 * stableStringify's text in pieces, produced as they are asked for: joined, they are exactly
 * `stableStringify(value)`. An object with more than `splitAbove` members (a document's records) is written member
 * by member (and so is the top object, to reach such members), `membersPerPiece` to a piece, so a caller can write each piece and let other work run in between:
 * a checkpoint of 20,000 records never holds its process for the whole document at once. Smaller values are
 * written whole, as stableStringify writes them.
 */
export interface ChunkOptions {
  splitAbove?: number;
  membersPerPiece?: number;
}

export function* stableJsonChunks(value: unknown, options: ChunkOptions = {}): Generator<string, void, undefined> {
  const splitAbove = options.splitAbove ?? 64;
  const membersPerPiece = options.membersPerPiece ?? 100;
  let piece: string[] = [];
  let members = 0;
  function* walk(v: unknown, indent: string): Generator<string, void, undefined> {
    // The top object is always walked member by member, so a big table among its members is found.
    if (!splittable(v, indent === '' ? -1 : splitAbove)) {
      piece.push(whole(v, indent));
      return;
    }
    const keys = orderedKeys(v).filter((k) => written(v[k]));
    if (keys.length === 0) {
      piece.push('{}');
      return;
    }
    const inner = `${indent}  `;
    piece.push('{');
    for (const [i, key] of keys.entries()) {
      piece.push(`${i > 0 ? ',' : ''}\n${inner}${JSON.stringify(key)}: `);
      yield* walk(v[key], inner);
      if (++members >= membersPerPiece) {
        members = 0;
        yield piece.join('');
        piece = [];
      }
    }
    piece.push(`\n${indent}}`);
  }
  yield* walk(value, '');
  piece.push('\n');
  yield piece.join('');
}

/**
 * The keys in stableStringify's order without copying the object: it sorts the keys into a new object, which lists
 * integer-like keys first, in numeric order, as Object.keys already does; the other keys are sorted.
 */
function orderedKeys(v: Record<string, unknown>): string[] {
  const keys = Object.keys(v);
  let first = 0;
  while (first < keys.length && isArrayIndex(keys[first]!)) first++;
  const rest = keys.slice(first);
  let sorted = true;
  for (let i = 1; i < rest.length && sorted; i++) sorted = rest[i - 1]! <= rest[i]!;
  return first === 0 && sorted ? keys : [...keys.slice(0, first), ...(sorted ? rest : rest.sort())];
}

function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
}

function splittable(v: unknown, splitAbove: number): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  // Counting stops at the threshold: a small object is not walked twice.
  let n = 0;
  for (const key in v) if (Object.hasOwn(v, key) && ++n > splitAbove) return true;
  return false;
}

/** What JSON.stringify keeps as an object member (it drops undefined, functions and symbols). */
function written(v: unknown): boolean {
  return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
}

/** A value as stableStringify writes it at this depth: its inner lines indented as deep as it stands. */
function whole(v: unknown, indent: string): string {
  const text = JSON.stringify(v, sortedKeysReplacer, 2);
  return indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}
