import { findQuantities, foldWidth, parseNumber } from '../numbers/index.ts';
import type { CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { consistencyFindingId } from './findingId.ts';

/**
 * A record whose value no longer appears in its evidence as corrected (a correction changed 172.9 to 17.29, or
 * the record was edited to a number its quote does not say). Numbers are compared by value, so 172.9 matches
 * １７２.９, 千 matches 千亿, and 1.7 万户 matches 17000户.
 */
export function findValuesNotInEvidence(
  records: readonly CheckedRecord[], correctedQuotes: ReadonlyMap<string, readonly string[]> | undefined,
): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  for (const r of records) {
    const quotes = correctedQuotes?.get(r.id) ?? r.evidence.map((e) => e.quote);
    if (quotes.length === 0) continue;
    const value = parseNumber(r.value);
    if (value === null) continue;
    if (quotes.some((q) => quoteStates(q, value, r))) continue;
    findings.push({
      id: consistencyFindingId('value_not_in_evidence', [r.id]),
      type: 'value_not_in_evidence',
      recordIds: [r.id],
      message: `${r.id}: ${r.indicator} value ${r.value} ${r.unit} is not in its evidence "${shorten(quotes.join(' … '))}"`.replace(/\s+/g, ' '),
      severity: 'error',
    });
  }
  return findings;
}

function quoteStates(quote: string, value: string, r: CheckedRecord): boolean {
  for (const q of findQuantities(quote)) {
    if (q.value === value || q.range?.low === value || q.range?.high === value) return true;
    if (r.valueNormalized !== null && q.valueNormalized === r.valueNormalized && q.baseUnit === r.baseUnit) return true;
  }
  // Bare numbers the quantity finder leaves out (no unit after them) still count as written.
  return [...foldWidth(quote).matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].some((m) => parseNumber(m[0]) === value);
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
