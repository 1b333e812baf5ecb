import { lineGuess, type LineGuess } from './detailGuess.ts';
import { joinLines, type TextLine } from './documentLines.ts';
import { isPageFurniture } from './pageFurniture.ts';

/**
 * The years a report reviews and plans, from its structure: the review section's heading (一、2023年工作回顾,
 * 回首2022年), the plan section's heading (2024年工作安排, 展望2023年), the dateline (2024年1月…在…人民代表大会…上:
 * a report given early in year N plans N and reviews N-1), and the cues of a review (过去一年, 一年来) or a plan
 * (今年…主要预期目标) that carry no year; 今年（2026年） names the year the report is given in. A sentence such as 2026年是… and a 十四五 / 2030 mention say nothing
 * about which year is reviewed. A report with no review at all reviews no year.
 */
export type Kind = 'planHeading' | 'dateline' | 'titleYear' | 'thisYear' | 'reviewHeading' | 'reviewPhrase' | 'fileName';

interface YearHit {
  /** The planned year this evidence points to (a review's year + 1). */
  year: number;
  kind: Kind;
  line?: TextLine;
}

const YEAR = String.raw`((?:19|20)\d{2})\s*年`;
const YEARS = new RegExp(YEAR, 'g');
const HEADING_MAX = 40;
const REVIEW_WORDS = /工作回顾|回顾|回首|主要成[绩效]|工作总结/;
const PLAN_WORDS = /工作安排|主要任务|重点工作|工作任务|重点任务|展望|主要(?:预期)?目标|预期目标|工作目标|工作思路|总体要求|工作部署/;
// Five-year plans and later goals name periods, not the report's year.
const PERIOD_WORDS = /十[四五六]五|[五三]年规划|规划纲要|远景目标|20[3-9]\d年/;
const RANGE_YEAR = /(?:19|20)\d{2}\s*年?\s*[—\-－–~～至到]\s*(?:19|20)\d{2}\s*年/g;
const REVIEW_PHRASE = new RegExp(String.raw`(?:回首|刚刚过去的|过去的)\s*${YEAR}`, 'g');
const DATELINE = new RegExp(String.raw`${YEAR}\d{1,2}月(?:\d{1,2}日)?[^。]{0,6}?在[^。]{0,40}?人民代表大会`, 'gu');
const CHINESE_DATELINE = /([〇○零一二三四五六七八九]{4})年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?[^。]{0,6}?在[^。]{0,40}?人民代表大会/gu;
const TITLE_YEAR = new RegExp(String.raw`^${YEAR}.{0,16}工作报告`);
/** 今年（2026年）, 今年是2026年: the year the report is given in, which it plans. */
const THIS_YEAR = /今年\s*(?:[（(]\s*((?:19|20)\d{2})\s*年?\s*[)）]|是\s*((?:19|20)\d{2})\s*年)/g;
const REVIEW_CUE = /过去的?一年|一年来|回顾过去一年|工作回顾|刚刚过去的/;
const PLAN_CUE = /今年[^。]{0,20}(?:目标|安排|任务|重点)|展望|工作安排/;

/** Weight of each kind of evidence for the planned year (set by hand; the details bench checks it left-one-out). */
export type YearWeights = Record<Kind, number>;
export const YEAR_WEIGHTS: YearWeights = { planHeading: 3, dateline: 3, thisYear: 3, reviewHeading: 2, titleYear: 2, reviewPhrase: 1, fileName: 0.5 };

/** Evidence that, disagreeing with the chosen year, makes it unsure. */
const STRONG = new Set<Kind>(['planHeading', 'dateline', 'thisYear', 'reviewHeading', 'titleYear']);

export interface YearGuesses {
  yearsReviewed: number[];
  yearsPlanned: number[];
  reviewed: LineGuess;
  planned: LineGuess;
}

