import { foldWidth, parseNumber } from '../numbers/index.ts';
import type { CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { consistencyFindingId } from './consistencyFindingId.ts';
import { pairsByKey } from './pairsByKey.ts';

/**
 * The same statement recorded twice in a document: same indicator, kind, measure, value and unit, and
 * near-identical quotes (a duplicated paragraph, or one record made twice). One finding per pair.
 */
export function findDuplicateStatements(
  records: readonly CheckedRecord[], canonical: (name: string) => string, minSimilarity: number,
): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  const sameValue = (r: CheckedRecord) => [r.docId, canonical(r.indicator), r.kind, r.measure, parseNumber(r.value) ?? r.value.trim(), foldWidth(r.unit.trim())].join('\u0000');
  for (const [a, b] of pairsByKey(records, sameValue)) {
    const similarity = quoteSimilarity(quoteOf(a), quoteOf(b));
    if (similarity < minSimilarity) continue;
    findings.push({
      id: consistencyFindingId('duplicate_statement', [a.id, b.id]),
      type: 'duplicate_statement',
      recordIds: [a.id, b.id],
      message: `${a.id} and ${b.id} record the same statement (${canonical(a.indicator)} ${a.measure} ${a.value} ${a.unit}), quotes ${Math.round(similarity * 100)}% alike`,
      severity: 'warning',
    });
  }
  return findings;
}

function quoteOf(r: CheckedRecord): string {
  return r.evidence.map((e) => e.quote).join('');
}

/** Dice coefficient of character bigrams, ignoring width, spaces and punctuation: 1 for the same words. */
export function quoteSimilarity(a: string, b: string): number {
  const x = comparable(a);
  const y = comparable(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) counts.set(x.slice(i, i + 2), (counts.get(x.slice(i, i + 2)) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const bigram = y.slice(i, i + 2);
    const n = counts.get(bigram) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(bigram, n - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + y.length - 1);
}

function comparable(text: string): string {
  return foldWidth(text).replace(/[\s\p{P}]/gu, '');
}
