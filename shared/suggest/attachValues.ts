import type { CodebookEntry, TermIndex } from '../codebook/index.ts';
import { foldTerm } from '../codebook/index.ts';
import type { Quantity } from '../numbers/index.ts';
import type { RecordMeasure } from '../records/indicatorRecord.ts';
import { RELATIVE_UNITS, classifyMeasure, unitFits } from './classifyMeasure.ts';
import { COMPARATIVE, STARTING_POINT, countsOwnSubject } from './statementWords.ts';
import type { Mention } from './mentions.ts';
import { quantitiesIn } from './quantitiesIn.ts';
import { sentenceAround, splitClauses } from './textSpans.ts';

/** A value tied to an indicator, before kind, year and id are worked out. */
export interface AttachedValue {
  entry: CodebookEntry;
  q: Quantity;
  measure: RecordMeasure;
  /** Where the statement's evidence starts (the mention, or the value when it comes first). */
  evidenceStart: number;
  mentionEnd: number;
  /** How it was tied, for confidence and the reason line. */
  how: 'same clause' | 'following clause' | 'value before name' | 'paired by order' | 'elided name' | 'as written';
}

/** How far the first value may sit from the name in the name's own clause (…在应对多难局面下保持在千亿以上). */
const MAX_GAP = 24;
/** How far after the name a statement's values may reach. */
const MAX_REACH = 120;

/** A following clause that opens with these has no subject of its own: it goes on about the same indicator. */
const SAME_SUBJECT_LEADS =
  /^(?:同比|比上年|较上年|比去年|较去年|分别|均|年均|增长|增速|增幅|增加(?!值)|下降|减少|降低|提高|提升|上升|上涨|回落|达到|达|突破|超过|总数|总量|总额|总规模|总投资|总计|合计|占|约|预计|力争)/;
/** A clause about the total after a flow was named: 总数达到 164 家. */
const TOTAL_LEADS = /^(?:总数|总量|总计|合计|累计)/;
/** Flows are named apart from stocks: 新增高新技术企业 is a flow of 高新技术企业. */
const FLOW_PREFIX = '新增';

function stockOf(index: TermIndex, entries: readonly CodebookEntry[]): CodebookEntry | null {
  const flow = entries.length === 1 ? entries[0]!.name : '';
  return flow.startsWith(FLOW_PREFIX) ? index.byName.get(flow.slice(FLOW_PREFIX.length)) ?? null : null;
}

/** Accounting words that may stand before the verb of such a clause: 同口径增长, 按可比价格计算增长. */
const QUALIFYING_PREFIX = /^(?:按)?(?:同口径|可比价格?|可比口径|扣除价格因素后?)(?:计算)?/;
/** 历史性突破百亿大关, 首次超过…: an adverb before the verb leaves the clause about the same subject. */
const ADVERB_LEAD = /^(?:历史性地?|首次|再次|稳步|持续|继续|进一步)/;
/** Nouns that open a clause about a sibling indicator whose name is elided: …面积 83.1 万亩，总产量 4.76 亿斤. */
const ELIDED_ATTRIBUTES = ['总产量', '产量', '总产值', '产值', '播种面积', '面积', '总收入', '收入', '增加值'];

export interface AttachContext {
  text: string;
  /** Amounts (not years, dates or codes) with a single value, in text order. */
  amounts: readonly Quantity[];
  index: TermIndex;
  /** Start offsets of quantities already tied to an indicator. */
  used: Set<number>;
}

/**
 * 完成40个老旧小区改造, 建成5.77万亩高标准农田: a value written right before the name, in a unit the
 * indicator is counted in. Claimed before any name looks forward, so no earlier statement takes it.
 */
export function valueBeforeName(ctx: AttachContext, mention: Mention): AttachedValue | null {
  if (mention.blocked || mention.entries.length !== 1) return null;
  const entry = mention.entries[0]!;
  let at = mention.start;
  while (at > 0 && ctx.text[at - 1] === ' ') at--;
  const q = quantityEndingAt(ctx.amounts, at);
  if (!q || ctx.used.has(q.start) || RELATIVE_UNITS.has(q.baseUnit) || !unitFits(entry, q)) return null;
  const measure = classifyMeasure(entry, q, '', false);
  if (!measure) return null;
  ctx.used.add(q.start);
  return { entry, q, measure, evidenceStart: q.start, mentionEnd: mention.end, how: 'value before name' };
}

