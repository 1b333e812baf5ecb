import { describe, expect, it } from 'vitest';
import { loadGold, loadReports, scoreDefects } from '../../bench/defects.ts';

// The hand-checked defects of the sample reports are a yardstick, not a specification: these floors sit a
// little below what the detectors reach (recall 1.00, precision 0.97) so regressions show.
describe('defect detectors on the sample reports', () => {
  it('keep overall recall and precision above their floors', () => {
    const scores = scoreDefects(loadReports(), loadGold());
    expect(scores.overall.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.overall.precision).toBeGreaterThanOrEqual(0.85);
    for (const type of ['duplicate', 'broken_line', 'markup', 'boilerplate'] as const) {
      expect(scores.perType[type].recall, type).toBeGreaterThanOrEqual(0.9);
      expect(scores.perType[type].precision, type).toBeGreaterThanOrEqual(0.9);
    }
  });
});
