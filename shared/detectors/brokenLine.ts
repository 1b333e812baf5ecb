import type { DraftFinding } from './types.ts';
import { findingReason, type ReasonVariant } from './reasonCodes.ts';
import { contentLines, usualSpacing, type Line } from './lines.ts';
import { isolatedTokens, DEFAULT_ISOLATED_TOKEN_MAX } from './isolatedToken.ts';
import {
  endsOpen, endsSentence, hasHeadingMarker, hasUnclosedBracket, isAsciiWord, isBodyLike, isContinuationPunct,
  isTitleLike,
} from './textShape.ts';

/**
 * A sentence or word split by a line break or blank line: the line stops without closing punctuation and
 * the next line carries on. Titles are the main trap: a short line without punctuation followed by a
 * paragraph is a heading, so a break is only proposed when the first line reads as running text, and a
 * line that starts with a heading number is never joined to what follows unless it is visibly cut off (an
 * open quotation mark or bracket). A word set on a line of its own by inline markup (`PM` / `2.5` /
 * `年平均浓度…`, a bold phrase) gets both of its breaks proposed.
 */

export interface Join {
  confidence: number;
  why: string;
  /** Variant of the reason code: `finding.broken_line.<code>`. */
  code: ReasonVariant<'broken_line'>;
}

/** A salutation or lead-in ("各位代表：") ends its own line. */
const LEAD_IN = /^.{1,12}[:：]$/;
/** A report's dateline ("——2026年1月26日在…第十四届" / "人民代表大会第五次会议上") cut in two. */
const DATELINE_START = /^——.*[0-9〇○零一二三四五六七八九十]{2,4}年.*在/;

/** Whether content line `a` runs on into content line `b` (only whitespace between them). */
export function continuesInto(a: string, b: string): Join | undefined {
  if (a.length === 0 || b.length === 0 || endsSentence(a)) return undefined;
  if (hasHeadingMarker(b) || LEAD_IN.test(b)) return undefined;
  if (DATELINE_START.test(a) && !/上$/.test(a) && /会议上$/.test(b) && isTitleLike(b)) {
    return { confidence: 0.8, why: 'the dateline under the title goes on in the next line', code: 'dateline' };
  }
  const cutOff = hasUnclosedBracket(a);
  // A heading ("一、2023年工作回顾", "（三）…") is never run into its paragraph, unless it is visibly cut off.
  if (hasHeadingMarker(a) && !isBodyLike(a) && !cutOff) return undefined;
  if (isContinuationPunct(b[0])) return { confidence: 0.9, why: 'the next line starts with closing punctuation', code: 'closingPunctuation' };
  // A short unpunctuated next line is a caption or title; the caption detector judges those.
  if (isTitleLike(b)) return undefined;
  if (endsOpen(a)) return { confidence: 0.9, why: `the line ends with '${a[a.length - 1] ?? ''}'`, code: 'openEnd' };
  if (cutOff) return { confidence: 0.85, why: 'a quotation or bracket opened on the line is closed on the next', code: 'unclosedBracket' };
  // Paragraphs may open with a number ("（三）深化农村改革。…"); running text is judged as such.
  if (isBodyLike(a)) return { confidence: 0.85, why: 'running text stops without closing punctuation', code: 'runningText' };
  if (/[，,]/.test(a) && a.length >= 12 && isBodyLike(b) && !isParallelTitle(a)) {
    return { confidence: 0.7, why: 'a clause stops without closing punctuation', code: 'clause' };
  }
  return undefined;
}

/**
 * Two-part titles ("聚焦民生需求，办好惠民实事") are built of short balanced phrases; a clause cut off
 * mid-sentence ("县里将持续改善人居环境,着力推进") usually has parts of unequal length.
 */
function isParallelTitle(line: string): boolean {
  const parts = line.split(/[，,]/).map((p) => p.trim().length).filter((n) => n > 0);
  const longest = Math.max(...parts);
  return parts.length >= 2 && longest <= 12 && Math.min(...parts) / longest >= 0.6;
}

/** What replaces the break: nothing between CJK characters, a space between Latin words or numbers. */
export function joiner(before: string | undefined, after: string | undefined): string {
  // "PM" + "2.5" is one token split by markup, not two words.
  if (/[A-Z]/.test(before ?? '') && /[0-9]/.test(after ?? '')) return '';
  return isAsciiWord(before) && isAsciiWord(after) ? ' ' : '';
}

export interface BrokenLineOptions {
  /** Longest word (in characters) taken for a token set on a line of its own. */
  isolatedTokenMax?: number;
}

function breakFinding(a: Line, b: Line, join: Join): DraftFinding {
  const line = a.index + 1;
  const next = b.index + 1;
  return {
    type: 'broken_line',
    start: a.contentEnd,
    end: b.contentStart,
    replacement: joiner(a.content[a.content.length - 1], b.content[0]),
    confidence: join.confidence,
    reason: `line ${line} ('…${a.content.slice(-6)}') continues on line ${next} ('${b.content.slice(0, 6)}…'): ${join.why}`,
    reasonCode: findingReason('broken_line', join.code, { line, next }),
  };
}

export function detectBrokenLines(text: string, options: BrokenLineOptions = {}): DraftFinding[] {
  const lines = contentLines(text);
  const tokens = isolatedTokens(lines, usualSpacing(lines), options.isolatedTokenMax ?? DEFAULT_ISOLATED_TOKEN_MAX);
  const findings: DraftFinding[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const a = lines[i - 1] as Line;
    const b = lines[i] as Line;
    const join = tokens.has(i) || tokens.has(i - 1)
      ? { confidence: 0.8, why: 'a word set on a line of its own inside the sentence', code: 'isolatedWord' as const }
      : continuesInto(a.content, b.content);
    if (join) findings.push(breakFinding(a, b, join));
  }
  return findings;
}
