import type { CodebookEntry, TermIndex } from '../codebook/index.ts';
import { foldTerm } from '../codebook/index.ts';
import type { Quantity } from '../numbers/index.ts';
import type { AttachContext, AttachedValue } from './attachValues.ts';
import { classifyMeasure } from './classifyMeasure.ts';
import { quantitiesIn } from './quantitiesIn.ts';
import { asWrittenEntry } from './qualifiedName.ts';

/**
 * 六大优势产业、高技术制造业、绿色低碳优势产业增加值分别增长 6.8%、12.3%、7.8%; 工业投资、民间投资分别增长…;
 * 一产、二产、三产增加值分别增长…: a list of names sharing one tail, then 分别 and as many values. Each value
 * goes to its item, the item completed with the tail the last one carries, named through the codebook where it
 * knows the name and as written where it does not. Read before single statements, so that no name inside the
 * list (装备制造业增加值 in 新能源产业、装备制造业增加值) takes the first value for itself.
 */
const RESPECTIVELY = /分别|(?<![人平年户])均(?!衡|等|匀)/g;
/** What a list item may be made of; anything else ends the subject. */
const SUBJECT_CHAR = /[\p{Script=Han}A-Za-z0-9“”"‘’.]/u;
const ITEM_SEPARATORS = [/、/, /、|和|及|与|以及/];
/** Words reports put before a whole list: 全省, 全年, 其中, 实现. */
const LEADING = /^(?:全[省市区县州]|全年|其中|今年|去年|实现|完成|预计|力争|推动|促进|加快|确保)+/;
/** Heads that several names share when the list writes them once: …增加值, …投资, …产量. */
const TAILS = ['增加值', '总产值', '产值', '投资', '产量', '总额', '收入', '营业收入', '进出口', '利润', '销售额', '人均可支配收入', '比重', '占比', '余额'];
/** After 分别 these make the values something else than the items' own: 分别从 A、B 增加到…, 分别快于全国… */
const NOT_OWN_VALUES = /从|由|快于|高于|低于|慢于|超出|比/;
/** Between two values of the list: a separator only. */
const VALUE_GAP = /^[、和及与,，\s]*$/;
const MAX_SUBJECT = 60;
/** 分别增长 / 分别达到 / 分别提高到: words between 分别 and the first value. */
const MAX_VERB = 8;

export function respectivelyStatements(ctx: AttachContext): AttachedValue[] {
  const out: AttachedValue[] = [];
  for (const m of ctx.text.matchAll(RESPECTIVELY)) {
    const at = m.index;
    const subject = subjectBefore(ctx.text, at);
    if (!subject) continue;
    const values = valuesAfter(ctx, at + m[0].length);
    const each = m[0] === '均';
    for (const separator of ITEM_SEPARATORS) {
      const items = splitItems(subject.text, subject.start, separator);
      if (items.length < 2 || (each ? values.length < 1 : items.length !== values.length)) continue;
      const named = nameItems(ctx.index, items);
      const wordsBefore = ctx.text.slice(at, (values[0] ?? { start: at }).start);
      if (NOT_OWN_VALUES.test(wordsBefore)) break;
      items.forEach((item, i) => {
        const q = each ? values[0]! : values[i]!;
        const entry = named[i]!;
        const measure = classifyMeasure(entry, q, wordsBefore, /^\s*占/.test(wordsBefore));
        if (measure) out.push({ entry, q, measure, evidenceStart: subject.start, mentionEnd: item.end, how: 'paired by order' });
      });
      for (const q of each ? values.slice(0, 1) : values) ctx.used.add(q.start);
      break;
    }
  }
  return out;
}

interface Item { text: string; start: number; end: number }

function subjectBefore(text: string, at: number): Item | null {
  let start = at;
  while (start > 0 && at - start < MAX_SUBJECT && (SUBJECT_CHAR.test(text[start - 1]!) || text[start - 1] === '、')) start--;
  // …增加值年均分别增长: 年均 belongs to the verb, not the names.
  let stop = at;
  while (/[年均]/.test(text[stop - 1] ?? '') && at - stop < 2) stop--;
  const raw = text.slice(start, text.slice(stop, at) === '年均' ? stop : at);
  const lead = LEADING.exec(raw)?.[0].length ?? 0;
  return raw.length - lead >= 3 ? { text: raw.slice(lead), start: start + lead, end: start + raw.length } : null;
}

function splitItems(subject: string, start: number, separator: RegExp): Item[] {
  const items: Item[] = [];
  let from = 0;
  const pattern = new RegExp(separator.source, 'g');
  for (const m of subject.matchAll(pattern)) {
    items.push({ text: subject.slice(from, m.index), start: start + from, end: start + m.index });
    from = m.index + m[0].length;
  }
  items.push({ text: subject.slice(from), start: start + from, end: start + subject.length });
  return items.every((i) => i.text.length >= 2) ? items : [];
}

/** Each item's indicator: the item as the codebook knows it, or completed with the shared tail. */
function nameItems(index: TermIndex, items: readonly Item[]): CodebookEntry[] {
  const last = items[items.length - 1]!.text;
  const lastEntry = index.exact.get(foldTerm(last));
  const tail = TAILS.filter((t) => last.endsWith(t) && last.length > t.length).sort((a, b) => b.length - a.length)[0]
    ?? alignedTail(items);
  return items.map((item) => {
    const own = index.exact.get(foldTerm(item.text));
    if (own && (own !== lastEntry || item === items[items.length - 1])) return own;
    // 城镇和农村居民人均可支配收入: the completion the codebook knows, with the longest shared tail first.
    for (let cut = 1; cut < last.length; cut++) {
      const known = index.exact.get(foldTerm(item.text + last.slice(cut)));
      if (known) return known;
    }
    const name = tail && !item.text.endsWith(tail) ? item.text + tail : item.text;
    return index.exact.get(foldTerm(name)) ?? asWrittenEntry(name, lastEntry);
  });
}

/**
 * 厦门、福州机场旅客吞吐量; 食品、药品抽检合格率: short items before a long last one share what the last one
 * has past an item's length.
 */
function alignedTail(items: readonly Item[]): string {
  const last = items[items.length - 1]!.text;
  const heads = items.slice(0, -1).map((i) => i.text.length);
  const length = Math.max(...heads);
  return heads.every((h) => h === length) && last.length > length + 1 ? last.slice(length) : '';
}

function valuesAfter(ctx: AttachContext, from: number): Quantity[] {
  const found: Quantity[] = [];
  let at = from;
  for (const q of quantitiesIn(ctx.amounts, from, from + 120)) {
    const gap = ctx.text.slice(at, q.start);
    if (found.length === 0 ? gap.length > MAX_VERB || /[，,。；;]/.test(gap) : !VALUE_GAP.test(gap)) break;
    if (ctx.used.has(q.start)) break;
    found.push(q);
    at = q.end;
    while (at < ctx.text.length && /[以上左右下内多余]/.test(ctx.text[at]!)) at++;
  }
  return found;
}
