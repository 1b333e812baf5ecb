import { findingReason, type ReasonVariant } from './reasonCodes.ts';
import type { DraftFinding, TextRange } from './types.ts';
import { contentLines, lineRemovalSpan, type Line } from './lines.ts';
import { hasHeadingMarker, isTitleLike } from './textShape.ts';
import { eachFurnitureBlock } from './boilerplate.ts';

/**
 * Paragraphs (and long sentences) printed twice. Paragraphs are compared after normalisation, exactly by
 * hash and nearly by a bottom-k sketch of character trigrams verified with bigram Dice similarity, so the
 * cost stays linear in the text length. The later copy is proposed for deletion, unless it carries records
 * (protectedRanges) and the earlier copy does not.
 */

export interface DuplicateOptions {
  protectedRanges?: readonly TextRange[];
}

/** Shorter paragraphs (after normalisation) are headings or list items that may legitimately repeat. */
const MIN_PARAGRAPH_CHARS = 12;
/** Near-duplicates need more text, or one-character differences between short lines look alike. */
const MIN_NEAR_CHARS = 20;
const MIN_SENTENCE_CHARS = 20;
const NEAR_THRESHOLD = 0.9;
const SKETCH_SIZE = 16;
const MIN_SHARED_SKETCH = 5;
/** Caps the posting lists so a paragraph repeated thousands of times stays cheap. */
const MAX_POSTINGS = 32;

