import type { Quantity } from '../numbers/index.ts';
import type { RecordMeasure } from '../records/indicatorRecord.ts';
import type { AttachContext, AttachedValue } from './attachValues.ts';
import { RELATIVE_UNITS } from './classifyMeasure.ts';
import { asWrittenEntry } from './qualifiedName.ts';
import { COMPARATIVE, FLOW_WORDS, STARTING_POINT, countsOwnSubject } from './statementWords.ts';
import { clauseStart, sentenceAround } from './textSpans.ts';

/**
 * Statements of indicators the codebook does not know, under the name the report gives them: 智能化煤矿达到
 * 400 座, 全年蔬菜产量达到 9.7 万吨, 新能源和清洁能源装机…达到 9048 万千瓦，占比 55.1%. Read after the codebook's
 * statements, from the values nobody claimed: the subject of the clause before its verb (or the clause's words
 * when the value follows the name directly) is the indicator. Lower confidence than a codebook match.
 */
const VERB = /(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|提高到|提升到|提高至|提升至|提高|提升|降低|上涨|回落|降至|降到|减至|增至|升至|增加到|达到|达|突破|超过|超|逾|完成|实现|为|是|保持在|稳定在|控制在)(?:了)?(?:约|近|超|逾)?\s*$/;
/** A change in amount (增加 1829 万千瓦): a flow the report names by the stock; not the indicator's level. */
const ABSOLUTE_CHANGE = /^(?:同比|比上年|较上年)?(?:增加|减少|新增|净增)(?!到|至)/;
const CHANGE = /^(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|提高|提升|降低|上涨|回落)(?!到|至)/;
/** Words before the subject that belong to the sentence, not the name. */
const LEADING = /^(?:\d{4}\s*年(?:底|末)?|(?:到|至|截至)\d{4}\s*年(?:底|末)?|全[省市区县州]|全年|年内|今年|去年|其中|同时|我[省市区县]|力争|预计|确保|累计|完成|实现|共|\d+(?:\.\d+)?[个项家座所])+/;
/** A clause about doing something, not a name: 推动…, 加快…. */
// 服务 and 以 are words of deeds, except in 服务业 / 服务贸易 and in the statistical 规模以上 / 限额以下.
const NOT_A_NAME = /推进|推动|加快|实施|开展|打造|围绕|聚焦|坚持|深化|着力|加强|落实|支持|引导|鼓励|出台|制定|发放|帮助|带动|拉动|服务(?!业|贸易|外包|消费)|方面|抓好|举办|完善|做强|巩固|执行|启动|帮扶|动员|覆盖(?!率)|分别|连续|保持在|在全国|以(?![上下])|[的了把被将要等从是对、“”《》（）()]/;
/** Durations and ages read as amounts (连续 4 年, 79.3 岁) are not statements of an indicator here. */
const NOT_AMOUNTS = new Set(['years', 'months', 'hours', 'minutes', 'years_of_age', 'number']);
/**
 * What a name of an indicator ends with (…产量, …增加值, …率, …人次): without such a head, only a flow (新增…) or
 * a count reached (…达到 400 座) is read as a statement; the rest of a report's numbers describe deeds.
 */
const INDICATOR_HEAD = /(?:总值|增加值|产值|产量|总额|收入|投资|利润|余额|规模|总量|吞吐量|交易额|成交额|销售额|零售额|营收|率|比例|比重|占比|指数|浓度|天数|面积|人数|人次|数量|装机|容量|里程|产能|出栏|存栏|(?:业务|交易|货运|客运|周转|用电|发电|销|运|储)量)$/;
const FLOW = new RegExp(`^(?:${FLOW_WORDS}|新建|新设|净增)(?!改|扩)\\p{Script=Han}{2,}`, 'u');
const REACHED = /^(?:达到|达|突破|超过|(?:增加|增长|提高|提升|上升)(?:到|至)|[增升]至)/;
/** 从 1832 户增加到 3382 户: the starting point belongs to the change, not to the name before it. */
const FROM_START = /[从由]\s*\d[\d.,]*\s*[^\d\s，,。；;、]{0,4}$/;
/** 预计达, 力争突破: a word of expectation before the verb is not part of the name. */
const MODAL_TAIL = /(?:预计|力争|确保|有望)$/;
/** A subject that only says "how much" needs a name from elsewhere, which we do not guess. */
const GENERIC = /^(?:产量|总量|规模|总额|数量|收入|投资|总投资|成交额|交易额|增速|增幅|总数|金额|人数|面积)$/;
const SHARE_ONLY = /^(?:占比|比重|占比重)$/;
const PART_OF_WHOLE = /^(\p{Script=Han}{2,12}?)占(\p{Script=Han}{2,16}?)的$/u;
/** …and, without a name to anchor it, any comparison with a number (比 2020 年…). */
const COMPARED = new RegExp(`${COMPARATIVE.source}|比\\d|较\\d`);
const COUNTING = new Set(['count', 'households', 'days']);
const MIN_NAME = 2;
const MAX_NAME = 20;

