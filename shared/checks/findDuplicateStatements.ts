import { reason } from '../explain/reason.ts';
import { foldWidth, parseNumber } from '../numbers/index.ts';
import type { CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { describeValue } from './findConflicts.ts';
import { documentsOf, groupFinding } from './groupFinding.ts';
import { groupsByKey } from './groupsByKey.ts';

/**
 * Quotes told apart by similarity in one group of equal statements. Beyond this many, a new quote is compared
 * with these only: the work per record is bounded, and the same words still meet through their exact hash.
 */
const COMPARED_QUOTES_LIMIT = 32;

/**
 * The same statement recorded more than once in a document: same indicator, kind, measure, value and unit, and
 * near-identical quotes (a duplicated paragraph, or one record made twice). Records with the same words (ignoring
 * width, spaces and punctuation) are one cluster at once; distinct wordings join the first cluster whose first
 * quote is alike enough. One finding per cluster, naming every record of it.
 */
export function findDuplicateStatements(
  records: readonly CheckedRecord[], canonical: (name: string) => string, minSimilarity: number, documentTitle: (docId: string) => string,
): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  const numbers = new Map<string, string>();
  const number = (value: string): string => {
    let read = numbers.get(value);
    if (read === undefined) numbers.set(value, (read = parseNumber(value) ?? value.trim()));
    return read;
  };
  const sameValue = (r: CheckedRecord) => [r.docId, canonical(r.indicator), r.kind, r.measure, number(r.value), foldWidth(r.unit.trim())].join('\u0000');
  for (const group of groupsByKey(records, sameValue)) {
    if (group.length < 2) continue;
    for (const members of clustersOfAlikeQuotes(group, minSimilarity)) {
      if (members.length < 2) continue;
      const first = members[0]!;
      const params = { indicator: canonical(first.indicator), value: describeValue(first), count: members.length, documents: documentsOf(members, documentTitle) };
      findings.push(groupFinding('duplicate_statement', members, 'warning',
        `${params.indicator} ${params.value}: the same statement recorded ${params.count} times — ${params.documents}`,
        reason('check.duplicate_statement', params)));
    }
  }
  return findings;
}

function clustersOfAlikeQuotes(group: readonly CheckedRecord[], minSimilarity: number): CheckedRecord[][] {
  // A statement recorded many times has the same quote many times: its words are worked out once.
  const wordsOf = new Map<string, string>();
  const words = (r: CheckedRecord): string => {
    const quote = r.evidence.map((e) => e.quote).join('');
    let known = wordsOf.get(quote);
    if (known === undefined) wordsOf.set(quote, (known = comparable(quote)));
    return known;
  };
  const byWords = groupsByKey(group, words);
  const leaders: { words: string; members: CheckedRecord[] }[] = [];
  const clusters: CheckedRecord[][] = [];
  for (const same of byWords) {
    const these = wordsOf.get(same[0]!.evidence.map((e) => e.quote).join(''))!;
    const leader = leaders.find((l) => similarityOfComparable(l.words, these) >= minSimilarity);
    if (leader) {
      for (const r of same) leader.members.push(r);
      continue;
    }
    const cluster = { words: these, members: [...same] };
    if (leaders.length < COMPARED_QUOTES_LIMIT) leaders.push(cluster);
    clusters.push(cluster.members);
  }
  return clusters;
}

/** Dice coefficient of character bigrams, ignoring width, spaces and punctuation: 1 for the same words. */
export function quoteSimilarity(a: string, b: string): number {
  return similarityOfComparable(comparable(a), comparable(b));
}

function similarityOfComparable(x: string, y: string): number {
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
