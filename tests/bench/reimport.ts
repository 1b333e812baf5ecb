/**
 * Re-import benchmark: a 5 MB source with 500 scattered changes replaces its previous version; 20,000 records
 * and 1,000 corrections carry over through an exact diff. Figures printed, never asserted.
 */
import { fileURLToPath } from 'node:url';
import { makeEvidence } from '../../shared/anchor/evidence.ts';
import { wholeSpan } from './wholeSpan.ts';
import type { Correction } from '../../shared/corrections/correction.ts';
import type { IndicatorRecord } from '../../shared/records/indicatorRecord.ts';
import { diffSources, planReimport } from '../../shared/reimport/index.ts';
import { syntheticReport } from './core.ts';
import { rawUtf16 } from '../../shared/text/offsets.ts';

export async function benchReimport(): Promise<void> {
  console.log('re-import (5 MB source, 500 scattered changes, 20,000 records, 1,000 corrections)');
  const oldText = (await syntheticReport()).replace(/𠀀/g, '');
  let newText = oldText;
  const step = Math.floor(oldText.length / 500);
  for (let k = 499; k >= 0; k--) {
    const at = k * step + 17;
    newText = newText.slice(0, at) + (k % 2 ? '' : '＊') + newText.slice(at + (k % 3 === 0 ? 0 : 1));
  }
  const records: IndicatorRecord[] = Array.from({ length: 20000 }, (_, i) => {
    const start = Math.floor((i / 20000) * (oldText.length - 40));
    const span = wholeSpan(oldText, start, 12);
    const evidence = [makeEvidence(oldText, rawUtf16(span.start), rawUtf16(span.end))];
    return {
      id: `r${i}`, docId: 'd', indicator: 'x', region: '', year: 2023, kind: 'actual', measure: 'level', value: '1', unit: '',
      valueNormalized: null, baseUnit: null, qualifier: '', note: '', status: 'verified', createdBy: 'a', createdAt: '',
      verifiedBy: 'b', verifiedAt: '', evidence, reviewedText: evidence.map((e) => e.quote),
    };
  });
  const corrections: Correction[] = Array.from({ length: 1000 }, (_, i) => {
    const start = Math.floor((i / 1000) * (oldText.length - 10)) + 3;
    return { id: `c${i}`, docId: 'd', start: rawUtf16(start), end: rawUtf16(start + 1), before: oldText[start]!, after: '', kind: 'edit', reason: '', author: 'a', at: '', state: 'active' };
  });
  let t = performance.now();
  const diffs = diffSources(oldText, newText);
  console.log(`  ${'exact diff (Diff_Timeout = 0, line mode then characters)'.padEnd(58)} ${(performance.now() - t).toFixed(1).padStart(9)} ms`);
  t = performance.now();
  const plan = planReimport(oldText, newText, diffs, records, corrections);
  console.log(`  ${'map 20,000 records and 1,000 corrections, score candidates'.padEnd(58)} ${(performance.now() - t).toFixed(1).padStart(9)} ms`);
  console.log(`  carried over exactly: ${plan.keptRecords.length} records, ${plan.keptCorrections.length} corrections; queued: ${plan.queuedRecords.length} records (${plan.queuedRecords.filter((q) => q.spans.some((s) => s.ambiguous)).length} ambiguous); dropped corrections: ${plan.droppedCorrections.length}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchReimport();
