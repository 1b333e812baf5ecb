import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../../shared/numbers/chars.ts';

describe('foldWidth', () => {
  it('maps full-width ASCII, the ideographic space and the minus sign one unit to one unit', () => {
    expect(foldWidth('１７２．９亿元，增长５％')).toBe('172.9亿元,增长5%');
    expect(foldWidth('\u3000−３')).toBe(' -3');
    expect(foldWidth('无可折叠')).toBe('无可折叠');
    expect(foldWidth('')).toBe('');
  });

  it('keeps every other unit, lone surrogates included, across texts longer than its buffer', () => {
    const piece = '地区生产总值１２３，\ud840\udc00\ud840．';
    const text = piece.repeat(3000);
    const folded = foldWidth(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toBe('地区生产总值123,\ud840\udc00\ud840.'.repeat(3000));
  });
});
