import { describe, expect, it } from 'vitest';
import { suggestRecords } from '../../../shared/suggest/index.ts';
import type { Suggestion } from '../../../shared/suggest/index.ts';

const META = { region: '某市', yearsReviewed: [2022], yearsPlanned: [2023] };
const REVIEW = '一、2022年工作回顾\n';
const PLAN = '二、2023年工作安排\n';

/** indicator kind year measure value unit [qualifier], for compact expectations. */
const brief = (s: Suggestion): string =>
  `${s.indicator} ${s.kind} ${s.year} ${s.measure} ${s.value}${s.unit}${s.qualifier ? ` [${s.qualifier}]` : ''}`;
const suggest = (text: string, meta = META): string[] => suggestRecords(text, meta).map(brief);

describe('suggestRecords: values tied to a name', () => {
  it('reads a level, a qualified level and a growth from one statement', () => {
    expect(suggest(`${REVIEW}地区生产总值突破 170 亿元大关，达到 172.9 亿元，同比增长 3.8%；`)).toEqual([
      '地区生产总值 actual 2022 level 170亿元 [突破]',
      '地区生产总值 actual 2022 level 172.9亿元',
      '地区生产总值 actual 2022 growth 3.8%',
    ]);
  });

  it('shares out 分别 values by order between coordinated names', () => {
    expect(suggest(`${REVIEW}城镇和农村居民人均可支配收入分别达到40275元、17517元,分别增长5.7%、7.3%。`)).toEqual([
      '城镇居民人均可支配收入 actual 2022 level 40275元',
      '农村居民人均可支配收入 actual 2022 level 17517元',
      '城镇居民人均可支配收入 actual 2022 growth 5.7%',
      '农村居民人均可支配收入 actual 2022 growth 7.3%',
    ]);
  });

  it('shares out a combined name into its parts and carries 预计 to every value', () => {
    expect(suggest(`${REVIEW}城乡居民人均可支配收入预计分别达到 33400 元、20140 元，分别增长 5.1% 和 5.6%；`)).toEqual([
      '城镇居民人均可支配收入 actual 2022 level 33400元 [预计]',
      '农村居民人均可支配收入 actual 2022 level 20140元 [预计]',
      '城镇居民人均可支配收入 actual 2022 growth 5.1% [预计]',
      '农村居民人均可支配收入 actual 2022 growth 5.6% [预计]',
    ]);
  });

  it('gives a list of names joined by 、 their 分别 values in order', () => {
    expect(suggest(`${PLAN}规上工业增加值、固定资产投资分别增长4%、10%。`)).toEqual([
      '规模以上工业增加值 target 2023 growth 4%',
      '固定资产投资 target 2023 growth 10%',
    ]);
  });

  it('gives a later 分别 clause back to the names earlier in the sentence', () => {
    expect(suggest(`${REVIEW}全年接待游客1200万人次，实现旅游总收入120亿元，分别增长25%和30%。`)).toEqual([
      '接待游客 actual 2022 level 1200万人次',
      '接待游客 actual 2022 growth 25%',
      '旅游总收入 actual 2022 level 120亿元',
      '旅游总收入 actual 2022 growth 30%',
    ]);
  });

  it('handles 增长X%左右, 下降, 提高X个百分点 and rates', () => {
    expect(suggest(`${PLAN}地区生产总值增长5%左右；城镇调查失业率控制在5.5%以内；居民消费价格涨幅3%左右。`)).toEqual([
      '地区生产总值 target 2023 growth 5% [左右]',
      '城镇调查失业率 target 2023 rate 5.5% [以内]',
      '居民消费价格 target 2023 rate 3% [左右]',
    ]);
    const review = suggestRecords(`${REVIEW}常住人口城镇化率达到65.2%，提高0.8个百分点。单位地区生产总值能耗下降3.2%。`, META);
    expect(review.map(brief)).toEqual([
      '常住人口城镇化率 actual 2022 rate 65.2%',
      '常住人口城镇化率 actual 2022 growth 0.8个百分点',
      '单位地区生产总值能耗 actual 2022 growth 3.2%',
    ]);
    expect(review[2]!.reason).toMatch(/decline/);
  });

  it('reads 占…的 after a value as a share of the name, not a value of the whole', () => {
    expect(suggest(`${REVIEW}其中税收收入4.1亿元，占一般公共预算收入的78.8%。`)).toEqual([
      '税收收入 actual 2022 level 4.1亿元', '税收收入 actual 2022 share 78.8%',
    ]);
  });

  it('reads 占…比重 as a share and does not give the whole its own value', () => {
    expect(suggest(`${REVIEW}服务业增加值占地区生产总值比重达到52.3%。一般公共预算收入45.3亿元，其中税收收入32.1亿元，占比70.9%。`)).toEqual([
      '服务业增加值 actual 2022 share 52.3%',
      '一般公共预算收入 actual 2022 level 45.3亿元',
      '税收收入 actual 2022 level 32.1亿元',
      '税收收入 actual 2022 share 70.9%',
    ]);
  });

  it('never gives the whole of a share (占…比重) the share as its growth, whatever the part is', () => {
    expect(suggest(`${REVIEW}服务业增加值增长4.1%、占地区生产总值比重提高到53.5%。`)).toEqual([
      '服务业增加值 actual 2022 growth 4.1%', '服务业增加值 actual 2022 share 53.5%',
    ]);
    // The part is not in the codebook: its share is named as written, after it, never given to the whole.
    expect(suggest(`${REVIEW}高新技术产业增加值增长9%，占规模以上工业增加值比重提升至31.2%。`)).toEqual([
      '高新技术产业增加值 actual 2022 growth 9%', '高新技术产业增加值占规模以上工业增加值比重 actual 2022 share 31.2%',
    ]);
  });

  it('reads a percentage a change reached (提高到, 降至) as a level, unless a change rate reached it', () => {
    expect(suggest(`${REVIEW}地区生产总值增速提高到6.1%。税收收入占比提高到72%。`)).toEqual([
      '地区生产总值 actual 2022 growth 6.1%', '税收收入 actual 2022 share 72%',
    ]);
  });

  it('names the new ones of a list opened by 新增 as a flow, never the stock, and stops at a count of another subject', () => {
    expect(suggest(`${REVIEW}新增国家级单项冠军企业5户、专精特新中小企业120户，3家企业主板上市，5家企业挂牌新三板。`)).toEqual([
      '新增国家级单项冠军企业 actual 2022 count 5户', '新增专精特新中小企业 actual 2022 count 120户',
    ]);
    expect(suggest(`${PLAN}实施300个老旧小区、120个老旧街区改造。`)).toEqual(['老旧小区改造 target 2023 count 300个']);
  });

  it('goes on past a milestone clause (历史性突破百亿大关) to the growth after it, taking no value from the milestone', () => {
    expect(suggest(`${REVIEW}全年完成地区生产总值203.5亿元，首次突破两百亿大关，增长6.1%。`)).toEqual([
      '地区生产总值 actual 2022 level 203.5亿元', '地区生产总值 actual 2022 growth 6.1%',
    ]);
  });

  it('continues through clauses with no subject of their own, and stops at a new subject', () => {
    // The flow (newly recognised) and the stock (总数) are told apart.
    expect(suggest(`${REVIEW}新认定高新技术企业52家，总数达到164家，连续4年保持全省前列。`)).toEqual([
      '新增高新技术企业 actual 2022 count 52家',
      '高新技术企业 actual 2022 count 164家',
    ]);
    expect(suggest(`${REVIEW}招商引资签约项目111个，总投资657.7亿元，当年开工项目90个。`)).toEqual([
      '招商签约项目 actual 2022 count 111个',
      '招商签约项目 actual 2022 level 657.7亿元',
    ]);
    // The part after 其中 is an indicator of its own, named as written, never the whole's second value.
    expect(suggest(`${REVIEW}全市原煤产量6762万吨，其中，地方煤矿产量1252万吨。`)).toEqual([
      '原煤产量 actual 2022 level 6762万吨',
      '地方煤矿产量 actual 2022 level 1252万吨',
    ]);
  });

  it('completes an elided name from the previous one (…面积…，总产量…)', () => {
    expect(suggest(`${REVIEW}粮食播种面积83.1万亩，总产量4.76亿斤，再获丰收。`)).toEqual([
      '粮食播种面积 actual 2022 level 83.1万亩',
      '粮食产量 actual 2022 level 4.76亿斤',
    ]);
  });

  it('takes a count written before the name', () => {
    expect(suggest(`${PLAN}完成40个老旧小区改造，整治14条街巷。`)).toEqual(['老旧小区改造 target 2023 count 40个']);
  });

  it('takes each value of an enumeration of names with their own values', () => {
    expect(suggest(`${PLAN}全年培育新型研发机构3家以上、科技型中小企业200户以上、高新技术企业100户左右。`)).toEqual([
      '科技型中小企业 target 2023 count 200户 [以上]',
      '高新技术企业 target 2023 count 100户 [左右]',
    ]);
  });

  it('keeps a bare multiplier with its qualifier (千亿以上) as written', () => {
    expect(suggest(`${REVIEW}地区生产总值在应对多难局面下保持在千亿以上，增长3.2%。`)).toEqual([
      '地区生产总值 actual 2022 level 千亿 [以上]',
      '地区生产总值 actual 2022 growth 3.2%',
    ]);
  });
});

