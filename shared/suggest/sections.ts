import type { SuggestMeta } from './suggestion.ts';

/** review: what was done; plan: the planned year; outlook: a multi-year plan (十五五, 今后五年), dated by its end. */
export type SectionKind = 'review' | 'plan' | 'outlook';

/** From `start` on (until the next mark) the report reviews the past or plans ahead. */
export interface SectionMark {
  start: number;
  kind: SectionKind;
  /** The words that gave it away, for the suggestion's reason. */
  cue: string;
  /** For an outlook: the last year of its period (十五五 → 2030), when the heading says. */
  until?: number;
}

/** Cues a multi-year plan shares with a yearly one. */
const OUTLOOK_WORDS = /目标|总体|展望|[一两三五]年(?!工作)|重点(?:做好|抓好)|思路|任务/;

/** Five-year plans by their Chinese ordinal: 十四五 ends in 2025, 十五五 in 2030. */
const FIVE_YEAR_PLANS: Record<string, number> = { 十三五: 2020, 十四五: 2025, 十五五: 2030, 十六五: 2035 };
/** A heading of a multi-year part: “十五五”时期总体要求和目标任务, 今后五年的主要目标, 到2030年…. */
const OUTLOOK = /(十[三四五六]五)”?(?:时期|期间|规划)|今后五年|未来五年|到\s*(20\d\d)\s*年/;

function outlookOf(heading: string, meta: Pick<SuggestMeta, 'yearsPlanned'>): { cue: string; until?: number } | null {
  const m = OUTLOOK.exec(heading);
  if (!m) return null;
  if (m[1]) return { cue: m[0], until: FIVE_YEAR_PLANS[m[1]] };
  if (m[2]) return { cue: m[0], until: Number(m[2]) };
  const first = meta.yearsPlanned.length ? Math.min(...meta.yearsPlanned) : undefined;
  return { cue: m[0], ...(first ? { until: first + 4 } : {}) };
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
    // Only a heading opens an outlook; a sentence that mentions 十五五 stays in its section.
    const outlook = isHeading || NUMBERED_HEADING.test(bare) ? outlookOf(bare.length <= 60 ? bare : '', meta) : null;
    const found = outlook && !/回顾|成[绩就效]/.test(bare) ? { kind: 'outlook' as const, ...outlook } : firstMarker(examined, review, plan);
    // Inside an outlook, words any plan uses (未来五年, 主要目标, 重点任务) go on about it; a year (2026年…, 今年是…)
    // or a look back ends it.
    const inOutlook = marks[marks.length - 1]?.kind === 'outlook';
    const generic = found !== null && found.kind !== 'outlook' && OUTLOOK_WORDS.test(found.cue);
    if (found && !(inOutlook && generic) && (marks[marks.length - 1]?.kind !== found.kind || found.kind === 'outlook')) {
      marks.push({ start: lineStart, ...found });
    }
    lineStart += line.length + 1;
  }
  return marks;
}

/** The mark in force at `offset`: the last one starting at or before it, by binary search (marks are in text order). */
export function sectionAt(marks: readonly SectionMark[], offset: number): SectionMark | null {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? marks[lo - 1]! : null;
}

function sectionPatterns(meta: Pick<SuggestMeta, 'yearsReviewed' | 'yearsPlanned'>): { review: RegExp; plan: RegExp } {
  const years = (ys: number[]): string => (ys.length ? `|(?:${ys.join('|')})\\s*年\\s*(?:是|，|,|工作|重点工作|主要任务|以来|——|—)` : '');
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
