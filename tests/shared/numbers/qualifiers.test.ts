import { describe, it, expect } from 'vitest';
import { findQualifier, findQualifiers, findQuantities } from '../../../shared/numbers/index.ts';

/** The qualifier of the first quantity found in `text`. */
function qualifierOf(text: string): string | null {
  const [q] = findQuantities(text);
  if (!q) throw new Error(`no quantity in ${text}`);
  return findQualifier(text, q.start, q.end);
}

describe('findQualifier', () => {
  it('finds words written after the quantity, spaces allowed', () => {
    expect(qualifierOf('地区生产总值增长5%左右')).toBe('左右');
    expect(qualifierOf('保持在 6 万亩以上')).toBe('以上');
    expect(qualifierOf('控制在 4% 以内')).toBe('以内');
    expect(qualifierOf('70 微克/立方米以下')).toBe('以下');
    expect(qualifierOf('保持在千亿以上')).toBe('以上');
  });

  it('reports an approx mark inside the span', () => {
    expect(qualifierOf('建成1.1万余座')).toBe('余');
    expect(qualifierOf('企业200多家')).toBe('多');
  });

  it('finds words before the quantity, within the clause', () => {
    expect(qualifierOf('地区生产总值突破 170 亿元大关')).toBe('突破');
    expect(qualifierOf('经营主体超过3000家')).toBe('超过');
    expect(qualifierOf('占地约 10000 亩')).toBe('约');
    expect(qualifierOf('占比近八成')).toBe('近');
    expect(qualifierOf('收入预计分别达到 33400 元')).toBe('预计');
    expect(qualifierOf('力争达到64%')).toBe('力争');
  });

  it('does not reach across a clause break, and does not count 达到', () => {
    expect(qualifierOf('预计完成，达到 172.9 亿元')).toBeNull();
    expect(qualifierOf('达到 172.9 亿元')).toBeNull();
  });

  it('lists every qualifier with its position, after-words first', () => {
    const text = '超过 5% 以上';
    const [q] = findQuantities(text);
    expect(findQualifiers(text, q!.start, q!.end)).toEqual([
      { word: '以上', start: 6, end: 8, side: 'after' },
      { word: '超过', start: 0, end: 2, side: 'before' },
    ]);
  });
});
