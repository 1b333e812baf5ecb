import { DEFAULT_CODEBOOK, termIndex } from '../codebook/index.ts';
import type { Codebook } from '../codebook/index.ts';
import { findQualifiers, findQuantities, isAmount } from '../numbers/index.ts';
import type { Quantity } from '../numbers/index.ts';
import { valueBeforeName, valuesAfterName } from './attachValues.ts';
import type { AttachContext, AttachedValue } from './attachValues.ts';
import { findMentions } from './mentions.ts';
import type { Mention } from './mentions.ts';
import { detectSections } from './sections.ts';
import type { SectionMark } from './sections.ts';
import { stableHash } from '../format/stableHash.ts';
import { reason } from '../explain/reason.ts';
import { statementTime } from './statementTime.ts';
import type { Suggestion, SuggestMeta } from './suggestion.ts';
import { clauseStart, sentenceAround } from './textSpans.ts';
import { writtenValue } from './writtenValue.ts';
import { analysisText, brokenTokens } from './analysisText.ts';
import { respectivelyStatements } from './respectively.ts';
import { openStatements } from './openStatements.ts';

/**
 * 年均增长 6.5%, 五年累计完成 1.2 万亿元: a multi-year average or sum is not the reviewed year's figure, and a
 * record has one year, so such statements are not suggested (the reviewer can still record them by hand).
 */
const SEVERAL_YEARS = /[两三四五]年(?:来)?平均|年均(?:分别)?(?:增长|增速|增幅|提高|提升|下降|降低|递增)|平均每年|五年(?:来|间)?累计|累计.{0,8}(?:五年|十四五)|十四五(?:期间|时期)?(?:累计|年均)/;

function coversSeveralYears(text: string, a: AttachedValue): boolean {
  const sentence = sentenceAround(text, a.q.start);
  return SEVERAL_YEARS.test(text.slice(Math.max(sentence.start, clauseStart(text, a.evidenceStart)), a.q.start))
    || SEVERAL_YEARS.test(text.slice(clauseStart(text, a.q.start), a.q.start));
}

/** Qualifiers of the whole statement rather than of one number: 预计分别达到 A 元、B 元 estimates both. */
const STATEMENT_QUALIFIERS = ['预计', '力争'];

/**
 * Indicator records a reviewer may want from a report: every codebook indicator named in the text with the
 * values its statement gives (level, growth, rate, count, share), whether each is an outcome or a goal and
 * for which year, with the evidence span and a confidence. Pure and deterministic; ordered by position.
 */
export function suggestRecords(
  report: string, meta: SuggestMeta, codebook: Codebook = DEFAULT_CODEBOOK, context: SuggestContext = {},
): Suggestion[] {
  const text = analysisText(report);
  const tokens = brokenTokens(report);
  const quantities = findQuantities(text);
  const ctx: AttachContext = {
    text,
    amounts: quantities.filter((q) => isAmount(q) && (q.value !== null || q.range !== undefined)),
    index: termIndex(codebook),
    used: new Set(),
  };
  const years = quantities.filter((q) => q.isYear);
  const sections = context.sectionBefore ? [context.sectionBefore, ...detectSections(text, meta)] : detectSections(text, meta);
  const mentions = findMentions(text, codebook);

  const attached: AttachedValue[] = respectivelyStatements(ctx);
  for (const m of mentions) {
    const before = valueBeforeName(ctx, m);
    if (before) attached.push(before);
  }
  mentions.forEach((m, i) => {
    let next = i + 1;
    while (mentions[next]?.denominator) next++;
    attached.push(...valuesAfterName(ctx, m, mentions[next]?.start ?? text.length, earlierInSentence(text, mentions, i)));
  });

  attached.push(...openStatements(ctx));
  const drafts = attached.filter((a) => !coversSeveralYears(text, a)).map((a) => toSuggestion(text, meta, a, years, sections))
    .map((d) => {
      const start = tokenAround(tokens, d.start)?.start ?? d.start;
      return { ...d, start, quote: report.slice(start, d.end) };
    });
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  return withStableIds(drafts);
}

type Draft = Omit<Suggestion, 'id'>;

/** The broken token holding `offset`, by binary search: tokens are matches of one pattern, in order and apart. */
function tokenAround(tokens: readonly { start: number; end: number }[], offset: number): { start: number; end: number } | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const t = tokens[lo - 1];
  return t && offset < t.end ? t : undefined;
}

/** When the text is an excerpt: the section of the report it starts in (a plan section makes targets). */
export interface SuggestContext {
  sectionBefore?: SectionMark;
}

/** Names before mention `i` in its sentence that carry values of their own, nearest last. */
function earlierInSentence(text: string, mentions: readonly Mention[], i: number): Mention[] {
  const sentenceStart = sentenceAround(text, mentions[i]!.start).start;
  const earlier: Mention[] = [];
  for (let j = i - 1; j >= 0 && mentions[j]!.start >= sentenceStart; j--) {
    if (!mentions[j]!.blocked) earlier.unshift(mentions[j]!);
  }
  return earlier;
}