/** Runs of characters that are neither CJK nor (full- or half-width) Latin letters and digits. */
const NOT_COMMON_WORD_CHARS = /[^\u3400-\u9fffA-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g;
/** Whether such a run holds more than spaces and ASCII/CJK/general punctuation (e.g. Greek, ₂, accented letters). */
const HAS_OTHER_SCRIPT = /[^\x00-\x7f\u2000-\u206f\u3000-\u303f\uff00-\uff0f]/;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/**
 * Drops whitespace and punctuation and folds width and case, so layout differences do not hide a repeat.
 * The common characters take a fast path: this runs over every paragraph and sentence of multi-megabyte texts.
 */
export function normaliseForComparison(s: string): string {
  // A text of word characters and plain punctuation only (most lines): every run between words is dropped,
  // with no callback per run.
  const plain = !OTHER_THAN_WORDS_AND_PLAIN_PUNCTUATION.test(s);
  const words = plain ? s.replace(NOT_COMMON_WORD_CHARS, '')
    : s.replace(NOT_COMMON_WORD_CHARS, (run) => (HAS_OTHER_SCRIPT.test(run) ? run.replace(NOT_LETTER_OR_DIGIT, '').normalize('NFKC') : ''));
  const folded = FULL_WIDTH_WORD_CHAR.test(words) ? words.replace(/[\uff10-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : words;
  return folded.toLowerCase();
}

/** Anything but the common word characters and what HAS_OTHER_SCRIPT lets pass: when absent, every run is dropped. */
const OTHER_THAN_WORDS_AND_PLAIN_PUNCTUATION = /[^\u3400-\u9fffA-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\x00-\x7f\u2000-\u206f\u3000-\u303f\uff00-\uff0f]/;
const FULL_WIDTH_WORD_CHAR = /[\uff10-\uff5a]/;

export function detectDuplicates(text: string, options: DuplicateOptions = {}): DraftFinding[] {
  const lines = contentLines(text);
  const protectedRanges = options.protectedRanges ?? [];
  const findings: DraftFinding[] = [];
  // Titles and list items legitimately recur (a task list, then the same tasks as section titles); a
  // short line repeated many times is a running page header, left to the boilerplate detector.
  const blanked = lines.map((l) => isTitleLike(l.content) || (hasHeadingMarker(l.content) && l.content.length < 40));
  const norms = lines.map((l, i) => (blanked[i] ? '' : normaliseForComparison(l.content)));
  // Every line normalised, the blanked ones only when asked (the title's repeats).
  const normOf = (i: number): string => (blanked[i] ? normaliseForComparison((lines[i] as Line).content) : norms[i] as string);
  const { copies: copyOf, firstSeen } = findParagraphCopies(norms);

  for (const [later, { earlier, similarity }] of copyOf) {
    findings.push(paragraphFinding(lines, later, earlier, similarity, protectedRanges));
  }
  findings.push(...joinedCopies(lines, norms, copyOf, firstSeen), ...titleRepeat(lines, normOf));
  findings.push(...sentenceRepeats(text, lines, norms, copyOf, protectedRanges));
  return findings;
}

interface Copy { earlier: number; similarity: number }

/**
 * Maps each later paragraph index to the earliest paragraph it repeats; with it, each distinct normalised
 * paragraph long enough to compare and its first index.
 */
function findParagraphCopies(norms: readonly string[]): { copies: Map<number, Copy>; firstSeen: Map<string, number> } {
  const copies = new Map<number, Copy>();
  const firstSeen = new Map<string, number>();
  const postings = new Map<number, number[]>();
  const shared = sharedCounter(norms.length);

  norms.forEach((norm, i) => {
    if (norm.length < MIN_PARAGRAPH_CHARS) return;
    const first = firstSeen.get(norm);
    if (first !== undefined) {
      copies.set(i, { earlier: first, similarity: 1 });
      return;
    }
    firstSeen.set(norm, i);
    if (norm.length < MIN_NEAR_CHARS) return;
    const sketch = bottomKSketch(norm);
    const near = nearestEarlier(norm, sketch, norms, postings, shared);
    if (near) copies.set(i, near);
    for (const h of sketch) {
      const list = postings.get(h);
      if (!list) postings.set(h, [i]);
      else if (list.length < MAX_POSTINGS) list.push(i);
    }
  });
  return { copies, firstSeen };
}

/**
 * Counts, for one paragraph at a time, how many sketch hashes each earlier paragraph shares with it: a
 * counter per paragraph reused across paragraphs, only the touched ones reset, so no map is built per line.
 */
interface SharedCounter { counts: Int32Array; touched: number[] }

function sharedCounter(paragraphs: number): SharedCounter {
  return { counts: new Int32Array(paragraphs), touched: [] };
}

function nearestEarlier(
  norm: string, sketch: readonly number[], norms: readonly string[], postings: Map<number, number[]>, shared: SharedCounter,
): Copy | undefined {
  const { counts, touched } = shared;
  for (const h of sketch) {
    const list = postings.get(h);
    if (!list) continue;
    for (const j of list) {
      if (counts[j] === 0) touched.push(j);
      counts[j] = (counts[j] as number) + 1;
    }
  }
  const candidates: [number, number][] = [];
  for (const j of touched) {
    const n = counts[j] as number;
    if (n >= MIN_SHARED_SKETCH) candidates.push([j, n]);
    counts[j] = 0;
  }
  touched.length = 0;
  candidates.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (candidates.length > 3) candidates.length = 3;
  // The candidate sharing most of the sketch is checked first; the first one similar enough wins.
  for (const [j] of candidates) {
    const other = norms[j] as string;
    const shorter = Math.min(other.length, norm.length);
    const longer = Math.max(other.length, norm.length);
    if (shorter / longer < NEAR_THRESHOLD) continue;
    const similarity = bigramDice(norm, other);
    if (similarity >= NEAR_THRESHOLD) return { earlier: j, similarity };
  }
  return undefined;
}

/**
 * The k smallest distinct mixed hashes of the string's character trigrams (a MinHash-style sketch), chosen as
 * unsigned and returned as signed 32-bit integers: as Map keys those stay small integers, not heap numbers.
 */
function bottomKSketch(s: string): number[] {
  const best: number[] = [];
  for (let i = 0; i + 3 <= s.length; i += 1) {
    let h = Math.imul(s.charCodeAt(i), 0x9e3779b1);
    h = Math.imul(h ^ s.charCodeAt(i + 1), 0x85ebca77);
    h = Math.imul(h ^ s.charCodeAt(i + 2), 0xc2b2ae3d);
    h = (h ^ (h >>> 15)) >>> 0;
    if (best.length === SKETCH_SIZE && h >= (best[SKETCH_SIZE - 1] as number)) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1] as number) > h) at -= 1;
    if (best[at - 1] === h) continue;
    best.splice(at, 0, h);
    if (best.length > SKETCH_SIZE) best.pop();
  }
  return best.map((h) => h | 0);
}

/** Dice coefficient over character-bigram multisets: 1 for identical strings. */
export function bigramDice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const table = bigramTable(a.length);
  for (let i = 0; i + 2 <= a.length; i += 1) {
    const at = slotOf(table, (a.charCodeAt(i) << 16) | a.charCodeAt(i + 1));
    table.counts[at] = (table.counts[at] as number) + 1;
  }
  let common = 0;
  for (let i = 0; i + 2 <= b.length; i += 1) {
    const at = slotOf(table, (b.charCodeAt(i) << 16) | b.charCodeAt(i + 1));
    if ((table.counts[at] as number) > 0) {
      common += 1;
      table.counts[at] = (table.counts[at] as number) - 1;
    }
  }
  return (2 * common) / (a.length - 1 + b.length - 1);
}

