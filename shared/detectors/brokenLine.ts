import type { DraftFinding } from './types.ts';
import { contentLines, type Line } from './lines.ts';
import {
  endsOpen, endsSentence, hasHeadingMarker, isAsciiWord, isBodyLike, isContinuationPunct, isTitleLike,
} from './textShape.ts';

/**
 * A sentence or word split by a line break or blank line: the line stops without closing punctuation and
 * the next line carries on. Titles are the main trap: a short line without punctuation followed by a
 * paragraph is a heading, so a break is only proposed when the first line reads as running text.
 */

export interface Join {
  confidence: number;
  why: string;
}

/** Whether content line `a` runs on into content line `b` (only whitespace between them). */
export function continuesInto(a: string, b: string): Join | undefined {
  if (a.length === 0 || b.length === 0 || endsSentence(a)) return undefined;
  if (hasHeadingMarker(b)) return undefined;
  if (isContinuationPunct(b[0])) return { confidence: 0.9, why: 'the next line starts with closing punctuation' };
  // A short unpunctuated next line is a caption or title; the caption detector judges those.
  if (isTitleLike(b)) return undefined;
  if (endsOpen(a)) return { confidence: 0.9, why: `the line ends with '${a[a.length - 1] ?? ''}'` };
  // Paragraphs may open with a number ("（三）深化农村改革。…"); running text is judged as such.
  if (isBodyLike(a)) return { confidence: 0.85, why: 'running text stops without closing punctuation' };
  if (hasHeadingMarker(a)) return undefined;
  if (/[，,]/.test(a) && a.length >= 12 && isBodyLike(b) && !isParallelTitle(a)) {
    return { confidence: 0.7, why: 'a clause stops without closing punctuation' };
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
  return isAsciiWord(before) && isAsciiWord(after) ? ' ' : '';
}

export function detectBrokenLines(text: string): DraftFinding[] {
  const lines = contentLines(text);
  const findings: DraftFinding[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const a = lines[i - 1] as Line;
    const b = lines[i] as Line;
    const join = continuesInto(a.content, b.content);
    if (!join) continue;
    findings.push({
      type: 'broken_line',
      start: a.contentEnd,
      end: b.contentStart,
      replacement: joiner(a.content[a.content.length - 1], b.content[0]),
      confidence: join.confidence,
      reason: `line ${a.index + 1} ('…${a.content.slice(-6)}') continues on line ${b.index + 1} ('${b.content.slice(0, 6)}…'): ${join.why}`,
    });
  }
  return findings;
}
