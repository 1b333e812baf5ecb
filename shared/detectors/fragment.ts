import { findingReason } from './reasonCodes.ts';
import type { DraftFinding, TextRange } from './types.ts';
import { blankLinesBetween, contentLines, usualSpacing, type Line } from './lines.ts';
import { continuesInto, joiner } from './brokenLine.ts';
import { isCaptionCandidate } from './caption.ts';
import { furnitureKind } from './boilerplate.ts';
import { normaliseForComparison } from './duplicate.ts';
import { endsSentence, hasHeadingMarker, isBodyLike, isCjk, isCjkCode, isTitleLike } from './textShape.ts';

/**
 * Paragraphs out of place after layout conversion. Three generic signs, judged on the document's own
 * statistics rather than a dictionary:
 *  - a paragraph that starts mid-word (its first two characters never start a word elsewhere in the text)
 *    whose first character completes a word with the end of a paragraph that stops mid-sentence elsewhere:
 *    the two are joined;
 *  - a paragraph that starts mid-word (its opening characters occur elsewhere only inside a longer word)
 *    right after a caption that interrupts a sentence: a stray piece of another paragraph;
 *  - the members of an announced series ("“2+3”…" followed by "“2”是…", "“3”是…") out of order.
 */

interface Move { start: number; end: number; replacement: string }

/**
 * Moves content line `from` to just after content line `anchor`, with `sep` between them; returns the one
 * contiguous edit that does it, so accepting the finding keeps every character of the text.
 */
export function moveAfter(text: string, lines: readonly Line[], from: number, anchor: number, sep: string): Move {
  const f = lines[from] as Line;
  const a = lines[anchor] as Line;
  const afterF = lines[from + 1];
  if (from < anchor) {
    const next = afterF as Line;
    return {
      start: f.start,
      end: a.contentEnd,
      replacement: text.slice(next.start, a.contentEnd) + sep + f.content,
    };
  }
  const between = text.slice(a.contentEnd, f.start);
  if (afterF) return { start: a.contentEnd, end: afterF.start, replacement: sep + f.content + between };
  return { start: a.contentEnd, end: f.contentEnd, replacement: sep + f.content + between.trimEnd() };
}

interface HeadStats { atBoundary: number; insideWord: number }

/**
 * Counts, in one pass, where the bigrams made of a `firsts` character and a `seconds` character occur:
 * after a non-CJK boundary (a word may start there) or inside a run of CJK characters. Keyed by pairKey;
 * the characters are looked up by code in tables, as this reads every character of the text twice.
 */
function bigramStats(text: string, firsts: ReadonlySet<string>, seconds: ReadonlySet<string>): Map<number, HeadStats> {
  const stats = new Map<number, HeadStats>();
  if (firsts.size === 0 || seconds.size === 0) return stats;
  const isFirst = unitTable(firsts);
  const isSecond = unitTable(seconds);
  for (let i = 0; i + 2 <= text.length; i += 1) {
    const second = text.charCodeAt(i + 1);
    if (isSecond[second] === 0) continue;
    const first = text.charCodeAt(i);
    if (isFirst[first] === 0) continue;
    const key = (first << 16) | second;
    let s = stats.get(key);
    if (!s) {
      s = { atBoundary: 0, insideWord: 0 };
      stats.set(key, s);
    }
    if (isCjkCode(text.charCodeAt(i - 1))) s.insideWord += 1;
    else s.atBoundary += 1;
  }
  return stats;
}

/** A table over UTF-16 units marking the first unit of each given character. */
function unitTable(chars: ReadonlySet<string>): Uint8Array {
  const table = new Uint8Array(65536);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/**
 * The key bigramStats counts a two-unit string under: both units in one signed 32-bit integer, which a Map
 * keeps as a small integer (a key past 2^31, as most Chinese first units make, would be a heap number each).
 */
function pairKey(bigram: string): number {
  return bigram.length < 2 ? NaN : (bigram.charCodeAt(0) << 16) | bigram.charCodeAt(1);
}

/**
 * Where the characters a paragraph opens with occur elsewhere, if they always follow the same CJK
 * character there ("医|疗保障") and never start a word: the offset of the first such occurrence.
 */
function insideWordOnly(text: string, head: string, own: number): number | undefined {
  if (head.length < 2 || ![...head].every(isCjk)) return undefined;
  let first: number | undefined;
  let before: string | undefined;
  for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1)) {
    if (i === own) continue;
    const prev = text[i - 1];
    if (!isCjk(prev) || (before !== undefined && prev !== before)) return undefined;
    before = prev;
    first ??= i;
  }
  return first;
}

