import { shorten } from '../records/valueGuard.ts';
import { valueInEvidence } from '../records/valueInEvidence.ts';
import type { CheckedRecord, ConsistencyFinding } from './consistencyFinding.ts';
import { consistencyFindingId } from './consistencyFindingId.ts';

/**
 * A record whose value no longer appears in its evidence as corrected (a correction changed 172.9 to 17.29, or
 * the record was edited to a number its quote does not say). The same test as the guard at save and verify
 * (`valueInEvidence`): 172.9 matches １７２.９, 千 matches 千亿, 1.7 万户 matches 17000户, 亿元 is not 万元.
 * A record whose reviewer said why its value differs from the text is not reported.
 */
export function findValuesNotInEvidence(
  records: readonly CheckedRecord[], correctedQuotes: ReadonlyMap<string, readonly string[]> | undefined,
): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  for (const r of records) {
    const quotes = correctedQuotes?.get(r.id) ?? r.evidence.map((e) => e.quote);
    if (quotes.length === 0 || r.valueDiffers) continue;
    if (valueInEvidence(r, quotes)) continue;
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
