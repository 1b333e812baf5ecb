import { describe, expect, it } from 'vitest';
import { detectDefects } from '../../../shared/detectors/index.ts';
import { apply } from './apply.ts';

const only = (text: string) => detectDefects(text, { types: ['boilerplate'] });

describe('boilerplate detector', () => {
  it('takes a contiguous block of web page furniture as one finding', () => {
    const lines = [
      '发布日期：2024-02-01 来源：市政府办公室 浏览次数：2381',
      '作者：综合科',
      '【字体：大 中 小】 语音阅读 打印本页 关闭窗口',
      '分享到：微信 微博',
      '责任编辑：王芳',
      '当前位置：首页 > 政务公开 > 工作报告',
    ];
    const text = `${lines.join('\n')}\n\n全年经济运行稳中向好。\n`;
    const found = only(text);
    expect(found).toHaveLength(1);
    expect(apply(text, found[0]!)).toBe('全年经济运行稳中向好。\n');
    expect(found[0]?.reasonCode.code).toBe('finding.boilerplate.publicationDate');
  });

  it('takes a tool bar and a font-size widget set one word a line as one block, with its line break', () => {
    const text = '下载\n打印\n收藏\n【字号：\n加大\n还原\n减小\n】\n2025年某县政府工作报告\n来源：某县融媒体中心\n时间：2025-01-20\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n';
    const found = only(text);
    expect(found.map((f) => f.text)).toEqual(['下载\n打印\n收藏\n【字号：\n加大\n还原\n减小\n】\n', '来源：某县融媒体中心\n时间：2025-01-20\n']);
    let fixed = text;
    for (const f of [...found].reverse()) fixed = apply(fixed, f);
    expect(fixed).toBe('2025年某县政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n');
  });

  it('keeps a label and its value on the next line together, and a 大 中 小 widget', () => {
    const text = '某市政府工作报告\n2025年01月18日 08时15分\n来源:\n某市日报\n【字体：\n大\n中\n小\n】\n分享：\n各位代表：\n全年完成任务。\n';
    const found = only(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe('2025年01月18日 08时15分\n来源:\n某市日报\n【字体：\n大\n中\n小\n】\n分享：\n');
  });

  it('takes the related-articles list and the page tools after the last paragraph as one block', () => {
    const text = [
      '让我们携手奋进，为建设美好家园而努力奋斗！',
      '责任编辑：\n张某某',
      '扫一扫在手机打开当前页',
      '相关链接>>',
      '0123456789abcdef0123456789abcdef:',
      '某市第十届人民代表大会第三次会议关于政府工作报告的决议',
      '解读市政府工作报告 以实干担当推动发展',
      '打印本页\n关闭窗口',
    ].join('\n');
    const found = only(text);
    expect(found).toHaveLength(1);
    expect(apply(text, found[0]!)).toBe('让我们携手奋进，为建设美好家园而努力奋斗！');
  });

  it('recognises breadcrumbs, mastheads, disclaimers and an empty 相关报道 label', () => {
    for (const line of ['网站首页 | 政务公开 | 政务服务 | 互动交流', '当前位置：首页 > 政务公开 > 政府工作报告', '首页 > 新闻中心 > 正文', 'A3:两会*特刊总第1234期 >某市日报社编印', '免责声明：本网转载内容仅供参考', '相关报道：']) {
      const text = `各位代表：全年经济运行稳中向好。\n${line}\n我们将继续努力。\n`;
      expect(only(text).map((f) => f.text.trim()), line).toEqual([line]);
    }
  });

  it('removes print page numbers and credits, joining a sentence split by a page number', () => {
    const text = '持续推进老旧小区改造，全年完成\n\n— 3 —\n\n改造 40 个小区。\n\n本版图片由县新闻中心提供\n\n第 4 页\n';
    const found = only(text);
    expect(found.map((f) => f.text.trim())).toEqual(['— 3 —', '本版图片由县新闻中心提供\n\n第 4 页']);
    expect(apply(text, found[0]!)).toBe('持续推进老旧小区改造，全年完成改造 40 个小区。\n\n本版图片由县新闻中心提供\n\n第 4 页\n');
  });

  it('takes a short line printed three times for a running header, keeping the first', () => {
    const text = '某市政府工作报告\n\n甲段落内容。\n\n某市政府工作报告\n\n乙段落内容。\n\n某市政府工作报告\n\n丙段落内容。\n';
    const found = only(text);
    expect(found).toHaveLength(2);
    expect(found[0]?.start).toBeGreaterThan(0);
    expect(found[0]?.reasonCode.code).toBe('finding.boilerplate.runningHeader');
  });

  it('leaves prose that mentions sources, authors, printing or weekdays alone', () => {
    const text = '拓宽财政收入来源：盘活存量资产。\n\n作者协会换届。每星期开展一次安全巡查。\n\n打印、复印服务网点覆盖全部乡镇。\n\n大\n\n一、工作回顾\n';
    expect(only(text)).toEqual([]);
  });

  it('recognises a government site’s information table, share buttons and Word leftovers as furniture', () => {
    const text = '您当前的位置：首页>>政务公开>>政府工作报告\n索引号：000014349/2025-00012\n发文机关：某市人民政府办公室\n微信 微博 QQ空间\n各位代表：\n全年经济运行稳中向好。\n（责任编辑：赵某）\n主办：某市人民政府办公室 技术支持：某信息中心\n';
    const found = only(text);
    expect(found.map((f) => f.text)).toEqual([
      '您当前的位置：首页>>政务公开>>政府工作报告\n索引号：000014349/2025-00012\n发文机关：某市人民政府办公室\n微信 微博 QQ空间\n',
      '\n（责任编辑：赵某）\n主办：某市人民政府办公室 技术支持：某信息中心',
    ]);
  });
});