export function guessYears(lines: readonly TextLine[], fileName: string, weights: YearWeights = YEAR_WEIGHTS): YearGuesses {
  const hits = yearHits(lines, fileName);
  const votes = new Map<number, number>();
  for (const h of hits) votes.set(h.year, (votes.get(h.year) ?? 0) + weights[h.kind]);
  const hasReview = lines.some((l) => REVIEW_CUE.test(l.text)) || hits.some((h) => h.kind === 'reviewHeading' || h.kind === 'reviewPhrase');
  if (votes.size === 0) {
    return { yearsReviewed: [], yearsPlanned: [], reviewed: lineGuess('unsure', 'details.yearsReviewed.none'), planned: lineGuess('unsure', 'details.yearsPlanned.none') };
  }
  const planned = [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const support = hits.filter((h) => h.year === planned);
  const supportKinds = new Set(support.filter((h) => h.kind !== 'fileName').map((h) => h.kind));
  const conflicts = hits.filter((h) => h.year !== planned && STRONG.has(h.kind));
  const best = support.sort((a, b) => weights[b.kind] - weights[a.kind])[0]!;
  const plannedSure = supportKinds.size >= 2 && conflicts.length === 0;
  const plannedGuess = lineGuess(
    plannedSure ? 'sure' : 'unsure',
    conflicts.length > 0 ? 'details.yearsPlanned.conflict' : `details.yearsPlanned.${best.kind}`,
    { year: planned, sources: supportKinds.size, other: conflicts.map((c) => c.year).join('、') },
    best.line,
  );
  if (!hasReview) {
    const planCue = lines.find((l) => PLAN_CUE.test(l.text));
    return { yearsReviewed: [], yearsPlanned: [planned], planned: plannedGuess, reviewed: lineGuess('unsure', 'details.yearsReviewed.planOnly', {}, planCue) };
  }
  // A review section's year is the year before the plan's; a review heading says so, or a cue shows it exists.
  const reviewed = planned - 1;
  const written = hits.find((h) => h.year === planned && (h.kind === 'reviewHeading' || h.kind === 'reviewPhrase'));
  const cue = lines.find((l) => REVIEW_CUE.test(l.text));
  const reviewedGuess = written
    ? lineGuess(plannedSure ? 'sure' : 'unsure', `details.yearsReviewed.${written.kind}`, { year: reviewed }, written.line)
    : lineGuess(plannedSure ? 'sure' : 'unsure', 'details.yearsReviewed.yearBeforePlan', { year: reviewed }, cue);
  return { yearsReviewed: [reviewed], yearsPlanned: [planned], reviewed: reviewedGuess, planned: plannedGuess };
}

function yearHits(lines: readonly TextLine[], fileName: string): YearHit[] {
  const hits: YearHit[] = [];
  lines.forEach((line, i) => {
    if (!line.text.includes('年') || isPageFurniture(line.text)) return;
    const text = foldDigits(line.text).replace(RANGE_YEAR, '');
    const years = [...text.matchAll(YEARS)].map((m) => Number(m[1]));
    const heading = line.text.length <= HEADING_MAX && !/[。；]/.test(line.text);
    // A review heading's year implies the plan's: the year after.
    if (heading && years.length > 0) {
      if (REVIEW_WORDS.test(text)) hits.push({ year: years[0]! + 1, kind: 'reviewHeading', line });
      else if (PLAN_WORDS.test(text) && !PERIOD_WORDS.test(text)) hits.push({ year: years[0]!, kind: 'planHeading', line });
      else if (i < 40 && TITLE_YEAR.test(text.replace(/\s/g, ''))) hits.push({ year: years[0]!, kind: 'titleYear', line });
    }
    for (const m of text.matchAll(REVIEW_PHRASE)) hits.push({ year: Number(m[1]) + 1, kind: 'reviewPhrase', line });
    for (const m of text.matchAll(THIS_YEAR)) hits.push({ year: Number(m[1] ?? m[2]), kind: 'thisYear', line });
  });
  const joined = joinLines(lines);
  joined.text = foldDigits(joined.text);
  for (const m of joined.text.matchAll(DATELINE)) hits.push({ year: Number(m[1]), kind: 'dateline', line: lines[joined.lineOf[m.index]!] });
  for (const m of joined.text.matchAll(CHINESE_DATELINE)) {
    hits.push({ year: chineseYear(m[1]!), kind: 'dateline', line: lines[joined.lineOf[m.index]!] });
  }
  const fromName = /(?:19|20)\d{2}/.exec(fileName);
  if (fromName) hits.push({ year: Number(fromName[0]), kind: 'fileName' });
  return hits;
}

const DIGITS = '〇一二三四五六七八九';

function chineseYear(digits: string): number {
  return Number([...digits].map((d) => (d === '○' || d === '零' ? '0' : String(DIGITS.indexOf(d)))).join(''));
}

/** Full-width digits (２０２４) as ASCII: one UTF-16 unit each way, so positions do not move. */
function foldDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
