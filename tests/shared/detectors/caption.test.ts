import { describe, expect, it } from 'vitest';
import { detectDefects } from '../../../shared/detectors/index.ts';
import { apply } from './apply.ts';

const only = (text: string) => detectDefects(text, { types: ['caption'] });

describe('caption detector', () => {
  it('removes a caption that interrupts a sentence and joins the halves', () => {
    const text = '开展城乡环境综合整治。全年新建口袋公园 12 个，改造提升背街\n\n\n\n滨河公园夜景\n\n小巷 30 条，城市面貌明显改善。\n';
    const found = only(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(apply(text, found[0]!)).toBe('开展城乡环境综合整治。全年新建口袋公园 12 个，改造提升背街小巷 30 条，城市面貌明显改善。\n');
  });

  it('flags photo credits, tight caption blocks and a trailing caption', () => {
    const text = [
      '深入实施乡村振兴战略，农村人居环境持续改善。',
      '桃花节开幕式现场\n（记者 李明 摄）',
      '今年将继续抓好高标准农田建设。',
      '春耕时节的田野',
    ].join('\n\n');
    const captions = only(text).map((f) => f.text.trim());
    expect(captions).toEqual(['桃花节开幕式现场', '（记者 李明 摄）', '春耕时节的田野']);
  });

  it('leaves titles, kickers and signatures alone', () => {
    const text = [
      '回顾 2023 年——',
      '砥砺奋进谱新篇',
      '过去一年，全区上下团结一心，各项事业取得新进展。',
      '项目建设提速增效',
      '全年实施重点项目 86 个，完成投资 152 亿元。',
      '某某县人民政府',
      '2024 年 1 月 18 日',
    ].join('\n\n');
    expect(only(text)).toEqual([]);
  });

  it('does not take table rows for captions', () => {
    const text = '主要指标完成情况如下。\n\n地区生产总值  亿元  256.3  5.2\n\n以上数据为初步统计。\n';
    expect(only(text)).toEqual([]);
  });

  it('removes a photo line that ends with the photographer’s credit, with or without 摄, line break included', () => {
    for (const credit of ['本报记者 王强 摄', '某某日报记者 王强', '（通讯员 李华 摄）']) {
      const text = `某县县长 张某\n县长在县十八届人大四次会议上作政府工作报告。${credit}\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n`;
      const found = only(text);
      expect(found, credit).toHaveLength(1);
      expect(found[0]?.text).toBe(`县长在县十八届人大四次会议上作政府工作报告。${credit}\n`);
      expect(found[0]?.reasonCode.code).toBe('finding.caption.photoLine');
    }
  });

  it('leaves a paragraph that quotes a reporter alone', () => {
    const text = '各位代表：\n我们主动接受媒体监督，全年回复群众来信和记者采访 300 余次，办结率 100%。\n';
    expect(only(text)).toEqual([]);
  });

  it('removes a picture-source line', () => {
    const text = '各位代表：\n全年经济运行稳中向好。\n（图片来源：某市融媒体中心）\n我们将继续努力，奋力完成全年目标任务。\n';
    expect(only(text).map((f) => f.text)).toEqual(['（图片来源：某市融媒体中心）\n']);
  });
});
