import type { CodebookEntry } from '../codebook.ts';
import { AMOUNT, COUNTED, COUNT_UNITS, MONEY, PERCENT, entry } from './entry.ts';

/** Investment, consumption, public finance, enterprises and innovation. */
export const DEMAND: CodebookEntry[] = [
  entry('投资', '固定资产投资', ['固定资产投资总额', '全社会固定资产投资', '固定资产投资额', '固投', '全年投资', '全社会投资'], AMOUNT, MONEY),
  entry('投资', '工业投资', ['工业固定资产投资'], AMOUNT, MONEY),
  entry('投资', '工业技改投资', ['技改投资', '工业技术改造投资'], AMOUNT, MONEY),
  entry('投资', '民间投资', ['民间固定资产投资'], AMOUNT, MONEY),
  entry('投资', '制造业投资', [], AMOUNT, MONEY),
  entry('投资', '基础设施投资', ['基建投资'], AMOUNT, MONEY),
  entry('投资', '房地产开发投资', [], AMOUNT, MONEY),
  entry('投资', '重点项目完成投资', ['重点项目投资'], AMOUNT, MONEY),
  entry('投资', '重大工程投资', [], AMOUNT, MONEY),
  entry('投资', '招商签约项目', ['签约项目', '招商引资签约项目', '招商引资项目'], ['count', 'level'], ['个', '项', '亿元', '万元']),
  entry('消费', '社会消费品零售总额', ['全社会消费品零售总额', '社会消费品零售额', '社零额', '社零总额', '社零'], AMOUNT, MONEY),

  entry('财政金融', '一般公共预算收入', ['地方一般公共预算收入', '一般预算收入', '公共财政预算收入', '一般公共财政预算收入', '地方财政一般预算收入'], AMOUNT, MONEY),
  entry('财政金融', '一般公共预算总收入', ['一般预算总收入'], AMOUNT, MONEY),
  entry('财政金融', '一般公共预算支出', ['地方一般公共预算支出', '一般预算支出', '公共财政预算支出'], AMOUNT, MONEY),
  entry('财政金融', '民生支出占一般公共预算支出比重', ['民生支出占比', '民生投入占比'], ['share'], ['%']),
  entry('财政金融', '财政总收入', ['财政收入'], AMOUNT, MONEY),
  entry('财政金融', '税收收入', ['税收总收入'], AMOUNT, MONEY),
  entry('财政金融', '金融机构各项存款余额', ['各项存款余额', '本外币存款余额', '金融机构存款余额'], AMOUNT, MONEY),
  entry('财政金融', '金融机构各项贷款余额', ['各项贷款余额', '本外币贷款余额', '金融机构贷款余额'], AMOUNT, MONEY),

  entry('经营主体', '经营主体', ['市场主体', '市场主体总量', '经营主体总量', '各类经营主体', '各类市场主体'], COUNTED, COUNT_UNITS),
  entry('经营主体', '新增经营主体', ['新增市场主体', '新登记经营主体', '新登记市场主体'], COUNTED, COUNT_UNITS),
  entry('经营主体', '民营经济主体', ['民营经营主体', '民营市场主体'], COUNTED, COUNT_UNITS),
  entry('经营主体', '实有企业', ['企业总数', '实有企业总量'], COUNTED, COUNT_UNITS),
  entry('经营主体', '新升规工业企业', ['新升规企业', '新增规上工业企业'], COUNTED, COUNT_UNITS),

  entry('创新', '研发经费投入', ['研发投入', '研究与试验发展经费', 'R&D经费投入', '全社会研发经费投入', '研发经费', '研发经费支出'], AMOUNT, MONEY),
  entry('创新', '研发经费投入强度', ['研发投入强度', 'R&D经费投入强度', '研发经费投入占GDP比重', '研发经费投入占地区生产总值比重'], ['rate'], PERCENT),
  entry('创新', '高新技术企业', ['国家高新技术企业', '高新技术企业数量', '高企'], COUNTED, COUNT_UNITS),
  entry('创新', '新增高新技术企业', ['新认定高新技术企业', '新增国家高新技术企业'], COUNTED, COUNT_UNITS),
  entry('创新', '科技型中小企业', ['科技型中小企业数量', '科技型企业'], COUNTED, COUNT_UNITS),
  entry('创新', '新增科技型中小企业', ['新增科技型企业', '新入库科技型中小企业'], COUNTED, COUNT_UNITS),
  entry('创新', '专精特新中小企业', ['专精特新企业'], COUNTED, COUNT_UNITS),
  entry('创新', '技术合同成交额', ['技术合同交易额', '技术合同成交金额', '技术交易额'], AMOUNT, MONEY),
];
