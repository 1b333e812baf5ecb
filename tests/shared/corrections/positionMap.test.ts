import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEdits, editsInterfere, type Edit } from '../../../shared/corrections/correction.ts';
import { applyCorrections } from '../../../shared/corrections/correctionSet.ts';
import { buildPositionMap, type Bias } from '../../../shared/corrections/positionMap.ts';
import { correctedUtf16, rawUtf16 } from '../../../shared/text/offsets.ts';

/** Random raw text with random non-overlapping edits (replacements, deletions, insertions). */
const textWithEdits = fc
  .string({ unit: fc.constantFrom('地', '区', '生', '产', '总', '值', '1', '.', '\n', ' '), minLength: 0, maxLength: 60 })
  .chain((raw) =>
    fc.record({
      raw: fc.constant(raw),
      edits: fc.array(
        fc.record({
          a: fc.nat({ max: raw.length }),
          len: fc.nat({ max: 6 }),
          after: fc.string({ unit: fc.constantFrom('X', 'Y', '改'), maxLength: 5 }),
        }),
        { maxLength: 8 },
      ),
    }),
  )
  .map(({ raw, edits }) => {
    const accepted: Edit[] = [];
    for (const { a, len, after } of edits) {
      const e = { start: rawUtf16(a), end: rawUtf16(Math.min(raw.length, a + len)), after };
      if (e.start === e.end && after === '') continue;
      if (!accepted.some((x) => editsInterfere(x, e))) accepted.push(e);
    }
    return { raw, edits: accepted.sort(compareEdits) };
  });

/** Reference definition, straight from the meaning of bias, in O(n) per position. */
function referenceToCorrected(raw: string, edits: Edit[], p: number, bias: Bias): number {
  let unchangedBefore = 0;
  for (let i = 0; i < p; i++) if (!edits.some((e) => e.start <= i && i < e.end)) unchangedBefore++;
  let inserted = 0;
  for (const e of edits) {
    const wholeBefore = e.end < p || (e.end === p && e.start < p);
    const straddles = e.start <= p && p <= e.end && (e.start === e.end || (e.start < p && p < e.end));
    if (wholeBefore || (straddles && bias === 'after')) inserted += e.after.length;
  }
  return unchangedBefore + inserted;
}

describe('position map', () => {
  it('matches the reference definition for every raw position and bias', () => {
    fc.assert(fc.property(textWithEdits, ({ raw, edits }) => {
      const map = buildPositionMap(raw.length, edits);
      expect(map.correctedLength).toBe(applyCorrections(raw, edits).length);
      for (let p = 0; p <= raw.length; p++) {
        for (const bias of ['before', 'after'] as const) {
          expect(map.toCorrected(rawUtf16(p), bias)).toBe(referenceToCorrected(raw, edits, p, bias));
        }
      }
    }), { numRuns: 300 });
  });

  it('maps untouched text there and back exactly', () => {
    fc.assert(fc.property(textWithEdits, ({ raw, edits }) => {
      const map = buildPositionMap(raw.length, edits);
      const corrected = applyCorrections(raw, edits);
      for (let p = 0; p < raw.length; p++) {
        if (edits.some((e) => e.start <= p && p < e.end)) continue;
        const q = map.toCorrected(rawUtf16(p), edits.some((e) => e.start === p && e.end === p) ? 'after' : 'before');
        expect(corrected[q]).toBe(raw[p]);
        expect(map.toRaw(q, 'after')).toBe(p);
      }
      for (const bias of ['before', 'after'] as const) {
        for (let p = 0; p <= raw.length; p++) {
          const inside = edits.some((e) => e.start < p && p < e.end);
          // Both edges of a deletion collapse onto one corrected position: only one of them can come back.
          const deletionEdge = edits.some((e) => e.after === '' && (e.start === p || e.end === p));
          if (!inside && !deletionEdge) expect(map.toRaw(map.toCorrected(rawUtf16(p), bias), bias)).toBe(p);
        }
      }
    }), { numRuns: 300 });
  });

  it('maps every corrected position to a raw one and is monotonic', () => {
    fc.assert(fc.property(textWithEdits, ({ raw, edits }) => {
      const map = buildPositionMap(raw.length, edits);
      let last = { before: 0, after: 0 };
      for (let q = 0; q <= map.correctedLength; q++) {
        const b = map.toRaw(correctedUtf16(q), 'before');
        const a = map.toRaw(correctedUtf16(q), 'after');
        expect(b).toBeLessThanOrEqual(a);
        expect(b).toBeGreaterThanOrEqual(last.before);
        expect(a).toBeGreaterThanOrEqual(last.after);
        last = { before: b, after: a };
      }
    }), { numRuns: 300 });
  });

  it('keeps spans clear of edits word for word, and grows spans over edits inside them', () => {
    fc.assert(fc.property(textWithEdits, fc.nat(), fc.nat(), ({ raw, edits }, x, y) => {
      if (raw.length === 0) return;
      const s = x % raw.length;
      const e = s + 1 + (y % (raw.length - s));
      const map = buildPositionMap(raw.length, edits);
      const corrected = applyCorrections(raw, edits);
      const span = map.rawSpanToCorrected(rawUtf16(s), rawUtf16(e));
      const touched = edits.filter((ed) => editsInterfere(ed, { start: s, end: e }) && !(ed.start === ed.end && (ed.start === s || ed.start === e)));
      if (touched.length === 0) {
        expect(corrected.slice(span.start, span.end)).toBe(raw.slice(s, e));
      } else {
        // Every edit output inside the span is part of the corrected quote.
        for (const ed of touched) {
          if (ed.start >= s && ed.end <= e && ed.after) expect(corrected.slice(span.start, span.end)).toContain(ed.after);
        }
      }
    }), { numRuns: 500 });
  });

  it('handles a concrete deletion, insertion and replacement', () => {
    const raw = '地区生产总值 172.9 亿元';
    const edits: Edit[] = [
      { start: rawUtf16(6), end: rawUtf16(7), after: '' }, // delete the space before 172.9
      { start: rawUtf16(13), end: rawUtf16(13), after: '（约）' }, // insert before 亿元
      { start: rawUtf16(13), end: rawUtf16(15), after: '亿' }, // replace 亿元 by 亿
    ];
    const map = buildPositionMap(raw.length, edits);
    expect(applyCorrections(raw, edits)).toBe('地区生产总值172.9 （约）亿');
    expect(map.toCorrected(rawUtf16(7))).toBe(6);
    expect(map.toCorrected(rawUtf16(13), 'before')).toBe(12);
    expect(map.toCorrected(rawUtf16(13), 'after')).toBe(15);
    expect(map.rawSpanToCorrected(rawUtf16(0), rawUtf16(6))).toEqual({ start: 0, end: 6 });
    expect(map.rawSpanToCorrected(rawUtf16(7), rawUtf16(12))).toEqual({ start: 6, end: 11 });
    expect(map.rawSpanToCorrected(rawUtf16(7), rawUtf16(13))).toEqual({ start: 6, end: 12 });
    expect(map.toRaw(correctedUtf16(13), 'before')).toBe(13);
    expect(map.toRaw(correctedUtf16(13), 'after')).toBe(13);
    expect(map.toRaw(correctedUtf16(15))).toBe(13);
    expect(map.toRaw(correctedUtf16(16))).toBe(15);
  });
});