export function openStatements(ctx: AttachContext): AttachedValue[] {
  const out: AttachedValue[] = [];
  let sentenceEnd = -1;
  let lastSubject: { name: string; start: number } | null = null;
  for (const q of ctx.amounts) {
    const sentence = sentenceAround(ctx.text, q.start);
    if (sentence.start >= sentenceEnd) {
      sentenceEnd = sentence.end;
      lastSubject = null;
    }
    const cs = clauseStart(ctx.text, q.start);
    const pre = ctx.text.slice(cs, q.start);
    const verb = VERB.exec(pre);
    const raw = (verb ? pre.slice(0, verb.index) : pre).replace(FROM_START, '').replace(MODAL_TAIL, '');
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const subject = raw.slice(lead).trim();
    const subjectStart = cs + lead + (raw.slice(lead).length - raw.slice(lead).trimStart().length);
    // ，203 个地表水国考断面…: a value opening its clause with a noun after it is about that noun, not the last subject.
    if (pre.trim() === '' && countsOwnSubject(ctx.text, q)) {
      lastSubject = null;
      continue;
    }
    const named = nameOf(subject, lastSubject);
    // A later clause without a subject goes on about the last named one; a clause about something else ends that.
    if (subject !== '' && !isShareOfLast(subject)) lastSubject = named && !GENERIC.test(subject) ? { name: subject, start: subjectStart } : null;
    if (ctx.used.has(q.start) || !named || COMPARED.test(pre) || STARTING_POINT.test(pre)) continue;
    // Written numbers only: 八项规定, 一年接着一年, 第二个百年 are words, not figures.
    if (q.numeral !== 'arabic' || NOT_AMOUNTS.has(q.baseUnit)) continue;
    const verbWords = verb?.[0] ?? '';
    if (!INDICATOR_HEAD.test(named.name) && !FLOW.test(named.name)
      && !(REACHED.test(verbWords) && COUNTING.has(q.baseUnit))) continue;
    if (ABSOLUTE_CHANGE.test(verbWords) && !RELATIVE_UNITS.has(q.baseUnit)) continue;
    const measure = measureOf(q, named.name, verbWords);
    if (!measure) continue;
    ctx.used.add(q.start);
    out.push({
      entry: asWrittenEntry(named.name), q, measure, how: 'as written',
      evidenceStart: named.inherited && lastSubject ? lastSubject.start : subjectStart, mentionEnd: cs + pre.length,
    });
  }
  return out;
}


/** 占比 41.2%, 占规模以上工业总产值比重提高到 45%: the share of the subject named before, not a subject of its own. */
function isShareOfLast(subject: string): boolean {
  return SHARE_ONLY.test(subject) || subject.startsWith('占');
}

function nameOf(subject: string, last: { name: string } | null): { name: string; inherited: boolean } | null {
  if (subject === '') return last ? { name: last.name, inherited: true } : null;
  if (isShareOfLast(subject)) return last ? { name: `${last.name}${subject}`, inherited: true } : null;
  // 民生投入占公共财政预算支出的 80.6%: a part's share of a whole, named the way shares are.
  const share = PART_OF_WHOLE.exec(subject);
  if (share && !NOT_A_NAME.test(share[1]!) && !NOT_A_NAME.test(share[2]!)) return { name: `${share[1]}占${share[2]}比重`, inherited: false };
  if (subject.length < MIN_NAME || subject.length > MAX_NAME || NOT_A_NAME.test(subject) || GENERIC.test(subject)) return null;
  // 新能源和清洁能源装机 is one name; 和 elsewhere joins two subjects.
  if (/[和与及]/.test(subject) && !INDICATOR_HEAD.test(subject)) return null;
  if (!/[\p{Script=Han}A-Za-z0-9]$/u.test(subject) || /^[\d.]/.test(subject)) return null;
  return { name: subject, inherited: false };
}

function measureOf(q: Quantity, name: string, verb: string): RecordMeasure | null {
  switch (q.baseUnit) {
    case 'percent':
    case 'per_mille':
      if (CHANGE.test(verb)) return 'growth';
      if (/占比|比重|占/.test(name)) return 'share';
      return 'rate';
    case 'percentage_points':
    case 'times':
      return 'growth';
    case 'number':
      return null;
    default:
      if (CHANGE.test(verb)) return null;
      return COUNTING.has(q.baseUnit) ? 'count' : 'level';
  }
}
