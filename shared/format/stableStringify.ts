/**
 * JSON with object keys in sorted order and two-space indentation, so project files are
 * deterministic and diff well under version control. Arrays keep their order; undefined members are dropped.
 * Objects whose keys are already in order (everything read back from disk) are not copied, which keeps a
 * save of a large document close to plain JSON.stringify.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, sortedKeysReplacer, 2) + '\n';
}

export function sortedKeysReplacer(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  let sorted = true;
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1]! > keys[i]!) {
      sorted = false;
      break;
    }
  }
  if (sorted) return value;
  const out: Record<string, unknown> = {};
  for (const key of keys.sort()) out[key] = (value as Record<string, unknown>)[key];
  return out;
}
