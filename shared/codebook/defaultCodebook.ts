import type { RecordMeasure } from '../records/indicatorRecord.ts';
import type { Codebook, CodebookEntry } from './codebook.ts';

/**
 * Headline indicators of Chinese regional statistics (统计公报 and 政府工作报告 usage), with the spellings
 * reports commonly use. General knowledge, not taken from any one report; projects extend it by import.
 *
 * Synonyms are kept specific on purpose: a bare word such as 投资 or 产量 would match inside unrelated
 * phrases (高技术产业投资, 地方煤矿产量). Elliptical follow-ups (…面积 83 万亩，总产量 4.7 亿斤) are
 * resolved by the suggester from the preceding mention instead.
 */
const entry = (
  group: string, name: string, synonyms: string[], measures: RecordMeasure[], units: string[], parts?: string[],
): CodebookEntry => ({ name, synonyms, measures, units, group, ...(parts ? { parts } : {}) });

const MONEY = ['亿元', '万元', '元'];
const AMOUNT: RecordMeasure[] = ['level', 'growth'];
const COUNTED: RecordMeasure[] = ['count', 'growth'];
const PERCENT = ['%', '个百分点', '百分点'];

export const DEFAULT_CODEBOOK: Codebook = [
  // 经济总量与结构
  entry('经济总量', '地区生产总值', ['GDP', '生产总值', '国内生产总值', '地区GDP', '经济总量'], AMOUNT, [...MONEY, '万亿元']),
  entry('经济总量', '人均地区生产总值', ['人均GDP', '人均生产总值'], AMOUNT, ['元', '万元', '美元']),
  entry('经济总量', '第一产业增加值', ['一产增加值', '农林牧渔业增加值'], AMOUNT, MONEY),
  entry('经济总量', '第二产业增加值', ['二产增加值'], AMOUNT, MONEY),
  entry('经济总量', '第三产业增加值', ['三产增加值'], AMOUNT, MONEY),
  entry('经济总量', '服务业增加值', ['现代服务业增加值'], AMOUNT, MONEY),
  entry('经济总量', '工业增加值', ['全部工业增加值'], AMOUNT, MONEY),
  entry('经济总量', '规模以上工业增加值', ['规上工业增加值', '规模以上工业企业增加值', '规模工业增加值'], AMOUNT, MONEY),
  entry('经济总量', '制造业增加值', [], AMOUNT, MONEY),
  entry('经济总量', '建筑业增加值', [], AMOUNT, MONEY),
  entry('经济总量', '农林牧渔业总产值', ['农业总产值'], AMOUNT, MONEY),
  entry('经济总量', '三次产业结构', ['三次产业比例'], ['share'], ['%']),

  // 投资、消费、开放
  entry('需求', '固定资产投资', ['固定资产投资总额', '全社会固定资产投资', '固定资产投资额', '固投'], AMOUNT, MONEY),
  entry('需求', '社会消费品零售总额', ['全社会消费品零售总额', '社会消费品零售额', '社零额', '社零总额'], AMOUNT, MONEY),
  entry('需求', '进出口总额', ['外贸进出口总额', '进出口总值', '外贸进出口总值', '货物进出口总额'], AMOUNT, [...MONEY, '亿美元', '万美元']),
  entry('需求', '出口总额', ['出口总值', '外贸出口总额'], AMOUNT, [...MONEY, '亿美元', '万美元']),
  entry('需求', '实际利用外资', ['实际使用外资', '实际使用外资金额', '实际利用外资金额'], AMOUNT, ['亿美元', '万美元', '亿元', '万元']),
  entry('需求', '招商签约项目', ['签约项目', '招商引资签约项目', '招商引资项目'], ['count', 'level'], ['个', '项', '亿元', '万元']),

  // 财政金融
  entry('财政金融', '一般公共预算收入', ['地方一般公共预算收入', '一般预算收入', '公共财政预算收入', '一般公共财政预算收入'], AMOUNT, MONEY),
  entry('财政金融', '一般公共预算支出', ['地方一般公共预算支出', '一般预算支出', '公共财政预算支出'], AMOUNT, MONEY),
  entry('财政金融', '财政总收入', ['财政收入'], AMOUNT, MONEY),
  entry('财政金融', '税收收入', ['税收总收入'], AMOUNT, MONEY),
  entry('财政金融', '金融机构各项存款余额', ['各项存款余额', '本外币存款余额', '金融机构存款余额'], AMOUNT, MONEY),
  entry('财政金融', '金融机构各项贷款余额', ['各项贷款余额', '本外币贷款余额', '金融机构贷款余额'], AMOUNT, MONEY),

  // 收入、价格、就业
  entry('民生', '城镇居民人均可支配收入', ['城镇常住居民人均可支配收入'], AMOUNT, ['元', '万元']),
  entry('民生', '农村居民人均可支配收入', ['农村常住居民人均可支配收入', '农民人均可支配收入'], AMOUNT, ['元', '万元']),
  entry('民生', '城乡居民人均可支配收入', [], AMOUNT, ['元', '万元'], ['城镇居民人均可支配收入', '农村居民人均可支配收入']),
  entry('民生', '全体居民人均可支配收入', ['居民人均可支配收入', '全体居民人均收入'], AMOUNT, ['元', '万元']),
  entry('民生', '居民消费价格', ['CPI', '居民消费价格指数', '居民消费价格涨幅', '居民消费价格总水平', '消费价格涨幅'], ['rate'], PERCENT),
  entry('民生', '城镇新增就业', ['城镇新增就业人数', '新增城镇就业', '城镇新增就业岗位'], ['level'], ['万人', '人']),
  entry('民生', '城镇调查失业率', ['调查失业率'], ['rate'], PERCENT),
  entry('民生', '城镇登记失业率', ['登记失业率'], ['rate'], PERCENT),
  entry('民生', '常住人口', ['年末常住人口'], AMOUNT, ['万人', '人']),
  entry('民生', '常住人口城镇化率', ['城镇化率', '城镇化水平'], ['rate'], PERCENT),
  entry('民生', '基本养老保险参保人数', ['养老保险参保人数'], ['level'], ['万人', '人']),

  // 农业农村
  entry('农业农村', '粮食产量', ['粮食总产量', '粮食总产'], AMOUNT, ['万吨', '吨', '亿斤', '万斤', '亿公斤', '万公斤']),
  entry('农业农村', '粮食播种面积', ['粮食种植面积', '粮食面积'], ['level'], ['万亩', '亩', '公顷', '万公顷']),
  entry('农业农村', '高标准农田', ['高标准农田建设'], ['level'], ['万亩', '亩']),
  entry('农业农村', '农村户厕改造', ['改造农村户厕', '农村卫生厕所改造', '户厕改造', '改造提升农村户厕', '新改农村户厕'], ['count'], ['座', '户', '万户', '个']),

  // 工业、能源
  entry('工业能源', '原煤产量', ['煤炭产量', '原煤生产量'], AMOUNT, ['万吨', '亿吨', '吨']),
  entry('工业能源', '发电量', ['全社会发电量'], AMOUNT, ['亿千瓦时', '万千瓦时', '千瓦时']),
  entry('工业能源', '全社会用电量', [], AMOUNT, ['亿千瓦时', '万千瓦时']),
  entry('工业能源', '单位地区生产总值能耗', ['单位GDP能耗', '单位生产总值能耗', '万元GDP能耗', '万元地区生产总值能耗'], ['growth', 'rate'], PERCENT),
  entry('工业能源', '单位地区生产总值二氧化碳排放', ['单位GDP二氧化碳排放', '单位生产总值二氧化碳排放', '碳排放强度'], ['growth', 'rate'], PERCENT),

  // 创新
  entry('创新', '研发经费投入', ['研发投入', '研究与试验发展经费', 'R&D经费投入', '全社会研发经费投入', '研发经费'], AMOUNT, MONEY),
  entry('创新', '研发经费投入强度', ['研发投入强度', 'R&D经费投入强度', '研发经费投入占GDP比重'], ['rate'], PERCENT),
  entry('创新', '高新技术企业', ['国家高新技术企业', '高新技术企业数量'], COUNTED, ['家', '户', '个']),
  entry('创新', '科技型中小企业', ['科技型中小企业数量'], COUNTED, ['家', '户', '个']),
  entry('创新', '技术合同成交额', ['技术合同交易额', '技术合同成交金额'], AMOUNT, MONEY),

  // 经营主体
  entry('经营主体', '经营主体', ['市场主体', '市场主体总量', '经营主体总量', '各类经营主体', '各类市场主体'], COUNTED, ['万户', '户', '家', '万家']),

  // 城乡建设
  entry('城乡建设', '老旧小区改造', ['城镇老旧小区改造', '老旧小区改造工程', '改造老旧小区'], ['count'], ['个', '户', '万户', '栋']),
  entry('城乡建设', '棚户区改造', ['棚户区改造安置住房', '棚改'], ['count'], ['套', '户', '万套', '万户']),
  entry('城乡建设', '保障性租赁住房', ['保障性住房'], ['count'], ['套', '万套', '间']),

  // 生态环境
  entry('生态环境', 'PM2.5平均浓度', ['PM2.5浓度', '细颗粒物浓度', '细颗粒物平均浓度', 'PM2.5年均浓度'], ['level', 'growth'], ['微克/立方米', '%']),
  entry('生态环境', '空气质量优良天数比例', ['优良天数比例', '空气优良天数比例', '优良天数比率', '空气质量优良率'], ['rate'], PERCENT),
  entry('生态环境', '森林覆盖率', [], ['rate'], PERCENT),
  entry('生态环境', '地表水优良水体比例', ['优良水体比例', '地表水水质优良比例'], ['rate'], PERCENT),

  // 旅游
  entry('文旅', '旅游总收入', ['旅游收入', '旅游综合收入'], AMOUNT, MONEY),
  entry('文旅', '接待游客', ['游客接待量', '接待游客人次', '接待国内外游客'], AMOUNT, ['万人次', '亿人次', '人次']),
];