/**
 * Bigram counts by open addressing in typed arrays, reused from call to call (a slot is in use when it
 * carries the current call's stamp, so nothing is cleared): a Map keyed by bigram codes past the small-integer
 * range cost a heap number per key, and this runs for every near-duplicate candidate of a long text.
 */
interface BigramTable { keys: Int32Array; counts: Int32Array; stamps: Int32Array; stamp: number; mask: number }

let reusedTable: BigramTable | undefined;

function bigramTable(bigrams: number): BigramTable {
  let size = 64;
  while (size < 2 * bigrams) size *= 2;
  if (!reusedTable || reusedTable.keys.length < size || reusedTable.stamp === 0x7fffffff) {
    const length = Math.max(size, reusedTable?.keys.length ?? 0);
    reusedTable = { keys: new Int32Array(length), counts: new Int32Array(length), stamps: new Int32Array(length), stamp: 0, mask: length - 1 };
  }
  reusedTable.stamp += 1;
  return reusedTable;
}

/** The slot of `key` in this call's table, claimed (count 0) if the key is new. */
function slotOf(table: BigramTable, key: number): number {
  let at = (Math.imul(key, 0x9e3779b1) >>> 7) & table.mask;
  while (table.stamps[at] === table.stamp) {
    if (table.keys[at] === key) return at;
    at = (at + 1) & table.mask;
  }
  table.stamps[at] = table.stamp;
  table.keys[at] = key;
  table.counts[at] = 0;
  return at;
}

function overlapsAny(range: TextRange, ranges: readonly TextRange[]): boolean {
  return ranges.some((r) => r.start < range.end && range.start < r.end);
}

function paragraphFinding(
  lines: readonly Line[], later: number, earlier: number, similarity: number,
  protectedRanges: readonly TextRange[],
): DraftFinding {
  const laterLine = lines[later] as Line;
  const earlierLine = lines[earlier] as Line;
  const laterContent = { start: laterLine.contentStart, end: laterLine.contentEnd };
  const earlierContent = { start: earlierLine.contentStart, end: earlierLine.contentEnd };
  const keepLater = overlapsAny(laterContent, protectedRanges) && !overlapsAny(earlierContent, protectedRanges);
  const drop = keepLater ? earlier : later;
  const keep = keepLater ? later : earlier;
  const span = lineRemovalSpan(lines, drop);
  const keptLine = lines[keep] as Line;
  const pct = Math.round(similarity * 100);
  const how = similarity === 1 ? 'exactly' : `${pct}% similar`;
  const why = keepLater
    ? `repeated at line ${keptLine.index + 1} (${how}); that copy carries records, so this earlier one is proposed for deletion`
    : `repeats the paragraph at line ${keptLine.index + 1} (${how})`;
  const params = { line: keptLine.index + 1, similarity: pct };
  return {
    type: 'duplicate',
    start: span.start,
    end: span.end,
    replacement: '',
    confidence: similarity === 1 ? (laterContent.end - laterContent.start >= 20 ? 0.95 : 0.85) : 0.6 + (similarity - NEAR_THRESHOLD) * 3,
    reason: why,
    reasonCode: findingReason('duplicate', keepLater ? 'paragraphWithRecordsLater' : 'paragraph', params),
    related: [{ start: keptLine.contentStart, end: keptLine.contentEnd }],
  };
}

interface Sentence { start: number; end: number; norm: string }

/** Sentences ending in 。！？； (terminal included), with offsets into the text. */
function sentencesOf(text: string, line: Line): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？；!?;]+[。！？；!?;]*[”’」』）)]*/g;
  for (const m of line.content.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const start = line.contentStart + (m.index ?? 0) + lead;
    const end = line.contentStart + (m.index ?? 0) + raw.trimEnd().length;
    out.push({ start, end, norm: normaliseForComparison(text.slice(start, end)) });
  }
  return out;
}

