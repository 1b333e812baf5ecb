/**
 * The development corpus shipped in the repository: data/reports (twelve real reports, see
 * data/reports/SOURCES.md) and data/gold (hand-checked indicators and defects, copied from the project's
 * shared material). Reports are decoded exactly as an import decodes them (GBK included), so gold code-point
 * offsets line up with what the app sees.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeSource } from '../../shared/text/decodeSource.ts';
import { readJsonLines } from '../bench/jsonLines.ts';

export const REPORTS_DIR = fileURLToPath(new URL('../../data/reports/', import.meta.url));
export const GOLD_DIR = fileURLToPath(new URL('../../data/gold/', import.meta.url));

/** Report file name → decoded text, sorted by name. */
export function loadCorpus(): Map<string, string> {
  const docs = new Map<string, string>();
  for (const name of readdirSync(REPORTS_DIR).filter((n) => n.endsWith('.txt')).sort()) {
    const decoded = decodeSource(readFileSync(join(REPORTS_DIR, name)));
    if (!decoded.ok) throw new Error(`${name}: ${decoded.reason}`);
    docs.set(name, decoded.text);
  }
  return docs;
}

export function loadGoldFile<T>(name: 'indicators.jsonl' | 'defects.jsonl'): T[] {
  return readJsonLines<T>(join(GOLD_DIR, name));
}
