/**
 * Character classes and line shapes shared by the detectors: what ends a sentence, what marks a heading or
 * list item, what reads as body text. Generic to Chinese report typography, not to any one report.
 */

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** isCjk of one UTF-16 unit, for scanners that read codes (NaN, past either end of a text, is not). */
export function isCjkCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

export function isAsciiWord(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

/** Punctuation that can close a sentence or clause-final unit (a line may legitimately end with it). */
const TERMINAL = new Set('。！？；：…!?;:．');
/** Closing quotes/brackets: they end a sentence only if what they close does. */
const CLOSERS = new Set('”’」』）)】》〕');
/** Punctuation after which a sentence obviously goes on. */
const OPEN_END = new Set('，、,（(“‘《【〔「『');
/** Sentence-internal terminals that show a line is running text, not a title. */
const SENTENCE_MARK = /[。！？；!?;]/;
const ANY_PUNCT = /[。，、；：！？,;:!?．…]/;

/** True when the line ends where a sentence may end (。！？；：… possibly followed by closing quotes). */
export function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.has(line[i] as string)) i -= 1;
  if (i < 0) return false;
  const ch = line[i] as string;
  if (TERMINAL.has(ch)) return true;
  // "——" closes kicker lines such as "展望未来——"; treat it as a deliberate end.
  return ch === '—' || ch === '－';
}

/** True when the line ends with punctuation after which the sentence must continue (，、 or an opening bracket). */
export function endsOpen(line: string): boolean {
  const last = line[line.length - 1];
  return last !== undefined && OPEN_END.has(last);
}

function hasAnyPunctuation(line: string): boolean {
  return ANY_PUNCT.test(line);
}

const HEADING_MARKERS: readonly RegExp[] = [
  /^第[一二三四五六七八九十百零〇两\d]+[章节部分篇条款编]/,
  /^[一二三四五六七八九十百]+[、．.]/,
  /^[（(][一二三四五六七八九十百\d]+[）)]/,
  /^\d{1,2}[、．.)）](?!\d)/,
  /^[①-⑳⑴-⒇❶-❿]/,
  /^[-•●○■□◆◇▪▶►·*+]\s*/,
  /^#{1,6}(?=\s|[^#])/,
  /^>/,
  /^——/,
  /^[【〔][^】〕]{1,20}[】〕]/,
];

/** Starts with a heading number (一、（一）1.), a list bullet (- ● •), a markdown marker or a dash lead-in. */
export function hasHeadingMarker(line: string): boolean {
  return HEADING_MARKER.test(line);
}

/** The markers as one anchored alternation: one match attempt per line instead of ten (same lines match). */
const HEADING_MARKER = new RegExp(`^(?:${HEADING_MARKERS.map((re) => re.source.replace(/^\^/, '')).join('|')})`);

/** Running text: contains a sentence mark inside, or is too long to be a title. */
export function isBodyLike(line: string): boolean {
  return SENTENCE_MARK.test(line) || line.length >= 60;
}

/** A short line with no sentence punctuation: a title, kicker, caption or credit. */
export function isTitleLike(line: string, maxLength = 30): boolean {
  return line.length <= maxLength && !hasAnyPunctuation(line.replace(/[、]/g, ''));
}

/** Whether a character starts text that plainly continues what precedes it (closing punctuation). */
export function isContinuationPunct(ch: string | undefined): boolean {
  return ch !== undefined && /[，。、；：！？）》”’」』】,.;:!?)]/.test(ch);
}

const OPENER_OF: Record<string, string> = { '”': '“', '’': '‘', '」': '「', '』': '『', '）': '（', ')': '(', '】': '【', '》': '《', '〕': '〔' };
const OPENERS = new Set(Object.values(OPENER_OF));
const BRACKETS = /[“‘「『（(【《〔”’」』）)】》〕]/;

/** True when the line opens a quotation or bracket it does not close: the sentence goes on past the line. */
export function hasUnclosedBracket(line: string): boolean {
  if (!BRACKETS.test(line)) return false;
  const depth = new Map<string, number>();
  for (const ch of line) {
    if (OPENERS.has(ch)) depth.set(ch, (depth.get(ch) ?? 0) + 1);
    else {
      const opener = OPENER_OF[ch];
      if (opener !== undefined && (depth.get(opener) ?? 0) > 0) depth.set(opener, (depth.get(opener) ?? 0) - 1);
    }
  }
  return [...depth.values()].some((n) => n > 0);
}
