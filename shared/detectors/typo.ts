import { findingReason } from './reasonCodes.ts';
import type { DraftFinding } from './types.ts';
import { splitLines } from './lines.ts';

/**
 * Likely typos, judged only against the document itself: a run of Chinese characters (U+3400–4DBF, U+4E00–9FFF; a phrase between
 * punctuation or spaces) that occurs once and differs by one or two adjacent characters from a phrase that
 * occurs elsewhere. Legitimate variants are common ("加快乡村振兴" / "全面乡村振兴"), so one more sign
 * is required: either the odd phrase stutters (a doubled character where the other form has a different
 * one, "真抓抓干" / "真抓实干"), or it stands in the same company as the repeated form (an identical
 * neighbouring phrase of six or more characters) while that form occurs at least twice. Confidence stays
 * at or below 0.5.
 */

const MIN_LEN = 4;
const MAX_LEN = 12;
/** How many occurrences per phrase keep their neighbours (enough to compare contexts). */
const MAX_OCCURRENCES = 8;

interface Occurrence { start: number; prev: string; next: string }
interface Phrase { text: string; count: number; occurrences: Occurrence[] }

function collectPhrases(text: string): Map<string, Phrase> {
  const phrases = new Map<string, Phrase>();
  // The runs of one line at a time, as offsets (no match object or string per run unless it is kept).
  const starts: number[] = [];
  const ends: number[] = [];
  for (const line of splitLines(text)) {
    if (line.content.length === 0) continue;
    cjkRuns(text, line.contentStart, line.contentEnd, starts, ends);
    for (let k = 0; k < starts.length; k += 1) {
      const start = starts[k] as number;
      const end = ends[k] as number;
      if (end - start < MIN_LEN || end - start > MAX_LEN) continue;
      const s = text.slice(start, end);
      let p = phrases.get(s);
      if (!p) {
        p = { text: s, count: 0, occurrences: [] };
        phrases.set(s, p);
      }
      p.count += 1;
      if (p.occurrences.length < MAX_OCCURRENCES) {
        p.occurrences.push({
          start,
          prev: k > 0 ? text.slice(starts[k - 1], ends[k - 1]) : '',
          next: k + 1 < starts.length ? text.slice(starts[k + 1], ends[k + 1]) : '',
        });
      }
    }
  }
  return phrases;
}

/** The runs of Chinese characters in text[from, to), written into starts and ends. */
function cjkRuns(text: string, from: number, to: number, starts: number[], ends: number[]): void {
  starts.length = 0;
  ends.length = 0;
  let runStart = -1;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    const cjk = (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff);
    if (cjk && runStart < 0) runStart = i;
    else if (!cjk && runStart >= 0) {
      starts.push(runStart);
      ends.push(i);
      runStart = -1;
    }
  }
  if (runStart >= 0) {
    starts.push(runStart);
    ends.push(to);
  }
}

/** Keys that blank out one position, or two adjacent positions in longer phrases. */
function maskedKeys(s: string): { key: string; from: number; to: number }[] {
  const keys: { key: string; from: number; to: number }[] = [];
  for (let i = 0; i < s.length; i += 1) keys.push({ key: `${s.slice(0, i)}\u0000${s.slice(i + 1)}`, from: i, to: i + 1 });
  if (s.length >= 6) {
    for (let i = 0; i + 1 < s.length; i += 1) keys.push({ key: `${s.slice(0, i)}\u0000\u0000${s.slice(i + 2)}`, from: i, to: i + 2 });
  }
  return keys;
}

/** A doubled character at the differing position where the other form has a different character. */
function stutters(odd: string, usual: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const ch = odd[from];
  return ch !== usual[from] && (odd[from - 1] === ch || odd[from + 1] === ch);
}

/** Neighbouring phrases at least this long make "the same passage" rather than a common collocation. */
const MIN_SHARED_NEIGHBOUR = 6;

