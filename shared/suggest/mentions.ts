import type { Codebook, CodebookEntry } from '../codebook/index.ts';
import { findTerms, foldTerm, termIndex } from '../codebook/index.ts';
import { asWrittenEntry, qualifiedEntry, qualifierBefore } from './qualifiedName.ts';
import { FLOW_WORDS } from './statementWords.ts';
import { hanRunBefore, isHan } from './textSpans.ts';

/**
 * One place where the report names an indicator, or several coordinated ones that share the values after
 * them (城镇和农村居民人均可支配收入分别…, 规上工业增加值、固定资产投资分别增长…).
 */
export interface Mention {
  entries: CodebookEntry[];
  start: number;
  end: number;
  /** Why this mention cannot carry values of its own indicator (a sub-population, another subject). */
  blocked?: string;
  /** The whole of a share (服务业增加值占地区生产总值比重…): part of the previous mention's statement. */
  denominator?: boolean;
  /** Named as written, not by a codebook entry (a qualified name, an abbreviated list item). */
  asWritten?: boolean;
}

const MODIFIED_BY = /^(?:能耗|电耗|水耗|用水量|耗水|二氧化碳|碳排放|排放量)/;
const CONNECTORS = ['以及', '和', '与', '及', '、'];
/** How many Han characters before a connector may name the first of two coordinated indicators (城镇和农村…). */
const COORDINATED_HEAD = 4;

export function findMentions(text: string, codebook: Codebook): Mention[] {
  const index = termIndex(codebook);
  const mentions: Mention[] = [];
  for (const m of findTerms(text, codebook)) {
    const previous = mentions[mentions.length - 1];
    // 地区生产总值（GDP）: the same indicator named twice in a row is one mention.
    if (previous && previous.entries.length === 1 && previous.entries[0] === m.entry && m.start - previous.end <= 2) {
      previous.end = m.end;
      continue;
    }
    const elided = elidedPartner(text, m.start, m.term, index.exact);
    const start = elided ? elided.start : m.start;
    const mention: Mention = { entries: elided ? [elided.entry, m.entry] : [m.entry], start, end: m.end };
    // 生产总值能耗, GDP用水量: the name is only the modifier of another measure the codebook does not list.
    if (MODIFIED_BY.test(text.slice(m.end, m.end + 4))) continue;
    const qualifier = elided ? '' : qualifierBefore(text, m.start);
    if (qualifier) {
      // 高技术制造业增加值 written where the codebook only knows 制造业增加值: a different indicator, as written.
      mention.entries = [qualifiedEntry(qualifier, text.slice(m.start, m.end), m.entry)];
      mention.start = m.start - qualifier.length;
      mention.asWritten = true;
    }
    const flow = mention.entries.length === 1 ? flowOfList(text, mention.start, mention.entries[0]!, index.exact) : null;
    if (flow) {
      mention.entries = [flow.entry];
      if (flow.asWritten) mention.asWritten = true;
    }
    mentions.push(mention);
  }
  return markDenominators(text, joinCoordinated(text, mentions));
}

/** 新增“专精特新”企业 8 家、高新技术企业 11 家: a list opened by 新增 counts new ones in every item. */
const FLOW_LIST = new RegExp(`(?:${FLOW_WORDS})[^，,。；;\\n]*、\\s*$`);
/** 新入库科技型企业 500 家, 新认定高新技术企业 52 家: a flow word right before the name. */
const FLOW_BEFORE = new RegExp(`(?:${FLOW_WORDS})$`);

function flowOfList(
  text: string, start: number, entry: CodebookEntry, exact: ReadonlyMap<string, CodebookEntry>,
): { entry: CodebookEntry; asWritten: boolean } | null {
  if (entry.name.startsWith('新增')) return null;
  if (!FLOW_LIST.test(text.slice(Math.max(0, start - 60), start)) && !FLOW_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return null;
  const known = exact.get(foldTerm(`新增${entry.name}`));
  if (known) return { entry: known, asWritten: false };
  // Never a stock's name for the new ones counted (企业 1003 户): where the codebook has no flow of it, the flow as
  // the list says it. An amount such as 造林面积 is a flow already.
  return entry.measures.includes('count') ? { entry: asWrittenEntry(`新增${entry.name}`, entry), asWritten: true } : null;
}

/** 占…比重 / 比例 / 份额 within this many characters of the name makes a share statement. */
const SHARE_REACH = 40;
/** …占Y比重 right after the name, or after its own value: 税收收入 4.1 亿元，占一般公共预算收入的 78.8%. */
const SHARE_OF = /^(?:[^，,。；;占]{0,16}[，,])?\s*占([^，,。；;]*?)(?:比重|比例|份额|的(?=\s*[\d０-９]))/;

/** 占规模以上工业总产值比重: a name between 占 and 比重 is a whole even when what it is a share of was not recognised. */
const WHOLE_OF_SHARE_BEFORE = /占(?:全[省市区县国])?$/;
const WHOLE_OF_SHARE_AFTER = /^的?(?:比重|比例|份额)/;

/** Names inside 占…比重 are the whole a share is taken of, not subjects with values of their own. */
function markDenominators(text: string, mentions: Mention[]): Mention[] {
  let shareEnd = -1;
  for (const m of mentions) {
    if (m.start < shareEnd || WHOLE_OF_SHARE_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)) && WHOLE_OF_SHARE_AFTER.test(text.slice(m.end, m.end + 4))) {
      m.blocked = 'the whole of a share';
      m.denominator = true;
      continue;
    }
    const share = SHARE_OF.exec(text.slice(m.end, m.end + SHARE_REACH));
    shareEnd = share ? m.end + share[0].length : -1;
  }
  return mentions;
}

/**
 * 城镇和农村居民人均可支配收入: the first indicator is written with its shared tail left out. Finds the
 * head before the connector whose completion with the second term's tail is a codebook term.
 */
function elidedPartner(
  text: string, start: number, term: string, exact: ReadonlyMap<string, CodebookEntry>,
): { entry: CodebookEntry; start: number } | null {
  const connector = CONNECTORS.find((c) => text.startsWith(c, start - c.length));
  if (!connector) return null;
  const headEnd = start - connector.length;
  const run = hanRunBefore(text, headEnd, COORDINATED_HEAD);
  for (let len = run.length; len >= 1; len--) {
    const head = foldTerm(run.slice(run.length - len));
    for (let cut = 1; cut < term.length; cut++) {
      const entry = exact.get(head + term.slice(cut));
      if (entry && entry !== exact.get(term)) return { entry, start: headEnd - len };
    }
  }
  return null;
}

/** 规上工业增加值、固定资产投资分别增长…: consecutive mentions joined by a connector share what follows. */
function joinCoordinated(text: string, mentions: Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (const m of mentions) {
    const previous = joined[joined.length - 1];
    const between = previous ? text.slice(previous.end, m.start) : '';
    if (previous && !previous.blocked && !m.blocked && CONNECTORS.includes(between) && sharesValues(text, m.end)) {
      previous.entries.push(...m.entries);
      previous.end = m.end;
      continue;
    }
    joined.push(m);
  }
  return joined;
}

/** 分别 or 均 right after a list of indicators says the values that follow are shared out or common. */
function sharesValues(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && i - end < 8 && (isHan(text[i]) || text[i] === ' ')) {
    if (text.startsWith('分别', i) || text[i] === '均') return true;
    i++;
  }
  return false;
}
