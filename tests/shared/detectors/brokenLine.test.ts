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
});
