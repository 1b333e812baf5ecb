import { describe, expect, it } from 'vitest';
import { detectDefects } from '../../../shared/detectors/index.ts';
import { bigramDice, normaliseForComparison } from '../../../shared/detectors/duplicate.ts';
import { apply } from './apply.ts';

const P1 = '推进老旧小区改造，全年完成改造小区 36 个，惠及居民 8200 户，同步加装电梯 45 部。';
const P2 = '加强水源地保护，关停违规取水井 12 眼，城区集中式饮用水水源地水质达标率保持 100%。';
const P3 = '实施中小学校舍提升工程，新建改扩建学校 5 所，新增学位 3600 个。';

describe('duplicate detector', () => {
  it('proposes deleting the later copy of a repeated paragraph, line breaks included', () => {
    const text = `一、民生实事\n\n${P1}\n\n${P2}\n\n${P1}\n\n${P3}\n`;
    const found = detectDefects(text, { types: ['duplicate'] });
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.start).toBe(text.lastIndexOf(P1));
    expect(f.text).toBe(`${P1}\n\n`);
    expect(f.related?.[0]?.start).toBe(text.indexOf(P1));
    expect(f.confidence).toBeGreaterThanOrEqual(0.9);
    expect(apply(text, f)).toBe(`一、民生实事\n\n${P1}\n\n${P2}\n\n${P3}\n`);
  });

  it('finds a near copy that differs in spacing, punctuation and a character', () => {
    const near = P2.replace('12 眼', '12眼').replace('，', ',').replace('保持', '保待');
    const text = `${P2}\n\n${P3}\n\n${near}\n`;
    const [f] = detectDefects(text, { types: ['duplicate'] });
    expect(f?.reason).toMatch(/% similar/);
    expect(apply(text, f!)).toBe(`${P2}\n\n${P3}\n`);
  });

  it('deletes a trailing copy together with the breaks before it', () => {
    const text = `${P1}\n\n${P3}\n\n${P1}`;
    const [f] = detectDefects(text, { types: ['duplicate'] });
    expect(apply(text, f!)).toBe(`${P1}\n\n${P3}`);
  });

  it('leaves repeated short titles and list items alone', () => {
    const text = `- 稳就业保民生\n\n${P1}\n\n稳就业保民生\n\n${P2}\n\n- 稳就业保民生\n\n${P3}\n`;
    expect(detectDefects(text, { types: ['duplicate'] })).toEqual([]);
  });

  it('does not confuse paragraphs that share only phrasing', () => {
    const a = '全年新增城镇就业 1.2 万人，城镇调查失业率控制在 5.5% 以内，零就业家庭动态清零。';
    const b = '全年新增农村劳动力转移就业 0.8 万人，培训农民工 6000 人次，返乡创业带动就业 2300 人。';
    expect(detectDefects(`${a}\n\n${b}\n`, { types: ['duplicate'] })).toEqual([]);
  });

  it('proposes the earlier copy when only the later one carries records', () => {
    const text = `${P1}\n\n${P2}\n\n${P1}\n`;
    const later = text.lastIndexOf(P1);
    const [f] = detectDefects(text, { types: ['duplicate'], protectedRanges: [{ start: later + 10, end: later + 20 }] });
    expect(f?.start).toBe(0);
    expect(f?.related?.[0]?.start).toBe(later);
    expect(apply(text, f!)).toBe(`${P2}\n\n${P1}\n`);
  });

  it('flags a long sentence repeated inside another paragraph', () => {
    const s = '力争全年接待游客突破 2000 万人次，旅游总收入增长 15% 以上。';
    const text = `${s}加快景区提档升级。\n\n做强文旅品牌。${s}\n`;
    const found = detectDefects(text, { types: ['duplicate'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe(s);
    expect(found[0]?.start).toBe(text.lastIndexOf(s));
  });

  it('normalises width, case, spacing and punctuation', () => {
    expect(normaliseForComparison('ＰＭ2.5 浓度，下降 ５%！')).toBe('pm25浓度下降5');
    expect(bigramDice('高质量发展', '高质量发展')).toBe(1);
    expect(bigramDice('高质量发展', '低水平重复')).toBe(0);
  });

  it('bigram Dice counts repeated bigrams as a multiset, whatever the lengths of the strings compared before', () => {
    // A plain Map of bigrams as the reference; the detector's table is reused from call to call.
    const reference = (a: string, b: string): number => {
      const counts = new Map<string, number>();
      for (let i = 0; i + 2 <= a.length; i += 1) counts.set(a.slice(i, i + 2), (counts.get(a.slice(i, i + 2)) ?? 0) + 1);
      let common = 0;
      for (let i = 0; i + 2 <= b.length; i += 1) {
        const n = counts.get(b.slice(i, i + 2)) ?? 0;
        if (n > 0) {
          common += 1;
          counts.set(b.slice(i, i + 2), n - 1);
        }
      }
      return (2 * common) / (a.length + b.length - 2);
    };
    const pairs: [string, string][] = [
      ['哈哈哈哈', '哈哈'], ['abab', 'baba'], [P1.repeat(40), P1.repeat(39) + P2], ['ab', 'ab'], ['\u0000\u0000x', '\u0000x'],
      [P2, P3], ['𠀀𠀁𠀀𠀁', '𠀁𠀀'], [P3.slice(0, 30), P3.slice(1, 31)],
    ];
    for (const [a, b] of pairs) expect(bigramDice(a, b), `${a.slice(0, 8)} / ${b.slice(0, 8)}`).toBeCloseTo(reference(a, b), 12);
  });

  // Speed is measured in tests/bench/defects.ts; here only that many near-copies are all found.
  it('finds every copy among thousands of similar paragraphs', () => {
    const paragraphs: string[] = [];
    for (let i = 0; i < 4000; i += 1) {
      const n = (i * 7919) % 100000;
      paragraphs.push(`${P1.slice(0, 10)}第 ${n} 号项目${P2.slice(5, 30)}编号 ${i} 。${P3.slice(i % 9, 30)}`);
      if (i % 50 === 0) paragraphs.push(P1);
    }
    const text = paragraphs.join('\n\n');
    const found = detectDefects(text, { types: ['duplicate'] });
    expect(found.filter((f) => f.text.includes(P1)).length).toBeGreaterThanOrEqual(79);
  });

  it('finds the title and the opening printed again at the end of a page, the opening run together', () => {
    const text = [
      '2025年某市人民政府工作报告', '——2025年1月8日在某市第十七届人民代表大会第四次会议上', '各位代表：',
      '现在，我代表市人民政府，向大会报告工作，请予审议。', P1, P2, P3, '打印本页',
      '2025年某市人民政府工作报告', '各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。',
    ].join('\n');
    const found = detectDefects(text, { types: ['duplicate'] });
    expect(found.map((f) => f.reasonCode.code)).toEqual(['finding.duplicate.title', 'finding.duplicate.joinedLines']);
    expect(found[1]?.text).toBe('\n各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。');
  });
});