describe('suggestRecords: what is not a value of the indicator', () => {
  it('skips years, dates, codes and list numbers', () => {
    expect(suggest(`${REVIEW}1. 2022年3月底，PM2.5浓度降至38微克/立方米。\n（2）地区生产总值增长5%。`)).toEqual([
      'PM2.5平均浓度 actual 2022 level 38微克/立方米',
      '地区生产总值 actual 2022 growth 5%',
    ]);
  });

  it('skips numbers that describe deeds rather than state an indicator', () => {
    expect(suggest(`${REVIEW}新建改造综合公园2个、口袋公园11个；连续4年保持全省前列；严格执行中央八项规定。`)).toEqual([]);
  });

  it('names an indicator narrowed to a part of the whole as written, never as the whole', () => {
    expect(suggest(`${REVIEW}非煤工业增加值增长3.9%；开发区规上工业增加值增长15%；全市数字经济经营主体超过3000家。`)).toEqual([
      '非煤工业增加值 actual 2022 growth 3.9%',
      '开发区规上工业增加值 actual 2022 growth 15%',
      '数字经济经营主体 actual 2022 count 3000家 [超过]',
    ]);
    expect(suggest(`${REVIEW}规上工业企业研发经费投入增长11.5%；全年地区生产总值增长5%。`)).toEqual([
      '规上工业企业研发经费投入 actual 2022 growth 11.5%',
      '地区生产总值 actual 2022 growth 5%',
    ]);
    // A qualified name that is an indicator of its own is that indicator, not the whole.
    expect(suggest(`${REVIEW}工业固定资产投资增长12%，民间投资增长3%。`)).toEqual([
      '工业投资 actual 2022 growth 12%',
      '民间投资 actual 2022 growth 3%',
    ]);
  });

  it('skips comparisons and a name used as a modifier', () => {
    expect(suggest(`${REVIEW}服务业增加值增长4.1%，高于上年2.9个百分点，对GDP增长的贡献率达65.5%。`)).toEqual([
      '服务业增加值 actual 2022 growth 4.1%',
    ]);
  });

  it('skips values whose unit the indicator is not stated in', () => {
    expect(suggest(`${REVIEW}优良天数比例连续三年稳定在70%以上。`)).toEqual(['空气质量优良天数比例 actual 2022 rate 70% [以上]']);
  });
});

