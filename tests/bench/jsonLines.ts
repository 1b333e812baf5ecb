import { readFileSync } from 'node:fs';

/** A JSON-lines file (the gold files) as an array, blank lines skipped. */
export function readJsonLines<T>(path: string | URL): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}
