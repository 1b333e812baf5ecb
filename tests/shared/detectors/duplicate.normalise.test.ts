import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseForComparison } from '../../../shared/detectors/duplicate.ts';

/** The normalisation written the plain way (one callback per run): the fast path must agree with it. */
function reference(s: string): string {
  return s
    .replace(/[^\u3400-\u9fffA-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g, (run) =>
      (/[^\x00-\x7f\u2000-\u206f\u3000-\u303f\uff00-\uff0f]/.test(run) ? run.replace(/[^\p{L}\p{N}]/gu, '').normalize('NFKC') : ''))
    .replace(/[\uff10-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}

describe('normaliseForComparison', () => {
  it('drops punctuation and spaces, folds width and case, keeps other scripts’ letters', () => {
    expect(normaliseForComparison('２０２３年，GDP 增长５％。')).toBe('2023年gdp增长5');
    expect(normaliseForComparison('PM₂.₅浓度；CO₂排放')).toBe('pm25浓度co2排放');
    expect(normaliseForComparison('αβ — 𠀀城')).toBe(reference('αβ — 𠀀城'));
  });

  it('agrees with the plain definition on any text', () => {
    const unit = fc.constantFrom('年', '增', 'A', 'z', '7', '，', '。', ' ', '\u3000', '２', 'Ａ', '％', '：', 'α', '₂', 'é', '\ud840', '\udc00', '—', '\n');
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (s) => {
      expect(normaliseForComparison(s)).toBe(reference(s));
    }));
  });
});