describe('suggestRecords: outcome or goal, and the year', () => {
  it('follows the report’s sections', () => {
    const text = '回首 2022 年——\n- 固定资产投资完成 58.2 亿元；\n展望 2023 年——\n固定资产投资增长10%。';
    expect(suggest(text)).toEqual(['固定资产投资 actual 2022 level 58.2亿元', '固定资产投资 target 2023 growth 10%']);
  });

  it('lets goal words override a review section, and a written year override both', () => {
    // Verbs both sections use do not: 控制在 in a review reports what was achieved.
    expect(suggest(`${REVIEW}城镇登记失业率控制在 4% 以内。`)).toEqual(['城镇登记失业率 actual 2022 rate 4% [以内]']);
    expect(suggest(`${REVIEW}今年的预期目标是地区生产总值增长6%左右。`)).toEqual(['地区生产总值 target 2023 growth 6% [左右]']);
    expect(suggest(`确保城镇登记失业率控制在 4% 以内。`)).toEqual(['城镇登记失业率 target 2023 rate 4% [以内]']);
    expect(suggest(`${PLAN}2023 年再改造农村户厕 4200 座。`)).toEqual(['农村户厕改造 target 2023 count 4200座']);
    expect(suggest(`${PLAN}到2025年，常住人口城镇化率达到70%。`)).toEqual(['常住人口城镇化率 target 2025 rate 70%']);
    expect(suggest(`${REVIEW}到2027年，全市经济再上台阶，地区生产总值突破200亿元，常住人口城镇化率达到60%。`)).toEqual([
      '地区生产总值 target 2027 level 200亿元 [突破]',
      '常住人口城镇化率 target 2027 rate 60%',
    ]);
    expect(suggest(`${PLAN}地区生产总值比2020年增长20%。`)).toEqual(['地区生产总值 target 2023 growth 20%']);
  });

  it('reads paragraph openings (过去一年 / 今年) as section turns', () => {
    const text = '过去一年，我们砥砺前行。\n地区生产总值增长4%。\n今年，我们将重点做好以下工作。\n地区生产总值增长6%左右。';
    expect(suggest(text)).toEqual(['地区生产总值 actual 2022 growth 4%', '地区生产总值 target 2023 growth 6% [左右]']);
  });

  it('does not offer multi-year averages, multi-year sums or the starting point of a change as the year\'s figure', () => {
    expect(suggest(`${REVIEW}五年来，地区生产总值年均增长6.5%。`)).toEqual([]);
    expect(suggest(`${REVIEW}十四五期间累计完成固定资产投资1.2万亿元。`)).toEqual([]);
    expect(suggest(`${REVIEW}地区生产总值增长8.1%，两年平均增长5.9%。`)).toEqual(['地区生产总值 actual 2022 growth 8.1%']);
    expect(suggest(`${REVIEW}一般公共预算收入从80.5亿元增加到96.1亿元。`)).toEqual(['一般公共预算收入 actual 2022 level 96.1亿元']);
    expect(suggest(`${REVIEW}人均GDP从2020年的5.2万元提高到2022年的7.4万元。`)).toEqual(['人均地区生产总值 actual 2022 level 7.4万元']);
  });

  it('reads ranges as written, and a literal \\r\\n as a line break', () => {
    expect(suggest(`${PLAN}地区生产总值增长5%—5.5%。`)).toEqual(['地区生产总值 target 2023 growth 5%—5.5%']);
    expect(suggest(`一、2022年工作回顾\\r\\n地区生产总值增长4%。\\r\\n二、2023年工作安排\\r\\n地区生产总值增长6%左右。`))
      .toEqual(['地区生产总值 actual 2022 growth 4%', '地区生产总值 target 2023 growth 6% [左右]']);
  });

  it('falls back on the meta years with lower confidence when nothing in the text decides', () => {
    const [s] = suggestRecords('地区生产总值增长4%。', META);
    expect(s).toMatchObject({ kind: 'actual', year: 2022 });
    const [t] = suggestRecords('地区生产总值增长4%。', { ...META, yearsReviewed: [] });
    expect(t).toMatchObject({ kind: 'target', year: 2023 });
    expect(t!.confidence).toBeLessThan(suggestRecords(`${PLAN}地区生产总值增长4%。`, META)[0]!.confidence);
  });
});