interface Taken {
  q: Quantity;
  /** The sibling indicator an elided clause names (总产量 after 粮食播种面积), else null: the mention's own. */
  sibling: CodebookEntry | null;
  before: string;
  share: boolean;
  clause: number;
  /** In a clause that says 分别: its values go one to each indicator listed. */
  respectively: boolean;
}

/**
 * The values a name governs: in its own clause, then in following clauses that carry no subject of their own
 * (，增长 12.1% / ，总数达到 164 家 / 、20140 元), up to the next name or the end of the sentence. Values of a
 * coordinated or combined name (城乡居民… 分别…) are shared out by order, and so are values a 分别 clause
 * gives back to names earlier in the sentence (`earlier`: A 1200 万人次，B 120 亿元，分别增长 25% 和 30%).
 */
export function valuesAfterName(
  ctx: AttachContext, mention: Mention, nextMentionStart: number, earlier: readonly Mention[] = [],
): AttachedValue[] {
  if (mention.blocked) return [];
  const { text } = ctx;
  const sentence = sentenceAround(text, mention.end);
  const limit = Math.min(sentence.end, nextMentionStart, mention.end + MAX_REACH);
  const taken: Taken[] = [];
  let sibling: CodebookEntry | null = null;
  let share = false;
  let respectively = false;

  const clauses = splitClauses(text, mention.end, limit);
  for (let k = 0; k < clauses.length; k++) {
    const clause = clauses[k]!;
    const body = text.slice(clause.start, clause.end);
    const lead = body.trimStart();
    const leadAt = clause.end - lead.length;
    const inClause = quantitiesIn(ctx.amounts, clause.start, clause.end);
    const predicate = lead.replace(QUALIFYING_PREFIX, '').replace(ADVERB_LEAD, '');
    if (k === 0) {
      share = lead.startsWith('占');
      respectively = lead.includes('分别');
    } else if (inClause.length === 0 && predicate.trim() === '' && lead !== '') {
      // ，按可比价格计算，比上年增长 6.1%: an accounting note of its own clause; the statement goes on after it.
      continue;
    } else if (inClause[0]?.start === leadAt) {
      // 、20140 元: a further value of a list; but ，3 家企业主板上市 counts a subject of its own.
      if (countsOwnSubject(text, inClause[0])) break;
    } else if (SAME_SUBJECT_LEADS.test(predicate)) {
      share = predicate.startsWith('占');
      respectively = predicate.startsWith('分别');
      // 新增高新技术企业 52 家，总数达到 164 家: the total is the stock, a sibling of the flow named.
      if (TOTAL_LEADS.test(predicate)) sibling = stockOf(ctx.index, mention.entries) ?? sibling;
    } else {
      const found = elidedSibling(ctx.index, text.slice(mention.start, mention.end), mention.entries, lead);
      if (!found) break;
      sibling = found;
    }
    for (const q of inClause) {
      if (ctx.used.has(q.start)) continue;
      // ，历史性突破百亿大关: in a later clause a bare multiplier is a milestone of the value given, not a value.
      if (k > 0 && q.baseUnit === 'number' && q.numeral !== 'arabic') continue;
      const before = text.slice(clause.start, q.start);
      if (COMPARATIVE.test(before) || STARTING_POINT.test(before)) continue;
      // 的 usually makes the name a modifier (…的比重), but not in 提高到 2025 年的 7.4 万元.
      const possessive = before.replace(/\d{4}\s*年(?:底|末)?的/g, '').includes('的');
      // …占公共财政预算支出的 80.6%: for a share the 的 only links the whole to its part.
      const shareOnly = isShareIndicator(mention);
      if (k === 0 && (before.length > MAX_GAP || (!share && !shareOnly && possessive))) continue;
      taken.push({ q, sibling, before, share, clause: k, respectively });
    }
  }
  return shareOut(ctx, mention, taken, earlier, /均/.test(text.slice(mention.end, limit)));
}

