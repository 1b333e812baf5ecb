import { reason } from '../explain/reason.ts';
import { shorten } from '../records/valueGuard.ts';
import { valueInEvidence } from '../records/valueInEvidence.ts';
import type { CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { describeValue } from './findConflicts.ts';
import { documentsOf, groupFinding } from './groupFinding.ts';
import { groupsByKey } from './groupsByKey.ts';

/**
 * A record whose value no longer appears in its evidence as corrected (a correction changed 172.9 to 17.29, or
 * the record was edited to a number its quote does not say). The same test as the guard at save and verify
 * (`valueInEvidence`): 172.9 matches １７２.９, 千 matches 千亿, 1.7 万户 matches 17000户, 亿元 is not 万元.
 * A record whose reviewer said why its value differs from the text is not reported. Records of one document
 * with the same indicator and value make one finding.
 */
export function findValuesNotInEvidence(
  records: readonly CheckedRecord[], correctedQuotes: ReadonlyMap<string, readonly string[]> | undefined,
  canonical: (name: string) => string, documentTitle: (docId: string) => string,
): ConsistencyFinding[] {
  const missing: { record: CheckedRecord; quotes: readonly string[] }[] = [];
  for (const r of records) {
    const quotes = correctedQuotes?.get(r.id) ?? r.evidence.map((e) => e.quote);
    if (quotes.length === 0 || r.valueDiffers) continue;
    if (!inEvidence(r, quotes)) missing.push({ record: r, quotes });
  }
  const sameValue = ({ record: r }: (typeof missing)[number]) => [r.docId, canonical(r.indicator), r.kind, r.measure, r.value.trim(), r.unit.trim()].join('\u0000');
  return groupsByKey(missing, sameValue).map((group) => {
    const { record: first, quotes } = group[0]!;
    const members = group.map((m) => m.record);
    const params = { indicator: canonical(first.indicator), value: describeValue(first), count: members.length, documents: documentsOf(members, documentTitle) };
    const message = `${params.indicator} ${params.value} is not in its evidence "${shorten(quotes.join(' … '))}"${members.length > 1 ? ` (${members.length} records)` : ''} — ${params.documents}`;
    return groupFinding('value_not_in_evidence', members, 'error', message.replace(/\s+/g, ' '), reason('check.value_not_in_evidence', params));
  });
}

/**
 * `valueInEvidence` remembered by what it reads (value, unit, measure, quotes): the checks run again after every
 * save, over every record, and nearly all of them are as they were. Bounded; forgotten all at once when full.
 */
const remembered = new Map<string, boolean>();
const REMEMBERED_LIMIT = 200_000;

function inEvidence(r: CheckedRecord, quotes: readonly string[]): boolean {
  const key = `${r.measure}\u0000${r.value}\u0000${r.unit}\u0000${quotes.join('\u0001')}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  if (remembered.size >= REMEMBERED_LIMIT) remembered.clear();
  const found = valueInEvidence(r, quotes);
  remembered.set(key, found);
  return found;
}