describe('suggestRecords: evidence, region and ids', () => {
  it('spans from the name to the end of number, unit and qualifier, in UTF-16 offsets', () => {
    const text = `𠀀${PLAN}居民消费价格涨幅３％左右。`;
    const [s] = suggestRecords(text, META);
    expect(s!.quote).toBe('居民消费价格涨幅３％左右');
    expect(text.slice(s!.start, s!.end)).toBe(s!.quote);
    expect(s).toMatchObject({ region: '某市', value: '３', unit: '%', valueNormalized: '3', baseUnit: 'percent' });
    expect(s!.reason).not.toMatch(/\n/);
  });

  it('keeps ids when unrelated text changes, and tells duplicated paragraphs apart', () => {
    const paragraph = '地区生产总值达到 172.9 亿元，同比增长 3.8%。';
    const before = suggestRecords(`${REVIEW}${paragraph}`, META);
    const after = suggestRecords(`${REVIEW}开篇新增一段与指标无关的文字。\n${paragraph}`, META);
    expect(after.map((s) => s.id)).toEqual(before.map((s) => s.id));
    expect(after[0]!.start).not.toBe(before[0]!.start);

    const twice = suggestRecords(`${REVIEW}${paragraph}\n${paragraph}`, META);
    expect(twice).toHaveLength(4);
    expect(new Set(twice.map((s) => s.id)).size).toBe(4);
    expect(twice[2]!.id.startsWith(twice[0]!.id)).toBe(true);
  });

  it('changes the id when what the suggestion says changes', () => {
    const [a] = suggestRecords(`${REVIEW}地区生产总值增长3.8%。`, META);
    const [b] = suggestRecords(`${REVIEW}地区生产总值增长3.9%。`, META);
    expect(a!.id).not.toBe(b!.id);
  });

  it('uses a custom codebook', () => {
    const codebook = [{ name: '快递业务量', synonyms: ['快递量'], measures: ['level' as const], units: ['亿件'] }];
    expect(suggestRecords(`${REVIEW}全年快递量达到1.2亿件。`, META, codebook).map(brief)).toEqual(['快递业务量 actual 2022 level 1.2亿件']);
  });
});
