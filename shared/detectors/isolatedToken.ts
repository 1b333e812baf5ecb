import { blankLinesBetween, type Line } from './lines.ts';
import {
  endsOpen, endsSentence, hasHeadingMarker, hasUnclosedBracket, isAsciiWord, isBodyLike, isContinuationPunct,
  isTitleLike,
} from './textShape.ts';

/**
 * A word that inline HTML put on a line of its own: a subscript (`PM` / `2.5` / `年平均浓度…`), a bold or
 * linked phrase (`…发展的` / `主要目标` / `是：…`). The line before cannot end there, the word is short and
 * unpunctuated, and the line after carries the sentence on. Captions look alike but are longer and describe
 * a scene; they are the caption detector's.
 */

/** Chosen on the corpus with each report left out in turn (see tests/bench/defects.ts). */
export const DEFAULT_ISOLATED_TOKEN_MAX = 7;

/** Function words after which a phrase cannot end: "…发展的", "…推进和". */
const DANGLING_PARTICLE = /[的和与及或对把被从向并且使让由]$/;

/** Whether a line visibly stops mid-sentence. */
function cannotEnd(line: string, next: string): boolean {
  if (endsSentence(line)) return false;
  return endsOpen(line) || hasUnclosedBracket(line) || DANGLING_PARTICLE.test(line)
    || (isAsciiWord(line[line.length - 1]) && isAsciiWord(next[0]));
}

function isToken(line: string, max: number): boolean {
  return line.length <= max && !/[，。、；：！？,;:!?（）()]/.test(line) && !hasHeadingMarker(line);
}

/** Indices of content lines that are a word set apart inside a sentence. */
export function isolatedTokens(lines: readonly Line[], spacing: number, max: number): Set<number> {
  const found = new Set<number>();
  for (let i = 1; i + 1 < lines.length; i += 1) {
    const a = lines[i - 1] as Line;
    const b = lines[i] as Line;
    const c = lines[i + 1] as Line;
    if (!isToken(b.content, max)) continue;
    // Inline markup does not bring the extra space a picture does.
    if (blankLinesBetween(a, b) > spacing || blankLinesBetween(b, c) > spacing) continue;
    if (hasHeadingMarker(c.content)) continue;
    const nextClosesSentence = isContinuationPunct(c.content[0]);
    // A quotation opened before the word and closed after it: "…“双向" / "揭榜" / "挂帅”…".
    const quoteSpans = hasUnclosedBracket(a.content) && !hasUnclosedBracket(a.content + b.content + c.content);
    const opens = cannotEnd(a.content, b.content)
      || (nextClosesSentence && !endsSentence(a.content) && !hasHeadingMarker(a.content) && !isTitleLike(a.content));
    if (opens && (nextClosesSentence || quoteSpans || isBodyLike(c.content))) found.add(i);
  }
  return found;
}
