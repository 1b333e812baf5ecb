import { describe, expect, it } from 'vitest';
import { detectDefects } from '../../../shared/detectors/index.ts';
import { latexToPlain } from '../../../shared/detectors/markup.ts';

const only = (text: string) => detectDefects(text, { types: ['markup'] });
const fix = (text: string): string => {
  let out = text;
  for (const f of only(text).reverse()) out = out.slice(0, f.start) + f.replacement + out.slice(f.end);
  return out;
};

describe('markup detector', () => {
  it('strips markdown heading marks and bold', () => {
    const text = '#### 推动产业转型升级\n\n**主要目标** 全年实现工业增加值增长 8%。\n\n## 保障改善民生\n';
    const found = only(text);
    expect(found.map((f) => f.text)).toEqual(['#### ', '**主要目标**', '## ']);
    expect(fix(text)).toBe('推动产业转型升级\n\n主要目标 全年实现工业增加值增长 8%。\n\n保障改善民生\n');
  });

  it('turns LaTeX leftovers into plain text', () => {
    expect(fix('细颗粒物（PM_{2.5}）平均浓度下降 6\\%。')).toBe('细颗粒物（PM2.5）平均浓度下降 6%。');
    expect(fix('单位 GDP 能耗下降 $3.2\\%$，SO_2 排放减少。')).toBe('单位 GDP 能耗下降 3.2%，SO2 排放减少。');
    expect(fix('新增绿地 12 km^2。')).toBe('新增绿地 12 km²。');
    expect(latexToPlain('\\text{CO}_{2} \\times 10^{3}')).toBe('CO2 × 10³');
  });

  it('removes HTML tags and entities', () => {
    expect(fix('全面完成任务<br/>&nbsp;再接再厉<p>')).toBe('全面完成任务 再接再厉');
  });

  it('leaves ordinary text alone', () => {
    const text = '- 城乡居民收入增长 6%\n\n价格在 $5 至 $8 之间。*注：数据为初步核算。\n\n2+3=5，A_B 公司。\n';
    expect(only(text)).toEqual([]);
  });

  it('proposes a real line break for every literal \\r\\n of a report stored on one line, and drops spacer &nbsp;', () => {
    const text = '各位代表：\\r\\n现在，我代表县人民政府向大会报告工作。\\r\\n&nbsp;\\r\\n一、2024年工作回顾\\r\\n全年经济运行稳中向好。';
    const found = only(text);
    expect(found.filter((f) => f.text === '\\r\\n')).toHaveLength(4);
    expect(found.filter((f) => f.text === '&nbsp;')).toHaveLength(1);
    expect(fix(text)).toBe('各位代表：\n现在，我代表县人民政府向大会报告工作。\n\n一、2024年工作回顾\n全年经济运行稳中向好。');
  });

  it('leaves LaTeX commands that start with n or t alone when reading escapes', () => {
    expect(fix('增速 $a \\neq b$，误差 $\\times 2$。')).toBe('增速 a ≠ b，误差 × 2。');
  });

  it('removes tags Word leaves in pasted web pages', () => {
    expect(fix('全面完成年度任务。<o:p></o:p><!--[if gte mso 9]-->')).toBe('全面完成年度任务。');
  });
});
