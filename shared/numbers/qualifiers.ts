/**
 * Qualifiers that stand around a quantity and change what it claims: 5%左右, 6 万亩以上, 突破 170 亿元,
 * 约 10000 亩, 1.1万余座.
 *
 * Division of labour with `findQuantities`: a quantity's own span includes only the approx mark written
 * inside it (余/多, exposed as `Quantity.approx`). Every other qualifier is outside the span and is found
 * here, by looking a few characters either side. 达到 is deliberately not a qualifier: it states
 * attainment, not imprecision (the gold data leave it blank).
 */

/** Written right after the quantity (spaces allowed): 4% 以内, 5%左右. */
export const QUALIFIERS_AFTER = ['左右', '上下', '以上', '以下', '以内', '之内', '余', '多'] as const;

/** Written before the quantity, possibly with a verb between: 突破 170 亿元, 预计分别达到 33400 元. */
export const QUALIFIERS_BEFORE = ['突破', '超过', '不低于', '不少于', '不超过', '预计', '力争', '接近'] as const;

/** One-character words that qualify only when directly before the number: 约 10000 亩, 近八成, 超 100 亿. */
export const QUALIFIERS_ADJACENT = ['近', '约', '超', '逾'] as const;

/** How far before the quantity a multi-character qualifier may stand, in UTF-16 units. */
export const BEFORE_WINDOW = 8;

// A qualifier never reaches across these: each clause carries its own.
const CLAUSE_BREAKS = new Set([...'，,。；;！!？?、：:\n\r（()）【】“”']);

export interface QualifierMatch {
  word: string;
  start: number;
  end: number;
  /** 'inside' is an approx mark within [start, end) (1.1万余座). */
  side: 'before' | 'inside' | 'after';
}

/**
 * Every qualifier of the quantity at [start, end) in `text`: after-words first, then an approx mark
 * inside the span, then before-words nearest first.
 */
export function findQualifiers(text: string, start: number, end: number): QualifierMatch[] {
  const found: QualifierMatch[] = [];

  let after = end;
  while (text[after] === ' ' || text[after] === '\u3000') after++;
  const afterWord = QUALIFIERS_AFTER.find((w) => text.startsWith(w, after));
  if (afterWord) found.push({ word: afterWord, start: after, end: after + afterWord.length, side: 'after' });

  // Only the first 余/多 after the number's digits can be an approx mark; units never contain them.
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '余' || ch === '多') {
      found.push({ word: ch, start: i, end: i + 1, side: 'inside' });
      break;
    }
  }

  let before = start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\u3000')) before--;
  const adjacent = QUALIFIERS_ADJACENT.find((w) => text.startsWith(w, before - w.length));
  const longer = QUALIFIERS_BEFORE.find((w) => text.startsWith(w, before - w.length));
  if (longer) found.push({ word: longer, start: before - longer.length, end: before, side: 'before' });
  else if (adjacent) found.push({ word: adjacent, start: before - adjacent.length, end: before, side: 'before' });

  // Further back, within the clause: 预计分别达到 33400 元.
  const windowStart = Math.max(0, start - BEFORE_WINDOW);
  for (let i = before - 1; i >= windowStart && !CLAUSE_BREAKS.has(text[i] ?? ''); i--) {
    for (const w of QUALIFIERS_BEFORE) {
      const s = i + 1 - w.length;
      if (s < windowStart || !text.startsWith(w, s)) continue;
      if (found.some((f) => f.side === 'before' && f.start === s)) continue;
      found.push({ word: w, start: s, end: s + w.length, side: 'before' });
    }
  }
  return found;
}

/**
 * The one qualifier that binds tightest: an after-word (左右/以上…), else an inside approx mark
 * (余/多), else the nearest before-word (突破/超过/近/约/预计/力争…). Null when there is none.
 */
export function findQualifier(text: string, start: number, end: number): string | null {
  return findQualifiers(text, start, end)[0]?.word ?? null;
}
