import { describe, expect, it } from 'vitest';
import { suggestRecords } from '../../../shared/suggest/index.ts';
import type { Suggestion } from '../../../shared/suggest/index.ts';

const META = { region: '某省', yearsReviewed: [2024], yearsPlanned: [2025] };
const REVIEW = '一、2024年工作回顾\n';
const PLAN = '二、2025年主要目标\n';
const brief = (s: Suggestion): string => `${s.indicator} ${s.kind} ${s.measure} ${s.value}${s.unit}`;
const suggest = (text: string): string[] => suggestRecords(text, META).map(brief);

describe('suggestRecords: statements of indicators the codebook lacks', () => {
  it('proposes them under the name as written, with a lower confidence than codebook ones', () => {
    const found = suggestRecords(`${REVIEW}茶叶产量达到35.2万吨，地区生产总值增长5%。`, META);
    expect(found.map(brief)).toEqual(['茶叶产量 actual level 35.2万吨', '地区生产总值 actual growth 5%']);
    expect(found[0]!.confidence).toBeLessThan(found[1]!.confidence);
  });

  it('reads flows, counts reached, rates, shares and changes', () => {
    expect(suggest(`${REVIEW}新增充电桩1.2万个。智慧农场达到85家。林草覆盖率提高到61.3%。`)).toEqual([
      '新增充电桩 actual count 1.2万个', '智慧农场 actual count 85家', '林草覆盖率 actual rate 61.3%',
    ]);
    expect(suggest(`${REVIEW}风电光伏装机同比增加520万千瓦、达到3100万千瓦，占比41.2%。`)).toEqual([
      '风电光伏装机 actual level 3100万千瓦', '风电光伏装机占比 actual share 41.2%',
    ]);
    expect(suggest(`${PLAN}快递业务量增长8%。`)).toEqual(['快递业务量 target growth 8%']);
  });

  it('reads the outcome of 从…增加到 and a count that rose to a figure, never the starting point', () => {
    expect(suggest(`${REVIEW}绿色工厂数量从120家增加到260家。冷链仓储容量由8.5万吨提升至15万吨。充电站增至3200座。`)).toEqual([
      '绿色工厂数量 actual count 260家', '冷链仓储容量 actual level 15万吨', '充电站 actual count 3200座',
    ]);
  });

  it('keeps the statistical 规模以上 and the nouns 服务业 / 服务贸易 in a name, and names a 占…比重 clause after its subject', () => {
    expect(suggest(`${REVIEW}限额以上餐饮企业达到420家。服务外包合同总额突破90亿美元。`)).toEqual([
      '限额以上餐饮企业 actual count 420家', '服务外包合同总额 actual level 90亿美元',
    ]);
    expect(suggest(`${REVIEW}数字创意产业营业收入增长8%、占规模以上服务业营业收入比重提高到12%。`)).toEqual([
      '数字创意产业营业收入 actual growth 8%', '数字创意产业营业收入占规模以上服务业营业收入比重 actual share 12%',
    ]);
  });

  it('reads a part\'s share of a whole (甲占乙的 x%) under a share\'s name', () => {
    expect(suggest(`${REVIEW}全年实施民生项目40个，教育投入占财政支出的18.2%。`)).toEqual(['教育投入占财政支出比重 actual share 18.2%']);
  });

  it('reads 超 as a verb with its qualifier, and never offers a bare 总投资 or a count that opens a clause about another noun', () => {
    expect(suggestRecords(`${REVIEW}水利投资超1000亿元。总投资超500亿元。`, META).map((s) => `${brief(s)} [${s.qualifier}]`)).toEqual([
      '水利投资 actual level 1000亿元 [超]',
    ]);
    expect(suggest(`${REVIEW}湿地保护率提高到52%，创历史最好水平，36个重点湖泊水质达标。`)).toEqual(['湿地保护率 actual rate 52%']);
  });

  it('reads the flows reports name by how things joined (新升规, 新入库 …), never as the stock the codebook knows', () => {
    // 科技型企业 is the codebook's 科技型中小企业: the new ones are its flow, as new ones.
    expect(suggest(`${PLAN}新升规工业企业300户以上，新入库科技型企业500家。`)).toEqual([
      '新升规工业企业 target count 300户', '新增科技型中小企业 target count 500家',
    ]);
  });

  it('leaves 预计 / 力争 before the verb out of the name', () => {
    expect(suggest(`${REVIEW}海洋经济增加值预计达到1200亿元。`)).toEqual(['海洋经济增加值 actual level 1200亿元']);
  });

  it('keeps names that contain a verb-like word or 和 (…保持率, A和B装机)', () => {
    expect(suggest(`${REVIEW}湿地保持率提高到55.2%。风能和太阳能装机达到300万千瓦。`)).toEqual([
      '湿地保持率 actual rate 55.2%', '风能和太阳能装机 actual level 300万千瓦',
    ]);
  });

  it('leaves deeds, words and bare how-much subjects alone', () => {
    expect(suggest(`${REVIEW}举办招聘会120场。走出一条新路。投资近千亿元。抓好629个项目。总量达到30万吨。`)).toEqual([]);
  });
});

