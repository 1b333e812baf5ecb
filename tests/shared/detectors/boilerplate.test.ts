import { describe, expect, it } from 'vitest';
import { detectDefects } from '../../../shared/detectors/index.ts';
import { apply } from './apply.ts';

const only = (text: string) => detectDefects(text, { types: ['boilerplate'] });

describe('boilerplate detector', () => {
  it('removes web page furniture lines', () => {
    const lines = [
      '发布日期：2024-02-01 来源：市政府办公室 浏览次数：2381',
      '作者：综合科',
      '【字体：大 中 小】 语音阅读 打印本页 关闭窗口',
      '分享到：微信 微博',
      '责任编辑：王芳',
      '当前位置：首页 > 政务公开 > 工作报告',
    ];
    const text = `${lines.join('\n')}\n\n全年经济运行稳中向好。\n`;
    expect(only(text)).toHaveLength(lines.length);
  });

  it('removes print page numbers and credits, joining a sentence split by a page number', () => {
    const text = '持续推进老旧小区改造，全年完成\n\n— 3 —\n\n改造 40 个小区。\n\n本版图片由县新闻中心提供\n\n第 4 页\n';
    const found = only(text);
    expect(found.map((f) => f.text.trim())).toEqual(['— 3 —', '本版图片由县新闻中心提供', '第 4 页']);
    expect(apply(text, found[0]!)).toBe('持续推进老旧小区改造，全年完成改造 40 个小区。\n\n本版图片由县新闻中心提供\n\n第 4 页\n');
  });

  it('takes a short line printed three times for a running header, keeping the first', () => {
    const text = '某市政府工作报告\n\n甲段落内容。\n\n某市政府工作报告\n\n乙段落内容。\n\n某市政府工作报告\n\n丙段落内容。\n';
    const found = only(text);
    expect(found).toHaveLength(2);
    expect(found[0]?.start).toBeGreaterThan(0);
  });

  it('leaves prose that mentions sources, authors or weekdays alone', () => {
    const text = '拓宽财政收入来源：盘活存量资产。\n\n作者协会换届。每星期开展一次安全巡查。\n\n一、工作回顾\n';
    expect(only(text)).toEqual([]);
  });
});