function toSuggestion(
  text: string, meta: SuggestMeta, a: AttachedValue, years: readonly Quantity[], sections: readonly SectionMark[],
): Draft {
  const { q } = a;
  const qualifiers = findQualifiers(text, q.start, q.end);
  const after = qualifiers.find((x) => x.side === 'after');
  const start = Math.min(a.evidenceStart, q.start);
  const end = Math.max(after?.end ?? q.end, a.mentionEnd, q.end);
  const time = statementTime(text, statementOpening(text, start), q.end, years, sections, meta);
  const qualifier = qualifiers[0]?.word ?? statementQualifier(text, start, q.start);
  return {
    indicator: a.entry.name,
    region: meta.region,
    year: time.year,
    kind: time.kind,
    measure: a.measure,
    value: writtenValue(q),
    unit: q.unit,
    qualifier,
    valueNormalized: q.valueNormalized,
    baseUnit: q.baseUnit,
    start,
    end,
    quote: text.slice(start, end),
    confidence: confidenceOf(a, time.certain),
    reason: `${a.entry.name} ${a.measure} ${q.text.trim()}${isDecline(text, start, q) ? ' (a decline)' : ''}`
      + ` (${a.how}); ${time.kind} ${time.year ?? '?'} from ${time.basis}`,
    reasons: [
      reason(a.entry.group === '' ? 'suggestion.name.asWritten' : 'suggestion.name.codebook', { indicator: a.entry.name }),
      reason(`suggestion.tie.${HOW_CODE[a.how]}`, { value: q.text.trim() }),
      ...(isDecline(text, start, q) ? [reason('suggestion.value.decline')] : []),
      time.basisReason,
    ],
  };
}

/**
 * Where the words that date a statement may start: the clause of its name and the one before it (今年，…;
 * 2023 年再改造…), not the whole sentence, which in reviews runs on through unrelated clauses.
 */
function statementOpening(text: string, evidenceStart: number): number {
  const sentenceStart = sentenceAround(text, evidenceStart).start;
  const own = clauseStart(text, evidenceStart);
  return own > sentenceStart ? Math.max(sentenceStart, clauseStart(text, own - 1)) : own;
}

/** The last change word before the value says it went down: 下降 3.2% is recorded as written, flagged in the reason. */
const DECREASE = /(?:下降|减少|降低|回落|下滑)[^增提升涨]*$/;

function isDecline(text: string, evidenceStart: number, q: Quantity): boolean {
  return (q.baseUnit === 'percent' || q.baseUnit === 'percentage_points') && DECREASE.test(text.slice(evidenceStart, q.start));
}

/** 预计 / 力争 said once for the statement, from the start of the name's clause to the value. */
function statementQualifier(text: string, evidenceStart: number, valueStart: number): string {
  const words = text.slice(clauseStart(text, evidenceStart), valueStart);
  return STATEMENT_QUALIFIERS.find((w) => words.includes(w)) ?? '';
}

const HOW_CODE: Record<AttachedValue['how'], string> = {
  'same clause': 'sameClause',
  'value before name': 'valueBeforeName',
  'following clause': 'followingClause',
  'elided name': 'elidedName',
  'paired by order': 'pairedByOrder',
  'as written': 'asWritten',
};

const HOW_WEIGHT: Record<AttachedValue['how'], number> = {
  'same clause': 0.2,
  'value before name': 0.15,
  'following clause': 0.1,
  'elided name': 0.05,
  'paired by order': 0.05,
  'as written': -0.1,
};

/** Closeness of value to name, fit with the codebook's expectations, whether the time was read from the text. */
function confidenceOf(a: AttachedValue, timeCertain: boolean): number {
  let c = 0.5 + HOW_WEIGHT[a.how];
  c += isExpectedMeasure(a) ? 0.1 : -0.15;
  if (a.entry.units.includes(a.q.unit)) c += 0.1;
  // Named as written, not by the codebook: likely a real statement, less likely a headline indicator.
  if (a.entry.group === '') c -= 0.2;
  if (!timeCertain) c -= 0.15;
  return Math.round(Math.min(0.99, Math.max(0.05, c)) * 100) / 100;
}

/** A share said as such (占…比重) and a change in percentage points suit any indicator; else ask the codebook. */
function isExpectedMeasure(a: AttachedValue): boolean {
  return a.measure === 'share' || a.q.baseUnit === 'percentage_points' || a.entry.measures.includes(a.measure);
}

/**
 * Ids from what the suggestion says and quotes, not where it sits: the same words in a duplicated paragraph get
 * a running suffix, so both stay distinct and keep their ids when unrelated text changes.
 */
function withStableIds(drafts: readonly Draft[]): Suggestion[] {
  const seen = new Map<string, number>();
  return drafts.map((d) => {
    const key = stableHash([d.indicator, d.measure, d.kind, d.value, d.unit, d.quote].join('\u0000'));
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return { id: `sug-${key}${n > 1 ? `-${n}` : ''}`, ...d };
  });
}