function isShareIndicator(mention: Mention): boolean {
  return mention.entries.length === 1 && mention.entries[0]!.measures.length === 1 && mention.entries[0]!.measures[0] === 'share';
}

function shareOut(ctx: AttachContext, mention: Mention, taken: readonly Taken[], earlier: readonly Mention[], each: boolean): AttachedValue[] {
  const head = mention.entries[0]!;
  const parts = (head.parts ?? []).map((p) => ctx.index.byName.get(p)).filter((e): e is CodebookEntry => e !== undefined);
  const out: AttachedValue[] = [];
  const own = (entry: CodebookEntry, t: Taken, measure: RecordMeasure, how: AttachedValue['how']): AttachedValue =>
    ({ entry, q: t.q, measure, evidenceStart: mention.start, mentionEnd: mention.end, how });
  // Values to be shared out among several indicators, by measure (levels go with levels, growths with growths).
  const shared = new Map<RecordMeasure, Taken[]>();
  for (const t of taken) {
    const entry = t.sibling ?? head;
    if (!unitFits(entry, t.q)) continue;
    const measure = classifyMeasure(entry, t.q, t.before, t.share);
    if (!measure) continue;
    ctx.used.add(t.q.start);
    const listed = mention.entries.length > 1 || (t.respectively && (parts.length > 1 || earlier.length > 0));
    if (t.sibling) out.push(own(t.sibling, t, measure, 'elided name'));
    else if (!listed) out.push(own(head, t, measure, t.clause === 0 ? 'same clause' : 'following clause'));
    else shared.set(measure, [...(shared.get(measure) ?? []), t]);
  }
  for (const [measure, values] of shared) {
    const members = membersFor(mention, parts, earlier, values.length);
    if (members && values.length === members.length) {
      values.forEach((t, i) => out.push({ ...own(members[i]!.entry, t, measure, 'paired by order'), evidenceStart: members[i]!.start }));
    } else if (values.length === 1 && each && mention.entries.length > 1) {
      for (const entry of mention.entries) out.push(own(entry, values[0]!, measure, 'paired by order'));
    } else if (mention.entries.length === 1) {
      // Values that do not split evenly stand for the indicator named (a combined one, or a list of its own).
      for (const t of values) out.push(own(head, t, measure, t.clause === 0 ? 'same clause' : 'following clause'));
    }
  }
  return out;
}

/** Who a list of `count` values goes to, in order: coordinated names, a combined name's parts, or earlier names. */
function membersFor(
  mention: Mention, parts: readonly CodebookEntry[], earlier: readonly Mention[], count: number,
): { entry: CodebookEntry; start: number }[] | null {
  if (mention.entries.length > 1) return mention.entries.map((entry) => ({ entry, start: mention.start }));
  if (parts.length === count) return parts.map((entry) => ({ entry, start: mention.start }));
  if (count < 2) return null;
  const previous = earlier.filter((m) => m.entries.length === 1).slice(-(count - 1));
  if (previous.length !== count - 1) return null;
  return [...previous, mention].map((m) => ({ entry: m.entries[0]!, start: m.start }));
}

/**
 * 粮食种植面积 6 万亩以上，产量达到 2000 万公斤: the clause names a sibling by an attribute alone. Completes it
 * with the longest head of the mention's own name that makes a codebook term (粮食 + 产量 → 粮食产量).
 */
function elidedSibling(index: TermIndex, written: string, entries: readonly CodebookEntry[], lead: string): CodebookEntry | null {
  if (entries.length !== 1) return null;
  const attribute = ELIDED_ATTRIBUTES.find((a) => lead.startsWith(a));
  if (!attribute) return null;
  const bare = attribute.startsWith('总') ? attribute.slice(1) : attribute;
  for (const name of [foldTerm(written), foldTerm(entries[0]!.name)]) {
    for (let len = name.length - 1; len >= 1; len--) {
      for (const tail of [attribute, bare]) {
        const entry = index.exact.get(name.slice(0, len) + tail);
        if (entry && entry !== entries[0]) return entry;
      }
    }
  }
  return null;
}

function quantityEndingAt(amounts: readonly Quantity[], end: number): Quantity | null {
  const candidates = quantitiesIn(amounts, Math.max(0, end - 40), end);
  return candidates.find((q) => q.end === end) ?? null;
}
