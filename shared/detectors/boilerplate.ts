import type { DraftFinding, TextRange } from './types.ts';
import { findingReason } from './reasonCodes.ts';
import { contentLines, type Line } from './lines.ts';
import { continuesInto, joiner } from './brokenLine.ts';
import { hasHeadingMarker, isTitleLike } from './textShape.ts';
import {
  furnitureKind, isDanglingLabel, isLabelValue, isRelatedItem, isWidgetPart, type FurniturePattern,
} from './furniture.ts';

export { furnitureKind } from './furniture.ts';

/**
 * Web and print page furniture that is not part of the report (see furniture.ts for what a line of it looks
 * like). Neighbouring furniture lines make one block and one finding: a page's tool bar, 字号 widget and
 * 来源 / 时间 lines are one thing to delete, not eight. A block grows from lines that are furniture on their
 * own through lines that are furniture only in that company (the 大 / 中 / 小 of a widget, the value of a
 * "来源:" label set on the next line, the titles under a 相关链接 heading). A short line printed three or more
 * times is taken for a running page header.
 */

interface Block { first: number; last: number; kinds: FurniturePattern[] }

/** Groups content lines into furniture blocks. */
export function furnitureBlocks(lines: readonly Line[]): Block[] {
  return [...eachFurnitureBlock(lines)];
}

/** The furniture blocks in line order, each given once it is complete: a caller wanting the first stops early. */
export function* eachFurnitureBlock(lines: readonly Line[]): Generator<Block> {
  let open: Block | undefined;
  let inRelatedList = false;
  for (let i = 0; i < lines.length; i += 1) {
    const content = (lines[i] as Line).content;
    const kind = furnitureKind(content);
    const previous = open && open.last === i - 1 ? (lines[i - 1] as Line).content : undefined;
    const attached: boolean = previous !== undefined && (
      isWidgetPart(content)
      || (isDanglingLabel(previous) && isLabelValue(content))
      || (inRelatedList && isRelatedItem(content)));
    if (kind) {
      if (open && open.last === i - 1) {
        open.last = i;
        open.kinds.push(kind);
      } else {
        if (open) yield open;
        open = { first: i, last: i, kinds: [kind] };
      }
      inRelatedList = kind.kind === 'relatedList' || (inRelatedList && attached);
    } else if (attached && open) {
      open.last = i;
    } else {
      if (open) yield open;
      open = undefined;
      inRelatedList = false;
    }
  }
  if (open) yield open;
}

/** The span that removes content lines first..last with the line break after them (or before, at the end). */
export function blockRemovalSpan(lines: readonly Line[], first: number, last: number): TextRange {
  const next = lines[last + 1];
  if (next) return { start: (lines[first] as Line).start, end: next.start };
  const prev = lines[first - 1];
  if (prev) return { start: prev.contentEnd, end: (lines[last] as Line).contentEnd };
  return { start: (lines[first] as Line).contentStart, end: (lines[last] as Line).contentEnd };
}

/** A short title-like line printed this many times is a running page header or footer. */
const RUNNING_HEADER_MIN_REPEATS = 3;
/**
 * Shorter repeated lines are words set apart by inline markup, not page headers. Chosen on the corpus with
 * each report left out in turn (see tests/bench/defects.ts).
 */
export const DEFAULT_RUNNING_HEADER_MIN_CHARS = 4;

export interface BoilerplateOptions {
  runningHeaderMinChars?: number;
}

export function detectBoilerplate(text: string, options: BoilerplateOptions = {}): DraftFinding[] {
  const lines = contentLines(text);
  const findings: DraftFinding[] = [];
  const inBlock = new Set<number>();
  for (const block of furnitureBlocks(lines)) {
    for (let i = block.first; i <= block.last; i += 1) inBlock.add(i);
    findings.push(blockFinding(lines, block));
  }
  for (const [i, first] of runningHeaders(lines, options.runningHeaderMinChars ?? DEFAULT_RUNNING_HEADER_MIN_CHARS)) {
    if (inBlock.has(i)) continue;
    const span = blockRemovalSpan(lines, i, i);
    const line = (lines[i] as Line).index + 1;
    const firstLine = (lines[first] as Line).index + 1;
    findings.push({
      type: 'boilerplate',
      start: span.start,
      end: span.end,
      replacement: '',
      confidence: 0.6,
      reason: `line ${line} repeats the short line at line ${firstLine} ${RUNNING_HEADER_MIN_REPEATS}+ times: a running page header`,
      reasonCode: findingReason('boilerplate', 'runningHeader', { line, first: firstLine }),
    });
  }
  return findings;
}

function blockFinding(lines: readonly Line[], block: Block): DraftFinding {
  // Furniture dropped between the halves of a sentence (a page number at a page break) goes with the
  // break, so the sentence joins up again.
  const before = lines[block.first - 1];
  const after = lines[block.last + 1];
  const bridges = before !== undefined && after !== undefined && continuesInto(before.content, after.content) !== undefined;
  const span = bridges
    ? { start: before.contentEnd, end: after.contentStart }
    : blockRemovalSpan(lines, block.first, block.last);
  const main = block.kinds[0] as FurniturePattern;
  const first = (lines[block.first] as Line).index + 1;
  const last = (lines[block.last] as Line).index + 1;
  const whats = [...new Set(block.kinds.map((k) => k.what))].join(', ');
  const where = first === last ? `line ${first}` : `lines ${first}–${last}`;
  return {
    type: 'boilerplate',
    start: span.start,
    end: span.end,
    replacement: bridges ? joiner(before.content.slice(-1), after.content[0]) : '',
    confidence: Math.max(...block.kinds.map((k) => k.confidence)),
    reason: `page furniture (${whats}) on ${where}, not report text${bridges ? '; the sentence around it is joined' : ''}`,
    reasonCode: findingReason('boilerplate', main.kind, { first, last, lines: last - first + 1 }),
  };
}

/** Later occurrences of short lines printed at least three times, mapped to their first occurrence. */
function runningHeaders(lines: readonly Line[], minChars: number): Map<number, number> {
  const byContent = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (!isTitleLike(line.content) || hasHeadingMarker(line.content)) return;
    const key = line.content.replace(/\s+/g, '');
    if (key.length < minChars) return;
    const list = byContent.get(key);
    if (list) list.push(i);
    else byContent.set(key, [i]);
  });
  const later = new Map<number, number>();
  for (const list of byContent.values()) {
    if (list.length < RUNNING_HEADER_MIN_REPEATS) continue;
    for (const i of list.slice(1)) later.set(i, list[0] as number);
  }
  return later;
}