describe('suggestRecords: details that change what a statement is', () => {
  it('counts every item of a list opened by 新增 as new ones', () => {
    expect(suggest(`${REVIEW}新增省级技术中心5家、高新技术企业26家、科技型中小企业140家。`)).toEqual([
      '新增省级技术中心 actual count 5家',
      '新增高新技术企业 actual count 26家', '新增科技型中小企业 actual count 140家',
    ]);
  });

  it('does not take a unit for a qualifier, nor an annual mean for a multi-year one', () => {
    expect(suggest(`${PLAN}建设12万亩高标准农田。`)).toEqual(['高标准农田 target level 12万亩']);
    expect(suggest(`${REVIEW}PM2.5年均浓度为31.5微克/立方米。`)).toEqual(['PM2.5平均浓度 actual level 31.5微克/立方米']);
  });

  it('reads the size of a price change as a rate, the change itself as a growth', () => {
    expect(suggest(`${PLAN}居民消费价格涨幅控制在2%左右。`)).toEqual(['居民消费价格 target rate 2%']);
    expect(suggest(`${REVIEW}居民消费价格下降0.3%。`)).toEqual(['居民消费价格 actual growth 0.3%']);
  });
});

describe('suggestRecords: goals of a multi-year plan', () => {
  it('dates them by the end of the plan, never as the planned year, and says so', () => {
    const text = '二、“十五五”时期主要目标\n常住人口城镇化率达到72%左右。\n三、2025年工作安排\n常住人口城镇化率提高1个百分点。';
    const found = suggestRecords(text, META);
    expect(found.map((s) => `${s.indicator} ${s.kind} ${s.year} ${s.measure} ${s.value}${s.unit}`)).toEqual([
      '常住人口城镇化率 target 2030 rate 72%', '常住人口城镇化率 target 2025 growth 1个百分点',
    ]);
    expect(found[0]!.reasons.at(-1)).toMatchObject({ code: 'suggestion.time.outlookSection', params: { year: 2030 } });
  });
});

describe('suggestRecords: a value after an intervening clause', () => {
  it('reads past an accounting note of its own clause (按可比价格计算)', () => {
    expect(suggest(`${REVIEW}全市实现地区生产总值1234.5亿元，按可比价格计算，比上年增长6.1%。`)).toEqual([
      '地区生产总值 actual level 1234.5亿元', '地区生产总值 actual growth 6.1%',
    ]);
  });

  it('does not take a name that only modifies another measure (生产总值能耗) for that name', () => {
    expect(suggest(`${PLAN}万元生产总值能耗下降3%，地区生产总值用水量下降2%。`)).toEqual(['单位地区生产总值能耗 target growth 3%']);
  });
});

describe('suggestRecords: names broken by markup', () => {
  it('reads PM_2.5 and PM / 2.5 on lines of their own as PM2.5, the evidence starting at the name', () => {
    const broken = suggestRecords('一、2024年工作回顾\nPM\n2.5\n年平均浓度保持在20微克/立方米左右。', META);
    expect(broken.map(brief)).toEqual(['PM2.5平均浓度 actual level 20微克/立方米']);
    expect(broken[0]!.quote.startsWith('PM\n2.5')).toBe(true);
    expect(suggest(`${REVIEW}PM_{2.5}平均浓度降至28.5微克/立方米。`)).toEqual(['PM2.5平均浓度 actual level 28.5微克/立方米']);
  });
});
