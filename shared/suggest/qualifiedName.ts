import type { CodebookEntry } from '../codebook/index.ts';
import { hanRunBefore } from './textSpans.ts';

/**
 * A codebook term written with more name glued before it names a different indicator: 高技术制造业增加值 is
 * not 制造业增加值, 非煤工业增加值 not 工业增加值, 开发区规上工业增加值 not the region's. What stands before a
 * term is either such a qualifier or one of the words reports put in front of any indicator (全市, 全年, 实现,
 * 其中, a place name), which leave it the region's own.
 */
const NEUTRAL_BEFORE = new RegExp([
  '全[市省区县州盟旗镇乡国]', '[我本][市省区县州]', '全年', '年内', '今年', '去年', '上年', '当年', '年[末底]', '全社会',
  '其中', '实现', '完成', '达到', '预计', '力争', '确保', '推动', '促进', '带动', '拉动', '保持', '主要', '各项', '同时',
  '以及', '和', '与', '及', '新增', '全口径', '累计', '目标',
  // Particles and verbs end a phrase: 今年的预期目标是地区生产总值…, 把城镇调查失业率…
  '[是的为将要把使让对在向由从比较并]',
  // …and so do dates and adverbs: 2023 年再改造农村户厕, 首次突破…
  '[年月日再又还也已共均都等]', '首次', '首个', '进一步', '持续', '不断', '稳步', '分别', '全面',
  // …and the verbs of the deed, whose object is the indicator: 新建高标准农田, 开工改造城镇老旧小区, 培育入库…
  '新建', '建成', '改造', '开工', '建设', '培育', '发展', '筹集', '筹措', '统筹', '新设', '净增', '入库', '实有',
  '各类', '各级', '认定', '[个项家座所户]',
].map((w) => `(?:${w})`).join('|'), 'g');

/** Scope words that always narrow, even where they look like a place (开发区, 园区). */
const NARROWING = /(?:开发区|园区|景区|专业镇|产业园|高新区|新区|企业|行业|产业|非\p{Script=Han}{0,2})$/u;
/** A place before the term (上海港, 呼伦贝尔市) leaves the indicator as it is, only located. */
const PLACE = /^\p{Script=Han}{1,6}(?:省|市|县|区|州|盟|旗|港|镇|乡)$/u;
/** How far back a qualifier may reach. */
const MAX_QUALIFIER = 8;

/** The qualifier glued before a term at `start` (高技术 for 高技术制造业增加值), or '' when there is none. */
export function qualifierBefore(text: string, start: number): string {
  const run = hanRunBefore(text, start, MAX_QUALIFIER);
  // 8 万亩高标准农田: Han characters right after a number are its unit, not a qualifier.
  if (run === '' || /[\d０-９]/.test(text[start - run.length - 1] ?? '')) return '';
  let cut = 0;
  for (const m of run.matchAll(NEUTRAL_BEFORE)) cut = Math.max(cut, m.index + m[0].length);
  const rest = run.slice(cut);
  if (rest === '') return '';
  if (NARROWING.test(rest)) return rest;
  if (PLACE.test(rest)) return '';
  return rest.length >= 2 ? rest : '';
}

/** An indicator the codebook lacks, named as written and shaped like the entry it qualifies. */
export function qualifiedEntry(qualifier: string, written: string, base: CodebookEntry): CodebookEntry {
  return asWrittenEntry(`${qualifier}${written}`, base);
}

const ANY_MEASURE: CodebookEntry['measures'] = ['level', 'growth', 'rate', 'count', 'share'];

/** An indicator named as the report writes it; `like` lends its measures and units when there is one. */
export function asWrittenEntry(name: string, like?: CodebookEntry): CodebookEntry {
  return { name, synonyms: [], measures: like?.measures ?? ANY_MEASURE, units: like?.units ?? [], group: '' };
}