/** Occurrences of a bigram anywhere in the text (0 when it was not counted or never occurs). */
function countOf(stats: Map<number, HeadStats>, bigram: string): number {
  const s = stats.get(pairKey(bigram));
  return s ? s.atBoundary + s.insideWord : 0;
}

/** At least this many occurrences elsewhere make a join across a gap an attested word. */
const MIN_JOIN_EVIDENCE = 2;

export function detectFragments(text: string): DraftFinding[] {
  const lines = contentLines(text);
  const flowsOn = lines.map((l, i) => {
    const next = lines[i + 1];
    return next !== undefined && continuesInto(l.content, next.content) !== undefined;
  });
  const startsCjk = (i: number): boolean => {
    const c = (lines[i] as Line).content;
    return isCjk(c[0]) && isCjk(c[1]) && isBodyLike(c) && !hasHeadingMarker(c);
  };

  // Paragraph ends that stop mid-sentence with nothing continuing them (first copy only), and, when
  // captions or page furniture follow, the paragraph after those: the local candidate continuation.
  const seenCuts = new Set<string>();
  const cuts: { line: number; local?: number }[] = [];
  lines.forEach((l, i) => {
    if (!isBodyLike(l.content) || endsSentence(l.content) || hasHeadingMarker(l.content) || flowsOn[i]) return;
    const norm = normaliseForComparison(l.content);
    if (seenCuts.has(norm)) return;
    seenCuts.add(norm);
    let j = i + 1;
    while (j < lines.length && (isCaptionCandidate((lines[j] as Line).content) || furnitureKind((lines[j] as Line).content))) j += 1;
    const after = lines[j]?.content ?? '';
    const local = j > i + 1 && isCjk(after[0]) && !hasHeadingMarker(after);
    cuts.push(local ? { line: i, local: j } : { line: i });
  });
  if (cuts.length === 0) return seriesOutOfOrder(text, lines);

  // Paragraphs that start with two CJK characters where the text before gives no lead-in: not after a
  // finished paragraph at the usual spacing (a paragraph there is most likely just a paragraph).
  const spacing = usualSpacing(lines);
  const orphans: number[] = [];
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    if (!prev || flowsOn[i - 1] || !startsCjk(i)) return;
    const afterFinishedParagraph = isBodyLike(prev.content) && endsSentence(prev.content)
      && blankLinesBetween(prev, l) <= spacing;
    if (!afterFinishedParagraph) orphans.push(i);
  });
  const head = (i: number): string => (lines[i] as Line).content.slice(0, 2);
  const headStats = bigramStats(text,
    new Set(orphans.map((o) => head(o)[0] as string)), new Set(orphans.map((o) => head(o)[1] as string)));
  // A head pair that starts a word elsewhere (beyond this paragraph's own start) is a normal opening.
  const midWord = new Set(orphans.filter((o) => (headStats.get(pairKey(head(o))) as HeadStats).atBoundary <= 1));
  const joinStats = bigramStats(text,
    new Set(cuts.map((c) => (lines[c.line] as Line).content.slice(-1))),
    new Set([...midWord, ...cuts.flatMap((c) => (c.local === undefined ? [] : [c.local]))].map((o) => head(o)[0] as string)));

  const findings: DraftFinding[] = [];
  const usedOrphans = new Set<number>();
  for (const cut of cuts) {
    const c = lines[cut.line] as Line;
    const last = c.content.slice(-1);
    // Word evidence needs a character to pair with; after "，" any paragraph would do.
    if (!isCjk(last)) continue;
    const localScore = cut.local !== undefined ? countOf(joinStats, last + head(cut.local)[0]) : 0;
    // The paragraph right after the caption is taken as the continuation (the split may fall between two
    // words) unless it plainly starts mid-word: its opening pair occurs elsewhere only inside a word.
    const localStray = cut.local !== undefined && localScore === 0 && startsCjk(cut.local)
      && insideWordOnly(text, head(cut.local), (lines[cut.local] as Line).contentStart) !== undefined;
    const localPlausible = cut.local !== undefined && !localStray;
    // The remote paragraph whose first character completes a word with the cut-off end more often than
    // it pairs with its own next character, and more often than the paragraph right after the caption.
    let best: number | undefined;
    let bestScore = Math.max(MIN_JOIN_EVIDENCE - 1, localScore);
    for (const o of localPlausible ? [] : midWord) {
      if (usedOrphans.has(o) || o === cut.local || o === cut.line + 1) continue;
      const hs = headStats.get(pairKey(head(o))) as HeadStats;
      const score = countOf(joinStats, last + head(o)[0]);
      if (score > bestScore && score > hs.atBoundary - 1 + hs.insideWord) {
        best = o;
        bestScore = score;
      }
    }
    if (best !== undefined) {
      usedOrphans.add(best);
      const o = lines[best] as Line;
      const move = moveAfter(text, lines, best, cut.line, joiner(last, o.content[0]));
      findings.push({
        type: 'fragment',
        ...move,
        confidence: 0.7,
        reason: `line ${o.index + 1} starts mid-word ('${head(best)}…') and continues the sentence cut off at line ${c.index + 1} ('…${c.content.slice(-6)}'); join them`,
        reasonCode: findingReason('fragment', 'continuesCut', { line: o.index + 1, cut: c.index + 1 }),
        related: [{ start: o.contentStart, end: o.contentEnd }, { start: c.contentEnd - Math.min(6, c.content.length), end: c.contentEnd }],
      });
    }
    // The paragraph after the caption does not continue the sentence: when it starts mid-word it is a
    // stray piece of some other paragraph.
    if (cut.local === undefined || !localStray || usedOrphans.has(cut.local)) continue;
    // Its opening triple, like its pair, must occur elsewhere only inside one word ("医|疗保障"); that
    // occurrence is shown as the related place.
    const l = lines[cut.local] as Line;
    const inside = insideWordOnly(text, l.content.slice(0, 3), l.contentStart);
    if (inside === undefined) continue;
    const related: TextRange = { start: inside - 1, end: inside + 3 };
    findings.push({
      type: 'fragment',
      start: l.start,
      end: (lines[cut.local + 1] as Line | undefined)?.start ?? l.contentEnd,
      replacement: '',
      confidence: 0.45,
      reason: `line ${l.index + 1} starts mid-word ('${l.content.slice(0, 3)}…' elsewhere only inside '${text.slice(related.start, related.end)}') and does not continue line ${c.index + 1}: likely a stray piece of another paragraph; review before deleting`,
      reasonCode: findingReason('fragment', 'strayPiece', { line: l.index + 1, cut: c.index + 1, word: text.slice(related.start, related.end) }),
      related: [related],
    });
  }
  findings.push(...seriesOutOfOrder(text, lines));
  return findings;
}

