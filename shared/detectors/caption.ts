import type { DraftFinding } from './types.ts';
import { findingReason, type ReasonVariant } from './reasonCodes.ts';
import { isolatedTokens, DEFAULT_ISOLATED_TOKEN_MAX } from './isolatedToken.ts';
import { blankLinesBetween, contentLines, lineRemovalSpan, usualSpacing, type Line } from './lines.ts';
import { furnitureKind } from './boilerplate.ts';
import { joiner } from './brokenLine.ts';
import { endsSentence, hasHeadingMarker, isBodyLike, isTitleLike } from './textShape.ts';

/**
 * Image captions and photo credits left in the running text: short unpunctuated lines. Titles look the
 * same, so a caption needs positive evidence: it interrupts a sentence (the text before stops mid-sentence),
 * it names a photographer, it sits in a tight block of such lines set apart from the paragraph spacing, or
 * it trails after the last paragraph. A photo line that describes the scene in a sentence and ends with the
 * credit ("…作政府工作报告。本报记者 某某 摄", the 摄 sometimes lost) is one too, punctuation or not.
 */

const CAPTION_MAX = 30;
const PHOTO_CREDIT = /摄$|摄[)）]$|^[(（]?图[为:：]|供图|摄影|资料图|航拍|[(（]图[)）]/;
/**
 * A line ending with a photographer's credit: "…摄" / "（…摄）", or a newspaper's or agency's reporter and
 * a name ("…日报记者 某某"). Bylines under a headline look the same and are not report text either.
 */
const CREDIT_LINE = /^[（(]?(图片来源|图源|图片)\s*[:：].{1,30}$|摄\s*[)）]?$|(报|社|台|网|刊|中心)\s*(记者|通讯员|摄影记者)\s*[\u4e00-\u9fff·]{2,4}([ 、/][\u4e00-\u9fff·]{2,4})*$/;
/** Photo lines are a sentence or two; longer lines are paragraphs that happen to end with a credit. */
const CREDIT_LINE_MAX = 80;

export function isPhotoCreditLine(line: string): boolean {
  return line.length <= CREDIT_LINE_MAX && CREDIT_LINE.test(line) && (line.match(/[。！？]/g) ?? []).length <= 2;
}

/** Signature blocks (issuing body, date) legitimately close a report. */
const SIGNATURE = /(政府|委员会|人大常委会|办公室|办公厅|[局厅委部院处]|\d{4}\s*年.*[月日])$/;

/** A line that could be a caption: short, no sentence punctuation, no heading number, not page furniture. */
export function isCaptionCandidate(line: string): boolean {
  return line.length >= 2 && isTitleLike(line, CAPTION_MAX) && !hasHeadingMarker(line)
    && !endsSentence(line) && furnitureKind(line) === undefined && !looksTabular(line);
}

/** Table rows (three or more numbers, or columns set apart by runs of spaces or tabs) are not captions. */
function looksTabular(line: string): boolean {
  return /\t|\S {2,}\S|\S\u3000{2,}\S/.test(line) || (line.match(/\d+(?:\.\d+)?/g) ?? []).length >= 3;
}

interface Run { first: number; last: number }

/** Consecutive caption candidates with no more than the usual paragraph spacing between them. */
function candidateRuns(lines: readonly Line[], isCandidate: readonly boolean[], spacing: number): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!isCandidate[i]) continue;
    const prev = runs[runs.length - 1];
    if (prev && prev.last === i - 1 && blankLinesBetween(lines[i - 1] as Line, lines[i] as Line) <= spacing) prev.last = i;
    else runs.push({ first: i, last: i });
  }
  return runs;
}

export interface CaptionOptions {
  /** Words up to this long, set apart inside a sentence, are the broken_line detector's (inline markup). */
  isolatedTokenMax?: number;
}

