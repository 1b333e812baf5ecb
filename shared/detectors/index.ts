import type { DefectType, DetectOptions, DraftFinding, Finding } from './types.ts';
import { DEFECT_TYPES } from './types.ts';
import { findingHash } from './findingKey.ts';
import { base36 } from '../format/stableHash.ts';
import { packFindings, type PackedFindings } from './packedFindings.ts';
import { sharingLines } from './lines.ts';
import { detectDuplicates } from './duplicate.ts';
import { detectBrokenLines } from './brokenLine.ts';
import { detectCaptions } from './caption.ts';
import { detectFragments } from './fragment.ts';
import { detectMarkup } from './markup.ts';
import { detectBoilerplate } from './boilerplate.ts';
import { detectTypos } from './typo.ts';
import { detectStraySpaces } from './straySpace.ts';

export type { DefectType, DetectOptions, Finding, TextRange } from './types.ts';
export { DEFECT_TYPES } from './types.ts';
export { forEachFinding, unpackFindings, type PackedFindings } from './packedFindings.ts';

const DETECTORS: Record<DefectType, (text: string, options: DetectOptions) => DraftFinding[]> = {
  duplicate: (text, options) => detectDuplicates(text, { protectedRanges: options.protectedRanges ?? [] }),
  broken_line: (text, options) => detectBrokenLines(text, { isolatedTokenMax: options.tuning?.isolatedTokenMax }),
  caption: (text, options) => detectCaptions(text, { isolatedTokenMax: options.tuning?.isolatedTokenMax }),
  fragment: (text) => detectFragments(text),
  markup: (text) => detectMarkup(text),
  boilerplate: (text, options) => detectBoilerplate(text, { runningHeaderMinChars: options.tuning?.runningHeaderMinChars }),
  typo: (text) => [...detectTypos(text), ...detectStraySpaces(text)],
};

/**
 * Scans report text for damage from scraping/OCR and proposes a repair for each finding. Findings are
 * sorted by position; ids are stable for the same finding when the text changes elsewhere.
 */
export function detectDefects(text: string, options: DetectOptions = {}): Finding[] {
  const { drafts, ids } = rankedDrafts(text, options);
  return drafts.map((d, i) => ({ ...d, id: ids[i] as string, text: text.slice(d.start, d.end), confidence: round(d.confidence) }));
}

/** detectDefects' findings packed for a thread boundary (see packedFindings.ts), built without their texts. */
export function detectDefectsPacked(text: string, options: DetectOptions = {}): PackedFindings {
  const { drafts, ids } = rankedDrafts(text, options);
  return packFindings(drafts, (d, i) => ids[i] as string, (d) => round(d.confidence));
}

/** The detectors' drafts in position order, repeats dropped, and the id of each (no copies of the drafts). */
function rankedDrafts(text: string, options: DetectOptions): { drafts: DraftFinding[]; ids: string[] } {
  const types = options.types ?? DEFECT_TYPES;
  const all = withoutBreaksInRemovedLines(sharingLines(text, () => types.flatMap((type) => DETECTORS[type](text, options))));
  const drafts: DraftFinding[] = [];
  let previous: DraftFinding | undefined;
  for (const k of positionOrder(all)) {
    const d = all[k] as DraftFinding;
    if (previous && previous.type === d.type && previous.start === d.start && previous.end === d.end) continue;
    previous = d;
    drafts.push(d);
  }
  const hashes = new Float64Array(drafts.length);
  const typeRanks = new Uint8Array(drafts.length);
  drafts.forEach((d, i) => {
    hashes[i] = findingHash(d.type, text, d.start, d.end);
    typeRanks[i] = TYPE_RANK.get(d.type) as number;
  });
  // Identical text in identical context (e.g. inside a repeated paragraph) gets an ordinal suffix.
  const ordinals = repeatOrdinals(hashes, typeRanks);
  const ids = drafts.map((d, i) => {
    const key = `${d.type}-${base36(hashes[i] as number)}`;
    const n = ordinals[i] as number;
    return n === 1 ? key : `${key}~${n}`;
  });
  return { drafts, ids };
}

/**
 * For each finding, how many findings up to it have its id's key (type and hash): 1 for the first. Counted in
 * an open-addressing table of typed arrays rather than a Map of half a million key strings.
 */
function repeatOrdinals(hashes: Float64Array, typeRanks: Uint8Array): Int32Array {
  const count = hashes.length;
  let size = 1024;
  while (size < 2 * count) size *= 2;
  const mask = size - 1;
  // A slot holds 1 + the index of the first finding with its key, 0 when empty.
  const slots = new Int32Array(size);
  const seen = new Int32Array(count);
  const ordinals = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    const hash = hashes[i] as number;
    let at = (Math.imul((hash % 4294967296) | 0, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const first = (slots[at] as number) - 1;
      if (first < 0) {
        slots[at] = i + 1;
        seen[i] = 1;
        ordinals[i] = 1;
        break;
      }
      if (hashes[first] === hash && typeRanks[first] === typeRanks[i]) {
        seen[first] = (seen[first] as number) + 1;
        ordinals[i] = seen[first] as number;
        break;
      }
      at = (at + 1) & mask;
    }
  }
  return ordinals;
}

/** Type names in code-unit order (the order localeCompare gives these ASCII names). */
const TYPE_RANK = new Map<DefectType, number>([...DEFECT_TYPES].sort().map((t, i) => [t, i]));

/**
 * The drafts' indexes by start, then end, then type name, ties in the detectors' order. Read once into typed
 * arrays: sorting half a million drafts of a dozen object shapes by their fields cost seconds.
 */
function positionOrder(drafts: readonly DraftFinding[]): number[] {
  const starts = new Int32Array(drafts.length);
  const ends = new Int32Array(drafts.length);
  const ranks = new Uint8Array(drafts.length);
  drafts.forEach((d, i) => {
    starts[i] = d.start;
    ends[i] = d.end;
    ranks[i] = TYPE_RANK.get(d.type) as number;
  });
  const order = Array.from({ length: drafts.length }, (_, i) => i);
  return order.sort((a, b) => (starts[a] as number) - (starts[b] as number) || (ends[a] as number) - (ends[b] as number)
    || (ranks[a] as number) - (ranks[b] as number) || a - b);
}

/**
 * A line break inside or at the edge of furniture or a caption goes with the lines removed; proposing to join
 * it as well would offer two conflicting repairs for one place.
 */
function withoutBreaksInRemovedLines(drafts: DraftFinding[]): DraftFinding[] {
  const removed = drafts.filter((d) => (d.type === 'boilerplate' || d.type === 'caption') && d.replacement === '')
    .sort((a, b) => a.start - b.start);
  // Removed spans barely overlap one another, so the furthest end among those starting before a break decides.
  const starts = removed.map((r) => r.start);
  const reach: number[] = [];
  removed.forEach((r, i) => reach.push(Math.max(r.end, reach[i - 1] ?? 0)));
  const insideRemoved = (d: DraftFinding): boolean => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < d.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] as number) > d.start;
  };
  return drafts.filter((d) => d.type !== 'broken_line' || !insideRemoved(d));
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}
