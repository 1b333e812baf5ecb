import type { SuggestMeta } from './suggestion.ts';

export type SectionKind = 'review' | 'plan';

/** From `start` on (until the next mark) the report reviews the past or plans ahead. */
export interface SectionMark {
  start: number;
  kind: SectionKind;
  /** The words that gave it away, for the suggestion's reason. */
  cue: string;
}

const HEADING_MARKUP = /^[\s#*>\-●•·]+|[\s*#]+$/g;
const NUMBERED_HEADING = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;
/** How much of a body paragraph's opening may switch the section (过去一年，… / 今年经济社会发展主要目标是…). */
const OPENING_CHARS = 24;

/**
 * Where a report turns from review to plan, read from its own structure: headings (一、2023年工作回顾,
 * 回首 2022 年——, 展望 2023 年——, 主要预期目标, 总体要求) and paragraph openings (过去一年, 一年来, 今年…).
 */
export function detectSections(text: string, meta: Pick<SuggestMeta, 'yearsReviewed' | 'yearsPlanned'>): SectionMark[] {
  const { review, plan } = sectionPatterns(meta);
  const marks: SectionMark[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const bare = line.replace(HEADING_MARKUP, '');
    const isHeading = bare.length > 0 && bare.length <= 40 && !/[，,。；;！？]/.test(bare);
    const examined = isHeading || (NUMBERED_HEADING.test(bare) && bare.length <= 60) ? bare : bare.slice(0, OPENING_CHARS);
    const found = firstMarker(examined, review, plan);
    if (found && marks[marks.length - 1]?.kind !== found.kind) marks.push({ start: lineStart, ...found });
    lineStart += line.length + 1;
  }
  return marks;
}

export function sectionAt(marks: readonly SectionMark[], offset: number): SectionMark | null {
  let current: SectionMark | null = null;
  for (const m of marks) {
    if (m.start > offset) break;
    current = m;
  }
  return current;
}

function sectionPatterns(meta: Pick<SuggestMeta, 'yearsReviewed' | 'yearsPlanned'>): { review: RegExp; plan: RegExp } {
  const years = (ys: number[]): string => (ys.length ? `|(?:${ys.join('|')})\\s*年\\s*(?:是|，|,|工作|以来|——|—)` : '');
  // 今年以来 looks back (mid-year reviews), so it is a review cue despite 今年.
  const review = new RegExp(
    `回顾|回首|过去(?:的)?[一两三五]年|[一五]年来|刚刚过去|去年|今年以来|取得的成[绩效]|主要成[绩效]${years(meta.yearsReviewed)}`,
  );
  const plan = new RegExp(
    `展望|安排|(?:主要|预期|奋斗)目标|目标任务|总体(?:要求|思路)|工作(?:任务|打算|思路)|今年|明年|新的一年|(?:今后|未来)[一两三五]年|重点(?:做好|抓好)${years(meta.yearsPlanned)}`,
  );
  return { review, plan };
}

/** The earlier of the two kinds of marker in `text` (今年以来 wins over 今年 at the same place). */
function firstMarker(text: string, review: RegExp, plan: RegExp): { kind: SectionKind; cue: string } | null {
  const r = review.exec(text);
  const p = plan.exec(text);
  if (r && (!p || r.index <= p.index)) return { kind: 'review', cue: r[0] };
  if (p) return { kind: 'plan', cue: p[0] };
  return null;
}
