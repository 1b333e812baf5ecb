import { reason, type Reason } from '../explain/reason.ts';
import type { Quantity } from '../numbers/index.ts';
import type { RecordKind } from '../records/indicatorRecord.ts';
import { sectionAt } from './sections.ts';
import type { SectionMark } from './sections.ts';
import type { SuggestMeta } from './suggestion.ts';
import { quantitiesIn } from './quantitiesIn.ts';
import { sentenceAround } from './textSpans.ts';

export interface StatementTime {
  kind: RecordKind;
  year: number | null;
  /** What decided it, for the reason line. */
  basis: string;
  /** The same, structured for translation. */
  basisReason: Reason;
  /** False when nothing in the text decided it and a default was used. */
  certain: boolean;
}

/**
 * Words that make a statement a goal or an outcome. Strong ones override the section they sit in (a review
 * that says 今年的预期目标是…); weak ones (控制在, 确保, 同比) are verbs both sections use — 城镇登记失业率
 * 控制在 3.9% in a review is an outcome — so they decide only where the report's structure is not known.
 */
const STRONG_TARGET = /(?:预期|主要|奋斗)目标|目标(?:是|为)|今年(?!以来)|明年|新的一年|下一步/g;
const WEAK_TARGET = /确保|力争|计划|控制在|争取/g;
const STRONG_ACTUAL = /去年|过去一年|一年来|上一年/g;
const WEAK_ACTUAL = /同比|比上年|较上年|比去年|较去年|累计|创历史/g;
/** Before a year, these make it a base of comparison (比2020年翻一番), not the statement's year. */
const YEAR_AS_BASE_BEFORE = /[比较与自从]\s*$/;
const YEAR_AS_BASE_AFTER = /^\s*年?\s*(?:以来|前|同期)/;

/**
 * Whether a value is an outcome or a goal, and for which year: a year written in the statement
 * (2023 年再改造…) first, then cue words nearest the value, then the section the report is in.
 * Actual values belong to the reviewed year, targets to the planned one.
 */
export function statementTime(
  text: string, statementStart: number, valueEnd: number, years: readonly Quantity[],
  sections: readonly SectionMark[], meta: Pick<SuggestMeta, 'yearsReviewed' | 'yearsPlanned'>,
): StatementTime {
  const words = text.slice(statementStart, valueEnd);
  const strong = lastCue(words, STRONG_TARGET, STRONG_ACTUAL);
  const cue = strong ?? lastCue(words, WEAK_TARGET, WEAK_ACTUAL);

  const written = writtenYear(text, statementStart, valueEnd, years) ?? scopingYear(text, valueEnd, years);
  const reviewed = Math.max(...meta.yearsReviewed);
  const planned = meta.yearsPlanned.length ? Math.max(...meta.yearsPlanned) : Number.isFinite(reviewed) ? reviewed + 1 : null;
  const lastReviewed = Number.isFinite(reviewed) ? reviewed : null;

  if (written !== null) {
    const kind: RecordKind = cue?.kind ?? (meta.yearsReviewed.includes(written) || (lastReviewed !== null && written <= lastReviewed) ? 'actual' : 'target');
    return { kind, year: written, basis: `year ${written} written in the statement`, basisReason: reason('suggestion.time.writtenYear', { year: written, kind }), certain: true };
  }
  const section = sectionAt(sections, statementStart);
  if (section?.kind === 'outlook') {
    // A goal of a multi-year plan belongs to the year the plan ends, never to the planned year.
    return {
      kind: 'target', year: section.until ?? null, basis: `multi-year plan ("${section.cue}")`,
      basisReason: reason('suggestion.time.outlookSection', { cue: section.cue, year: section.until ?? '?' }), certain: section.until !== undefined,
    };
  }
  if (section && !strong) {
    const kind: RecordKind = section.kind === 'review' ? 'actual' : 'target';
    return {
      kind, year: kind === 'actual' ? lastReviewed : planned, basis: `${section.kind} section ("${section.cue}")`,
      basisReason: reason(`suggestion.time.${section.kind}Section`, { cue: section.cue }), certain: true,
    };
  }
  if (cue) {
    return {
      kind: cue.kind, year: cue.kind === 'actual' ? lastReviewed : planned, basis: `"${cue.word}" in the statement`,
      basisReason: reason(`suggestion.time.${cue.kind}Word`, { word: cue.word }), certain: true,
    };
  }
  // No structure to go on: a report with no reviewed year plans, otherwise it most often reports outcomes first.
  const kind: RecordKind = lastReviewed === null && planned !== null ? 'target' : 'actual';
  return {
    kind, year: kind === 'actual' ? lastReviewed : planned, basis: 'no section or cue found',
    basisReason: reason(`suggestion.time.${kind}Default`), certain: false,
  };
}

/** 到2027年，… / 截至2022年底，…: a year that opens a sentence dates every clause of it. */
const SCOPING_BEFORE = /(?:到|至|截至|截止)\s*$/;

function scopingYear(text: string, valueEnd: number, years: readonly Quantity[]): number | null {
  const sentenceStart = sentenceAround(text, valueEnd - 1).start;
  const y = quantitiesIn(years, sentenceStart, valueEnd).find((q) => SCOPING_BEFORE.test(text.slice(Math.max(0, q.start - 3), q.start)));
  return y ? Number(y.value) : null;
}

/** The later of the last target cue and the last actual cue in `text`. */
function lastCue(text: string, target: RegExp, actual: RegExp): { kind: RecordKind; word: string } | null {
  const t = lastIndex(text, target);
  const a = lastIndex(text, actual);
  if (t && (!a || t.index > a.index)) return { kind: 'target', word: t.word };
  return a ? { kind: 'actual', word: a.word } : null;
}

function lastIndex(text: string, pattern: RegExp): { index: number; word: string } | null {
  let last: { index: number; word: string } | null = null;
  for (const m of text.matchAll(pattern)) last = { index: m.index, word: m[0] };
  return last;
}

/** The nearest calendar year written before the value in the statement, unless it is a base of comparison. */
function writtenYear(text: string, from: number, to: number, years: readonly Quantity[]): number | null {
  let found: number | null = null;
  for (const y of quantitiesIn(years, from, to)) {
    if (YEAR_AS_BASE_BEFORE.test(text.slice(Math.max(0, y.start - 2), y.start))) continue;
    if (YEAR_AS_BASE_AFTER.test(text.slice(y.end, y.end + 4))) continue;
    found = Number(y.value);
  }
  return found;
}