/** Long sentences repeated inside other paragraphs (the paragraph itself not being a copy). */
function sentenceRepeats(
  text: string, lines: readonly Line[], norms: readonly string[], copyOf: Map<number, Copy>,
  protectedRanges: readonly TextRange[],
): DraftFinding[] {
  const findings: DraftFinding[] = [];
  const firstSeen = new Map<string, { line: number; start: number; end: number }>();
  lines.forEach((line, i) => {
    if (copyOf.has(i) || (norms[i] as string).length < MIN_SENTENCE_CHARS) return;
    const sentences = sentencesOf(text, line);
    for (const s of sentences) {
      if (s.norm.length < MIN_SENTENCE_CHARS) continue;
      const first = firstSeen.get(s.norm);
      if (!first) {
        firstSeen.set(s.norm, { line: i, start: s.start, end: s.end });
        continue;
      }
      if (overlapsAny(s, protectedRanges) && !overlapsAny(first, protectedRanges)) continue;
      findings.push({
        type: 'duplicate',
        start: s.start,
        end: s.end,
        replacement: '',
        confidence: 0.7,
        reason: `repeats a sentence of line ${(lines[first.line] as Line).index + 1}`,
        reasonCode: findingReason('duplicate', 'sentence', { line: (lines[first.line] as Line).index + 1 }),
        related: [{ start: first.start, end: first.end }],
      });
    }
  });
  return findings;
}

function lineCopyFinding(lines: readonly Line[], drop: number, kept: TextRange, keptLine: number, code: ReasonVariant<'duplicate'>, why: string): DraftFinding {
  const span = lineRemovalSpan(lines, drop);
  return {
    type: 'duplicate',
    start: span.start,
    end: span.end,
    replacement: '',
    confidence: 0.8,
    reason: why,
    reasonCode: findingReason('duplicate', code, { line: keptLine }),
    related: [kept],
  };
}

/**
 * A paragraph that repeats two consecutive earlier lines run together: a page's share summary repeats the
 * opening ("各位代表：现在，我代表…") that the report itself sets on two lines.
 */
function joinedCopies(
  lines: readonly Line[], norms: readonly string[], copyOf: Map<number, Copy>, paragraphs: ReadonlyMap<string, number>,
): DraftFinding[] {
  const pairs = new Map<string, number>();
  const findings: DraftFinding[] = [];
  norms.forEach((norm, i) => {
    const first = pairs.get(norm);
    if (first !== undefined && first + 1 < i && !copyOf.has(i) && norm.length >= MIN_PARAGRAPH_CHARS) {
      const a = lines[first] as Line;
      const b = lines[first + 1] as Line;
      findings.push(lineCopyFinding(lines, i, { start: a.contentStart, end: b.contentEnd }, a.index + 1, 'joinedLines',
        `repeats lines ${a.index + 1}–${b.index + 1} run together`));
    }
    const next = norms[i + 1];
    if (norm.length === 0 || next === undefined || next.length === 0) return;
    // Only a pair that some paragraph reads as (one of `paragraphs`) can ever be found: the rest is not kept.
    const pair = norm + next;
    if (paragraphs.has(pair) && !pairs.has(pair)) pairs.set(pair, i);
  });
  return findings;
}

/**
 * The report's title printed again further down (a page's share title, a print footer). The title is the
 * first line that is not page furniture; a line printed three or more times is a running header instead.
 */
function titleRepeat(lines: readonly Line[], normOf: (i: number) => string): DraftFinding[] {
  // The first line outside furniture: furniture blocks are apart, so it is line 0 or the line after the first block.
  const firstBlock = eachFurnitureBlock(lines).next().value;
  const t = firstBlock?.first === 0 ? firstBlock.last + 1 : 0;
  const title = lines[t];
  if (!title || !isTitleLike(title.content) || hasHeadingMarker(title.content)) return [];
  const key = normaliseForComparison(title.content);
  if (key.length < 6) return [];
  const repeats: number[] = [];
  for (let i = t + 1; i < lines.length; i += 1) {
    const content = (lines[i] as Line).content;
    // Layout may add spaces or punctuation, never many: most lines are told apart by length alone.
    if (Math.abs(content.length - title.content.length) <= 8 && normOf(i) === key) repeats.push(i);
    // Printed more than once again: a running header, not a repeated title (no need to read on).
    if (repeats.length > 1) return [];
  }
  if (repeats.length !== 1) return [];
  const at = repeats[0] as number;
  return [lineCopyFinding(lines, at, { start: title.contentStart, end: title.contentEnd }, title.index + 1, 'title',
    `repeats the title on line ${title.index + 1}`)];
}
