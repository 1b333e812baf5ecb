import type { DraftFinding } from './types.ts';
import { findingReason } from './reasonCodes.ts';
import { isAsciiWord, isBodyLike, isCjk } from './textShape.ts';

/**
 * A stray space inside running Chinese text ("“退二进三” 工作", "“1+ N”"), judged against the document
 * itself: the same characters are written without the space elsewhere in the text. Reports that set
 * phrases apart with spaces as a habit write them that way throughout, so nothing is found there; a space
 * between two Latin words or numbers is a word gap, never a typo.
 */

/** Characters taken on each side of the space to recognise the same spot written without it. */
const SIDE = 2;
/** More spaces inside running text than this per 10,000 characters are the document's habit, not slips. */
const MAX_PER_10K_CHARS = 5;
/** A short text may still hold a slip or two. */
const MIN_ALLOWED = 3;

interface Candidate { start: number; length: number; joined: string }

export function detectStraySpaces(text: string): DraftFinding[] {
  const candidates = spacesInRunningText(text);
  if (candidates.length === 0 || candidates.length > Math.max(MIN_ALLOWED, (text.length / 10_000) * MAX_PER_10K_CHARS)) return [];
  const seen = occurringKeys(text, new Set(candidates.map((c) => c.joined)));
  return candidates.filter((c) => seen.has(c.joined)).map((c) => ({
    type: 'typo',
    start: c.start,
    end: c.start + c.length,
    replacement: '',
    confidence: 0.45,
    reason: `stray space: '${c.joined}' is written without it elsewhere in the text`,
    reasonCode: findingReason('typo', 'straySpace', { joined: c.joined }),
  }));
}

/** Which of the keys (all SIDE * 2 characters long) occur in the text, in one pass. */
function occurringKeys(text: string, keys: ReadonlySet<string>): Set<string> {
  const firsts = new Set([...keys].map((k) => k.charCodeAt(0)));
  const found = new Set<string>();
  for (let i = 0; i + SIDE * 2 <= text.length; i += 1) {
    if (!firsts.has(text.charCodeAt(i))) continue;
    const key = text.slice(i, i + SIDE * 2);
    if (keys.has(key)) found.add(key);
  }
  return found;
}

function spacesInRunningText(text: string): Candidate[] {
  const out: Candidate[] = [];
  const bodyLine = new Map<number, boolean>();
  // One scan of the whole text; the line around a match is looked at only when the match qualifies.
  for (const m of text.matchAll(/([^\s]{2})( +)([^\s]{2})/g)) {
    const left = m[1] as string;
    const right = m[3] as string;
    const before = left[left.length - 1];
    const after = right[0];
    if (isAsciiWord(before) && isAsciiWord(after)) continue;
    // "造林 2.1 万亩": a space between a number and Chinese text is a typesetting habit, not a slip.
    if ((/[0-9]/.test(before ?? '') && isCjk(after)) || (isCjk(before) && /[0-9]/.test(after ?? ''))) continue;
    if (!/[^\x00-\x7f]/.test(left + right)) continue;
    const at = m.index ?? 0;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let body = bodyLine.get(lineStart);
    if (body === undefined) {
      const lineEnd = text.indexOf('\n', at);
      body = isBodyLike(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim());
      bodyLine.set(lineStart, body);
    }
    if (!body) continue;
    out.push({ start: at + left.length, length: (m[2] as string).length, joined: left.slice(-SIDE) + right.slice(0, SIDE) });
  }
  return out;
}
