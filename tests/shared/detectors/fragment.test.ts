import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectDefects } from '../../../shared/detectors/index.ts';
import { moveAfter } from '../../../shared/detectors/fragment.ts';
import { contentLines } from '../../../shared/detectors/lines.ts';
import { apply } from './apply.ts';

const only = (text: string) => detectDefects(text, { types: ['fragment'] });

describe('fragment detector', () => {
  it('moves a member of an announced series back after its sibling', () => {
    const text = [
      '“B”是两条产业带 沿河布局食品加工带，沿路布局物流配送带。',
      '今年全县经济社会发展的主要任务如下。',
      '“A+B”县域发展布局',
      '“A”是一个中心城区 提升县城综合承载能力，打造区域消费中心。',
      '坚持稳中求进，推动各项工作落地见效。',
    ].join('\n\n');
    const found = only(text);
    expect(found).toHaveLength(1);
    const fixed = apply(text, found[0]!);
    expect(fixed.split('\n\n')).toEqual([
      '今年全县经济社会发展的主要任务如下。',
      '“A+B”县域发展布局',
      '“A”是一个中心城区 提升县城综合承载能力，打造区域消费中心。',
      '“B”是两条产业带 沿河布局食品加工带，沿路布局物流配送带。',
      '坚持稳中求进，推动各项工作落地见效。',
    ]);
  });

  it('joins a paragraph that starts mid-word to the sentence cut off elsewhere', () => {
    // "抽|检" is attested twice elsewhere ("食品抽检", "专项抽检"); "检批" never starts a word.
    const text = [
      '强化市场监管。扩大食品抽检覆盖面，开展重点品种专项抽检。',
      '严格落实食品安全责任。全年完成监督抽',
      '农贸市场新貌',
      '- 重点监管清单',
      '检批次 5000 批以上，问题产品核查处置率达到 100%。',
      '持续加强平安建设。',
    ].join('\n\n');
    const found = only(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.related?.length).toBe(2);
    const fixed = apply(text, found[0]!);
    expect(fixed).toContain('严格落实食品安全责任。全年完成监督抽检批次 5000 批以上，问题产品核查处置率达到 100%。\n\n农贸市场新貌');
    expect(fixed).toContain('- 重点监管清单\n\n持续加强平安建设。');
    const chars = (s: string) => [...s.replace(/\s/g, '')].sort().join('');
    expect(chars(fixed)).toBe(chars(text));
  });

  it('finds nothing in well-ordered text', () => {
    const text = [
      '一、过去一年的工作',
      '全年地区生产总值增长 5.6%，一般公共预算收入增长 8.1%。',
      '“三个一批”活动扎实开展，项目建设提质增效。',
      '二、今年的主要任务',
      '推进产业转型升级。推动工业企业技术改造，加快培育新兴产业。',
    ].join('\n\n');
    expect(only(text)).toEqual([]);
  });

  it('moveAfter keeps every character of the text', () => {
    fc.assert(fc.property(
      fc.array(fc.stringMatching(/^[一-龥]{1,8}$/), { minLength: 3, maxLength: 8 }),
      fc.nat(), fc.nat(),
      (paragraphs, x, y) => {
        const text = paragraphs.join('\n\n');
        const lines = contentLines(text);
        const from = x % lines.length;
        const anchor = y % lines.length;
        if (from === anchor) return;
        const move = moveAfter(text, lines, from, anchor, '\n\n');
        const moved = apply(text, move);
        expect([...moved.replace(/\n/g, '')].sort().join('')).toBe([...text.replace(/\n/g, '')].sort().join(''));
        const order = contentLines(moved).map((l) => l.content);
        const expected = lines.map((l) => l.content);
        const [item] = expected.splice(from, 1);
        expected.splice(expected.indexOf(lines[anchor]!.content) + 1, 0, item!);
        expect(order).toEqual(expected);
      },
    ));
  });
});
