import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../shared/corrections/correction.ts';
import { editsInterfere } from '../../../shared/corrections/correction.ts';
import { activeCorrections, buildCorrectedView, planCorrectedEdit, planRawCorrection, planRevert } from '../../../shared/corrections/correctionSet.ts';
import { WorkbenchError } from '../../../shared/errors/workbenchError.ts';
import { correctedUtf16, rawUtf16 } from '../../../shared/text/offsets.ts';

let counter = 0;
function commit(all: Correction[], plan: ReturnType<typeof planCorrectedEdit>): Correction[] {
  const c: Correction = {
    id: `c${++counter}`, docId: 'd', ...plan, kind: 'edit', reason: '', author: 't', at: '', state: 'active',
    supersedes: plan.supersedes,
  };
  return [...all.map((x) => (plan.supersedes.includes(x.id) ? { ...x, state: 'superseded' as const, supersededBy: c.id } : x)), c];
}

function revert(all: Correction[], id: string): Correction[] {
  const { target, restored } = planRevert(all, id);
  const back = new Set(restored.map((r) => r.id));
  return all.map((x) => (x.id === target.id ? { ...x, state: 'reverted' as const } : back.has(x.id) ? { ...x, state: 'active' as const } : x));
}

const editScript = fc.record({
  raw: fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '1', '\n'), minLength: 1, maxLength: 40 }),
  steps: fc.array(fc.record({ a: fc.nat(), len: fc.nat({ max: 5 }), insert: fc.string({ unit: fc.constantFrom('X', 'Y', ''), maxLength: 4 }) }), { minLength: 1, maxLength: 10 }),
});

describe('corrections made in the corrected text', () => {
  it('record exactly the reviewer\'s edit, in raw coordinates, without overlaps', () => {
    fc.assert(fc.property(editScript, ({ raw, steps }) => {
      let all: Correction[] = [];
      for (const { a, len, insert } of steps) {
        const before = buildCorrectedView(raw, all).text;
        const from = before.length === 0 ? 0 : a % (before.length + 1);
        const to = Math.min(before.length, from + len);
        const expected = before.slice(0, from) + insert + before.slice(to);
        let plan;
        try {
          plan = planCorrectedEdit(raw, all, { from: correctedUtf16(from), to: correctedUtf16(to), insert });
        } catch (e) {
          // Only a no-op edit may be refused.
          expect(e).toBeInstanceOf(WorkbenchError);
          expect(expected).toBe(before);
          continue;
        }
        expect(plan.before).toBe(raw.slice(plan.start, plan.end));
        const next = commit(all, plan);
        expect(buildCorrectedView(raw, next).text).toBe(expected);
        const active = activeCorrections(next);
        for (let i = 0; i < active.length; i++) for (let j = i + 1; j < active.length; j++) expect(editsInterfere(active[i]!, active[j]!)).toBe(false);
        // Reverting the newest correction brings back exactly the text before it.
        expect(buildCorrectedView(raw, revert(next, next.at(-1)!.id)).text).toBe(before);
        all = next;
      }
    }), { numRuns: 400 });
  });

  it('refuses to revert a correction merged into a later one, naming it', () => {
    const raw = '攻克克难再出发';
    let all: Correction[] = [];
    all = commit(all, planCorrectedEdit(raw, all, { from: correctedUtf16(1), to: correctedUtf16(2), insert: '坚' }));
    all = commit(all, planCorrectedEdit(raw, all, { from: correctedUtf16(1), to: correctedUtf16(3), insert: '坚克' }));
    expect(buildCorrectedView(raw, all).text).toBe('攻坚克难再出发');
    expect(() => planRevert(all, all[0]!.id)).toThrow(/merged into later correction c\d+/);
    all = revert(all, all[1]!.id);
    expect(buildCorrectedView(raw, all).text).toBe('攻坚克难再出发'.replace('坚克', '坚克'));
    expect(activeCorrections(all).map((c) => c.id)).toEqual([all[0]!.id]);
  });
});

describe('corrections given in raw coordinates', () => {
  it('refuse to overlap an active correction', () => {
    const raw = '地区生产总值 172.9 亿元';
    const first = planRawCorrection(raw, [], { start: rawUtf16(6), end: rawUtf16(7), after: '' });
    const all = commit([], first);
    expect(() => planRawCorrection(raw, all, { start: rawUtf16(5), end: rawUtf16(8), after: 'x' })).toThrow(/overlaps active correction/);
    expect(planRawCorrection(raw, all, { start: rawUtf16(7), end: rawUtf16(12), after: '172.90' }).before).toBe('172.9');
  });

  it('refuse edits that change nothing or cut a surrogate pair', () => {
    expect(() => planRawCorrection('abc', [], { start: rawUtf16(1), end: rawUtf16(1), after: '' })).toThrow(/changes nothing/);
    expect(() => planRawCorrection('abc', [], { start: rawUtf16(0), end: rawUtf16(1), after: 'a' })).toThrow(/changes nothing/);
    expect(() => planRawCorrection('a𠀀b', [], { start: rawUtf16(2), end: rawUtf16(3), after: '' })).toThrow(/BMP/);
  });
});
