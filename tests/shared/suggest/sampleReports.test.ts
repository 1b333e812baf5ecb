/**
 * suggestRecords against the hand-checked gold indicators of the sample reports (a yardstick, not a spec):
 * floors just under what the suggester reaches today, so a regression shows. Scoring is the bench's.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { GOLD_FILE, REPORTS_DIR, scoreAll } from '../../bench/suggestions.ts';

const available = existsSync(REPORTS_DIR) && existsSync(GOLD_FILE);

describe.skipIf(!available)('suggestRecords on the sample reports', () => {
  it('keeps overall recall ≥ 0.95 and precision ≥ 0.9', () => {
    const { recall, precision, perDoc } = scoreAll();
    const misses = perDoc.flatMap((d) => d.misses.map((g) => `${d.doc}: ${g.indicator} ${g.measure} ${g.value}${g.unit}`));
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps recall ≥ 0.9 and precision ≥ 0.85 in every report', () => {
    for (const d of scoreAll().perDoc) {
      expect(d.recall, d.doc).toBeGreaterThanOrEqual(0.9);
      expect(d.precision, d.doc).toBeGreaterThanOrEqual(0.85);
    }
  });
});