const SERIES = /“([^“”\s]{1,8}(?:[+＋][^“”\s]{1,8})+)”/;

/** An announced series “A+B” whose member paragraphs (“A”是…, “B”是…) do not follow in order. */
function seriesOutOfOrder(text: string, lines: readonly Line[]): DraftFinding[] {
  const findings: DraftFinding[] = [];
  lines.forEach((line, f) => {
    const m = SERIES.exec(line.content);
    if (!m || !isTitleLike(line.content, 40)) return;
    const tokens = (m[1] as string).split(/[+＋]/);
    const members = tokens.map((t) => memberLine(lines, t));
    for (let k = 1; k < tokens.length; k += 1) {
      const prev = members[k - 1];
      const cur = members[k];
      if (prev === undefined || cur === undefined || cur > prev || prev < f) continue;
      const anchor = lines[prev] as Line;
      const sep = text.slice(anchor.contentEnd, (lines[prev + 1] as Line | undefined)?.start ?? anchor.contentEnd) || '\n\n';
      const move = moveAfter(text, lines, cur, prev, sep);
      const member = lines[cur] as Line;
      findings.push({
        type: 'fragment',
        ...move,
        confidence: 0.6,
        reason: `line ${member.index + 1} ('${member.content.slice(0, 8)}…') belongs to the series '${m[0]}' announced at line ${line.index + 1}, after line ${anchor.index + 1}; move it there`,
        reasonCode: findingReason('fragment', 'seriesOrder', { line: member.index + 1, series: m[0], announced: line.index + 1, after: anchor.index + 1 }),
        related: [{ start: anchor.contentStart, end: anchor.contentEnd }],
      });
    }
  });
  return findings;
}

/** The only line that opens with “token” followed by 是/即/：, or undefined if none or several. */
function memberLine(lines: readonly Line[], token: string): number | undefined {
  const opener = `“${token}”`;
  let found: number | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const c = (lines[i] as Line).content;
    if (!c.startsWith(opener) || !/^[是即：:，,\s]/.test(c.slice(opener.length))) continue;
    if (found !== undefined) return undefined;
    found = i;
  }
  return found;
}