export function detectCaptions(text: string, options: CaptionOptions = {}): DraftFinding[] {
  const lines = contentLines(text);
  const spacing = usualSpacing(lines);
  const tokens = isolatedTokens(lines, spacing, options.isolatedTokenMax ?? DEFAULT_ISOLATED_TOKEN_MAX);
  const isCandidate = lines.map((l, i) => isCaptionCandidate(l.content) && !tokens.has(i));
  const findings: DraftFinding[] = photoCreditLines(lines, isCandidate);

  for (const run of candidateRuns(lines, isCandidate, spacing)) {
    const before = lines[run.first - 1];
    const after = lines[run.last + 1];
    const interrupts = before !== undefined && after !== undefined && isBodyLike(before.content)
      && !endsSentence(before.content) && !hasHeadingMarker(after.content) && !isTitleLike(after.content);
    const trailing = after === undefined && (before === undefined || endsSentence(before.content));
    const tight = (i: number): boolean => spacing >= 1 && (
      (i > run.first && blankLinesBetween(lines[i - 1] as Line, lines[i] as Line) === 0)
      || (i < run.last && blankLinesBetween(lines[i] as Line, lines[i + 1] as Line) === 0));
    const runHasTightPair = Array.from({ length: run.last - run.first + 1 }, (_, k) => run.first + k).some(tight);

    for (let i = run.first; i <= run.last; i += 1) {
      const line = lines[i] as Line;
      let confidence = 0;
      let why = '';
      let code: ReasonVariant<'caption'> = 'interrupts';
      if (interrupts) {
        // A picture usually brings extra space with it; without that, an interrupting title is as likely.
        const gap = blankLinesBetween(before as Line, lines[run.first] as Line) > spacing
          || blankLinesBetween(lines[run.last] as Line, after as Line) > spacing;
        confidence = gap ? 0.85 : 0.6;
        why = `interrupts the sentence that stops at line ${(before as Line).index + 1}`;
        code = 'interrupts';
      } else if (PHOTO_CREDIT.test(line.content)) {
        confidence = 0.8;
        why = 'reads as a photo credit';
        code = 'photoCredit';
      } else if (tight(i)) {
        confidence = 0.65;
        why = 'short unpunctuated line set tight against another, unlike the paragraph spacing';
        code = 'tight';
      } else if (trailing && !SIGNATURE.test(line.content)) {
        confidence = 0.6;
        why = 'short unpunctuated line after the last paragraph';
        code = 'trailing';
      } else if (runHasTightPair && i < run.last) {
        confidence = 0.55;
        why = 'short unpunctuated line in a block of captions';
        code = 'block';
      }
      if (confidence === 0) continue;
      const single = run.first === run.last;
      const span = interrupts && single
        ? { start: (before as Line).contentEnd, end: (after as Line).contentStart }
        : lineRemovalSpan(lines, i);
      findings.push({
        type: 'caption',
        start: span.start,
        end: span.end,
        replacement: interrupts && single
          ? joiner((before as Line).content.slice(-1), (after as Line).content[0])
          : '',
        confidence,
        reason: `line ${line.index + 1} looks like an image caption: ${why}`,
        reasonCode: findingReason('caption', code, { line: line.index + 1 }),
      });
    }
  }
  return findings;
}

/** Photo lines with a credit that are not short title-like lines (those are judged with their neighbours). */
function photoCreditLines(lines: readonly Line[], isCandidate: readonly boolean[]): DraftFinding[] {
  const findings: DraftFinding[] = [];
  lines.forEach((line, i) => {
    if (isCandidate[i] || hasHeadingMarker(line.content) || !isPhotoCreditLine(line.content)) return;
    const span = lineRemovalSpan(lines, i);
    findings.push({
      type: 'caption',
      start: span.start,
      end: span.end,
      replacement: '',
      confidence: 0.85,
      reason: `line ${line.index + 1} is a photo line ending with the photographer's credit`,
      reasonCode: findingReason('caption', 'photoLine', { line: line.index + 1 }),
    });
  });
  return findings;
}
