/**
 * Well-formed UTF-16 only: a lone surrogate (half of a pair) is not text. Stored, it would pair up with a
 * later edit's half, or break every reader that encodes to UTF-8, so payloads carrying one are refused at
 * the boundary, before anything is written.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isWellFormedText(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

/** The path (`edits.3.insert`) of the first string or key in `value` holding a lone surrogate, or undefined. */
export function findIllFormedText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isWellFormedText(value) ? undefined : path || 'input';
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findIllFormedText(value[i], join(path, String(i)));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    if (!isWellFormedText(key)) return join(path, '(a key)');
    const found = findIllFormedText(item, join(path, key));
    if (found !== undefined) return found;
  }
  return undefined;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
