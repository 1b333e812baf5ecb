import { describe, expect, it } from 'vitest';
import { documentLines } from '../../../shared/document/documentLines.ts';
import { guessDetails } from '../../../shared/document/guessMetadata.ts';
import { guessRegion } from '../../../shared/document/guessRegion.ts';
import { guessTitle } from '../../../shared/document/guessTitle.ts';
import { guessYears } from '../../../shared/document/guessYears.ts';
import { isPageFurniture } from '../../../shared/document/pageFurniture.ts';

// Every sentence here is written for the tests; places are invented (青河县, 绿水市, 白石区).
const years = (text: string, fileName = 'report.txt') => {
  const y = guessYears(documentLines(text), fileName);
  return { reviewed: y.yearsReviewed, planned: y.yearsPlanned, sure: [y.reviewed.sureness, y.planned.sureness] };
};

describe('document details: title', () => {
  it('never takes page furniture as the title', () => {
    for (const line of ['【字号：', '大', '打印', '分享到：', '来源：青河日报', '时间：2025-01-08', '首页 > 政务公开 > 规划计划',
      'B2:两会*特刊总第1234期 >青河日报社编印', '2025年01月08日 09时30分']) {
      expect(isPageFurniture(line), line).toBe(true);
    }
    const lines = documentLines('打印\n【字号：\n大\n】\n来源：青河日报\nB2:两会*特刊总第1234期 > 政府工作报告 青河日报社编印\n2025年青河县政府工作报告\n各位代表：');
    expect(guessTitle(lines, '青河县', 2025, true).title).toBe('2025年青河县政府工作报告');
  });

  it('composes a title from place and year when the report prints none, or only 政府工作报告', () => {
    expect(guessTitle(documentLines('各位代表：\n现在我代表县人民政府报告工作。'), '青河县', 2025, true)).toMatchObject({
      title: '2025年青河县政府工作报告', guess: { sureness: 'unsure', reason: { code: 'details.title.composed' } },
    });
    const spaced = guessTitle(documentLines('政 府 工 作 报 告\n——2025年1月9日在青河县第九届人民代表大会第三次会议上'), '青河县', 2025, true);
    expect(spaced.title).toBe('2025年青河县政府工作报告');
    expect(spaced.guess.line?.text).toBe('政 府 工 作 报 告');
  });

  it('does not take a dateline or a headline that does not name the report', () => {
    const lines = documentLines('山水之间开新局 青河阔步再出发\n——2025年1月9日在青河县第九届人民代表大会第三次会议上\n各位代表：');
    expect(guessTitle(lines, '青河县', 2025, false).title).toBe('2025年青河县政府工作报告');
  });
});

describe('document details: region', () => {
  const region = (text: string) => guessRegion(documentLines(text), text);

  it('takes the place that gives the report, not a designation it won (示范县)', () => {
    const text = '各位代表：\n现在，我代表青河县人民政府向大会报告工作。\n我县成功创建全域旅游示范县，示范县建设成效明显，示范县品牌叫响，示范县经验推广。\n全县上下团结奋斗。';
    expect(region(text).region).toBe('青河县');
  });

  it('does not compose a city with a 自治区 mentioned in passing', () => {
    const text = '——2025年2月3日在白石区第五届人民代表大会第二次会议上\n白石区人民政府区长 某某\n认真落实自治区部署，配合绿水市推进。自治区要求，绿水市安排，全区上下。';
    expect(region(text)).toMatchObject({ region: '白石区', guess: { sureness: 'sure' } });
  });

  it('gives a district named 郊区 with its city, and falls back on frequency when no formula names the place', () => {
    const text = '郊区全力推进转型。郊区干部群众团结一心，郊区经济稳中向好。配合绿水市建设，融入绿水发展。';
    expect(region(text)).toMatchObject({ region: '绿水市郊区', guess: { sureness: 'unsure', reason: { code: 'details.region.frequent' } } });
  });
});

describe('document details: years', () => {
  it('reads the review and plan headings', () => {
    expect(years('一、2024年工作回顾\n过去一年，全县经济增长。\n二、2025年工作安排\n今年的主要预期目标是：增长5%。'))
      .toEqual({ reviewed: [2024], planned: [2025], sure: ['sure', 'sure'] });
  });

  it('does not take 2026年是… or a 十四五 / 2030 mention as a reviewed year', () => {
    const text = '一、“十四五”时期工作回顾\n刚刚过去的2025年，全省经济回升。\n2026年是“十五五”开局之年。\n到2030年，基本建成现代化产业体系。\n二、2026年工作安排';
    expect(years(text)).toMatchObject({ reviewed: [2025], planned: [2026] });
  });

  it('takes the years from the dateline: a report given early in year N plans N and reviews N-1', () => {
    const text = '政府工作报告\n——2025年1月9日在青河县第九届\n人民代表大会第三次会议上\n各位代表：\n一年来，我们攻坚克难。';
    expect(years(text)).toMatchObject({ reviewed: [2024], planned: [2025] });
    expect(years('——二〇二五年一月九日在青河县第九届人民代表大会第三次会议上\n过去一年成绩来之不易。')).toMatchObject({ reviewed: [2024], planned: [2025] });
    expect(years('——２０２５年１月在青河县第九届人民代表大会第三次会议上\n一年来，我们攻坚克难。')).toMatchObject({ reviewed: [2024], planned: [2025] });
  });

  it('takes the year the text names as this year (今年（2025年）, 今年是2025年)', () => {
    expect(years('各位代表：\n过去一年，全县经济稳中向好。\n今年（2025年）是推进现代化建设的关键一年。')).toMatchObject({ reviewed: [2024], planned: [2025] });
    expect(years('一年来，我们攻坚克难。今年是2025年，也是承上启下之年。')).toMatchObject({ reviewed: [2024], planned: [2025] });
    // Said alone it is one kind of evidence: right, but not sure.
    expect(years('一年来，我们攻坚克难。今年（2025年）要抓好十件实事。').sure).toEqual(['unsure', 'unsure']);
  });

  it('gives a plan-only report no reviewed year', () => {
    expect(years('2025年工作安排\n今年全县将重点做好十方面工作。\n推进项目建设。')).toMatchObject({ reviewed: [], planned: [2025] });
  });

  it('falls back on the file name, unsure', () => {
    expect(years('今年全县将重点做好十方面工作。过去一年成绩显著。', 'qinghe-2025.txt')).toEqual({ reviewed: [2024], planned: [2025], sure: ['unsure', 'unsure'] });
  });
});

describe('document details: evidence and line breaks', () => {
  it('records the evidence line in code points, with CRLF and with literal \\r\\n breaks', () => {
    for (const br of ['\r\n', '\\r\\n', '\n']) {
      const text = ['𠀋各位代表：', '现在，我代表青河县人民政府向大会报告工作。', '一、2024年工作回顾', '二、2025年工作安排'].join(br);
      const { meta, guesses } = guessDetails(text, 'x.txt');
      expect(meta).toMatchObject({ region: '青河县', yearsReviewed: [2024], yearsPlanned: [2025] });
      const evidence = guesses.yearsPlanned.evidence!;
      expect(evidence.text).toBe('二、2025年工作安排');
      expect([...text].slice(evidence.start, evidence.end).join('')).toBe('二、2025年工作安排');
    }
  });
});
