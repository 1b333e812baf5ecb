import { describe, expect, it } from 'vitest';
import { detectDefects } from '../../../shared/detectors/index.ts';
import { continuesInto } from '../../../shared/detectors/brokenLine.ts';
import { apply } from './apply.ts';

const only = (text: string) => detectDefects(text, { types: ['broken_line'] });

describe('broken_line detector', () => {
  it('joins a word split by a blank line inside running text', () => {
    const text = '全年完成造林 2.1 万亩。加快建设城市污水处理\n\n厂二期工程，年底前投入试运行。\n';
    const found = only(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe('\n\n');
    expect(apply(text, found[0]!)).toBe('全年完成造林 2.1 万亩。加快建设城市污水处理厂二期工程，年底前投入试运行。\n');
  });

  it('joins a line that stops after a comma or enumeration mark', () => {
    const text = '统筹推进稳投资、\n稳外贸、稳预期工作，确保经济运行在合理区间。\n';
    const [f] = only(text);
    expect(f?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(apply(text, f!)).toBe('统筹推进稳投资、稳外贸、稳预期工作，确保经济运行在合理区间。\n');
  });

  it('joins a short clause cut off mid-sentence when the next line is running text', () => {
    const text = '区政府将着力优化营商环境,持续深化\n\n“放管服”改革,推动更多事项网上办理。全年新增市场主体 3000 户以上。\n';
    expect(only(text)).toHaveLength(1);
  });

  it('puts a space back between Latin words or numbers', () => {
    const text = '新建 5G 基站 1200 个，实现城区 5G 网络连续覆盖，推进 NB-IoT\n\nnetwork 建设。\n';
    expect(only(text)[0]?.replacement).toBe(' ');
  });

  it('does not join titles to the paragraph under them', () => {
    const text = [
      '凝心聚力谋发展',
      '全面完成年度目标任务，经济运行稳中有进。',
      '二、2024 年主要任务',
      '（一）坚持项目为王，扩大有效投资',
      '全年实施重点项目 120 个，完成投资 300 亿元。',
      '#### 优化营商环境 激发市场活力',
      '深化“一件事一次办”改革。',
      '坚持稳中求进，推动高质量发展',
      '今年全区经济工作的总体要求是：稳字当头、稳中求进。',
      '展望新的一年——',
      '我们信心满怀。',
    ].join('\n\n');
    expect(only(text)).toEqual([]);
  });

  it('does not join list items or lines that end a sentence', () => {
    const text = '主要目标是：\n\n- 地区生产总值增长 6% 左右\n- 城镇新增就业 5000 人\n\n● 粮食产量稳定在 2 亿斤以上\n\n全面完成任务。\n\n“十四五”规划实施过半。\n';
    expect(only(text)).toEqual([]);
  });

  it('leaves a short unpunctuated next line to the caption detector', () => {
    expect(continuesInto('加快推进城乡融合发展。推动公共服务向农村延伸，完', '城北新区施工现场')).toBeUndefined();
  });

  it('never joins a numbered heading into the paragraph under it', () => {
    const headings = ['一、2024年工作回顾', '（三）坚持项目为王，扩大有效投资', '第二部分 2025年主要任务', '2. 着力扩大有效需求', '（二）持续保障和改善民生，'];
    for (const heading of headings) {
      const text = `全年各项任务圆满完成。\n${heading}\n过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳。\n`;
      expect(only(text), heading).toEqual([]);
    }
  });

  it('joins a word that inline markup set on a line of its own, both of its breaks', () => {
    const text = '持续打好蓝天保卫战，PM\n2.5\n年平均浓度降至每立方米28微克，空气质量优良天数比例达到92%。\n';
    const found = only(text);
    expect(found.map((f) => f.reasonCode.code)).toEqual(['finding.broken_line.isolatedWord', 'finding.broken_line.isolatedWord']);
    let fixed = text;
    for (const f of [...found].reverse()) fixed = apply(fixed, f);
    expect(fixed).toBe('持续打好蓝天保卫战，PM2.5年平均浓度降至每立方米28微克，空气质量优良天数比例达到92%。\n');
  });

  it('joins a bold phrase on its own line between a dangling particle and the rest of the sentence', () => {
    const text = '全面完成年度任务。\n今年经济社会发展的\n主要预期目标\n是：地区生产总值增长5%左右，城镇新增就业1万人以上，居民收入与经济增长同步。\n';
    let fixed = text;
    for (const f of [...only(text)].reverse()) fixed = apply(fixed, f);
    expect(fixed).toBe('全面完成年度任务。\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业1万人以上，居民收入与经济增长同步。\n');
  });

  it('joins a quotation opened on a numbered glossary line and closed after a word on its own line', () => {
    const text = '3.“揭榜挂帅”：一种项目组织方式，即“揭\n榜\n挂帅”的简称，由企业出题、能者答题，推动关键技术攻关。\n';
    expect(only(text)).toHaveLength(2);
  });

  it('joins a dateline under the title split in two, but not the title itself', () => {
    const text = '2025年某市政府工作报告\n——2025年1月8日在某市第十七届\n人民代表大会第四次会议上\n各位代表：\n';
    const found = only(text);
    expect(found.map((f) => f.reasonCode.code)).toEqual(['finding.broken_line.dateline']);
    expect(apply(text, found[0]!)).toContain('——2025年1月8日在某市第十七届人民代表大会第四次会议上\n');
  });

  it('does not join a photo credit or a salutation to the text after it', () => {
    const text = '县长在大会上作报告。本报记者 王强 摄\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n';
    expect(detectDefects(text).filter((f) => f.type === 'broken_line')).toEqual([]);
  });

  it('does not pull a short heading into a paragraph that lost its final full stop', () => {
    const text = '全年完成固定资产投资 58 亿元，增长 12%，重点项目完成投资 30 亿元\n项目建设再提质\n全年实施重点项目 120 个，完成投资 300 亿元。\n';
    expect(only(text)).toEqual([]);
  });
});
