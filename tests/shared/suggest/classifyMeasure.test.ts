import { describe, expect, it } from 'vitest';
import type { CodebookEntry } from '../../../shared/codebook/index.ts';
import { findQuantities } from '../../../shared/numbers/findQuantities.ts';
import { classifyMeasure } from '../../../shared/suggest/classifyMeasure.ts';

const percent = findQuantities('45%')[0]!;
const entry = (measures: CodebookEntry['measures']): CodebookEntry => ({ name: '某指标', synonyms: [], measures, units: ['亿元'] });

describe('classifyMeasure for a percentage', () => {
  it('reads it after 增长/提高 as a growth of an indicator that has one', () => {
    expect(classifyMeasure(entry(['level', 'growth']), percent, '同比增长', false)).toBe('growth');
    expect(classifyMeasure(entry(['level', 'growth']), percent, '提高', false)).toBe('growth');
  });

  it('reads it after 提高到 / 降至 as the level reached: a share where a share is said, else a rate', () => {
    expect(classifyMeasure(entry(['level', 'growth']), percent, '比重提高到', false)).toBe('share');
    expect(classifyMeasure(entry(['level', 'growth', 'rate']), percent, '降至', false)).toBe('rate');
    expect(classifyMeasure(entry(['level', 'growth', 'share']), percent, '提升至约', false)).toBe('share');
  });

  it('keeps a change rate that reached a value a growth (增速提高到 6%)', () => {
    expect(classifyMeasure(entry(['level', 'growth']), percent, '增速提高到', false)).toBe('growth');
  });
});