/** Whether the odd phrase stands beside the same long phrase as some occurrence of the usual one. */
function sharesNeighbour(odd: Phrase, usual: Phrase): boolean {
  const o = odd.occurrences[0] as Occurrence;
  const long = (n: string): boolean => n.length >= MIN_SHARED_NEIGHBOUR;
  return usual.occurrences.some((x) => (long(o.prev) && x.prev === o.prev) || (long(o.next) && x.next === o.next));
}

interface Suggestion { usual: Phrase; confidence: number; why: string; code: 'stutter' | 'sameContext' }

function judge(odd: Phrase, usual: Phrase, from: number, to: number): Suggestion | undefined {
  if (stutters(odd.text, usual.text, from, to)) {
    return {
      usual,
      confidence: Math.min(0.5, 0.4 + 0.05 * usual.count),
      why: `'${odd.text[from] ?? ''}' is doubled where '${usual.text}' reads '${usual.text[from] ?? ''}'`,
      code: 'stutter',
    };
  }
  if (usual.count >= 2 && sharesNeighbour(odd, usual)) {
    return {
      usual,
      confidence: Math.min(0.45, 0.3 + 0.05 * usual.count),
      why: `'${usual.text}' occurs ${usual.count} times, once in the same context`,
      code: 'sameContext',
    };
  }
  return undefined;
}

export function detectTypos(text: string): DraftFinding[] {
  const phrases = [...collectPhrases(text).values()];
  const best = new Map<Phrase, Suggestion>();
  const consider = (odd: Phrase, usual: Phrase, from: number, to: number): void => {
    if (usual === odd) return;
    const s = judge(odd, usual, from, to);
    if (s && s.confidence > (best.get(odd)?.confidence ?? 0)) best.set(odd, s);
  };

  // Phrases seen once probe the repeated ones, indexed under every mask.
  const repeated = new Map<string, Phrase[]>();
  for (const p of phrases) {
    if (p.count < 2) continue;
    for (const { key } of maskedKeys(p.text)) {
      const list = repeated.get(key);
      if (!list) repeated.set(key, [p]);
      else if (list.length < 8) list.push(p);
    }
  }
  for (const odd of phrases) {
    if (odd.count !== 1) continue;
    for (const { key, from, to } of maskedKeys(odd.text)) {
      for (const usual of repeated.get(key) ?? []) consider(odd, usual, from, to);
    }
  }

  // Stutters may be set against a form seen only once: the (few) stuttering phrases are indexed at their
  // doubled positions and every phrase probes them.
  const stutterKeys = new Map<string, { odd: Phrase; at: number }[]>();
  for (const odd of phrases) {
    if (odd.count !== 1) continue;
    for (let k = 0; k < odd.text.length; k += 1) {
      if (odd.text[k] !== odd.text[k - 1] && odd.text[k] !== odd.text[k + 1]) continue;
      const key = `${odd.text.slice(0, k)}\u0000${odd.text.slice(k + 1)}`;
      const list = stutterKeys.get(key);
      if (list) list.push({ odd, at: k });
      else stutterKeys.set(key, [{ odd, at: k }]);
    }
  }
  if (stutterKeys.size > 0) {
    for (const usual of phrases) {
      for (let k = 0; k < usual.text.length; k += 1) {
        const hits = stutterKeys.get(`${usual.text.slice(0, k)}\u0000${usual.text.slice(k + 1)}`);
        for (const { odd, at } of hits ?? []) consider(odd, usual, at, at + 1);
      }
    }
  }

  const findings: DraftFinding[] = [];
  for (const [odd, s] of best) {
    const at = (odd.occurrences[0] as Occurrence).start;
    findings.push({
      type: 'typo',
      start: at,
      end: at + odd.text.length,
      replacement: s.usual.text,
      confidence: s.confidence,
      reason: `'${odd.text}' occurs once and may be a typo for '${s.usual.text}': ${s.why}`,
      reasonCode: findingReason('typo', s.code, { odd: odd.text, usual: s.usual.text, count: s.usual.count }),
      related: s.usual.occurrences.map((o) => ({ start: o.start, end: o.start + s.usual.text.length })),
    });
  }
  return findings.sort((a, b) => a.start - b.start);
}
