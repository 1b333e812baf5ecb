import { errorReason } from '../errors/errorReasons.ts';
import { WorkbenchError, refusal } from '../errors/workbenchError.ts';
import { splitsSurrogatePair } from '../text/codePoints.ts';
import type { CorrectedUtf16, RawUtf16 } from '../text/offsets.ts';
import { compareEdits, editsInterfere, type Correction, type Edit } from './correction.ts';
import { buildPositionMap, type PositionMap } from './positionMap.ts';

/**
 * Pure operations on a document's corrections: which are active, the corrected text, and the planning of
 * new corrections and reverts. Callers persist the results.
 */

export function activeCorrections(all: Iterable<Correction>): Correction[] {
  return [...all].filter((c) => c.state === 'active').sort(compareEdits);
}

export function applyCorrections(raw: string, active: readonly Edit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const c of [...active].sort(compareEdits)) {
    parts.push(raw.slice(at, c.start), c.after);
    at = c.end;
  }
  parts.push(raw.slice(at));
  return parts.join('');
}

export interface CorrectedView {
  text: string;
  map: PositionMap<'utf16'>;
  active: Correction[];
}

export function buildCorrectedView(raw: string, all: Iterable<Correction>): CorrectedView {
  const active = activeCorrections(all);
  return { text: applyCorrections(raw, active), map: buildPositionMap(raw.length, active), active };
}

/** What a new correction will be: its raw range, before and after, and the corrections it absorbs. */
export interface PlannedCorrection {
  start: RawUtf16;
  end: RawUtf16;
  before: string;
  after: string;
  supersedes: string[];
}

/**
 * A correction given directly in raw coordinates (the CLI's `correct --start --end --replace`).
 * It may not interfere with an active correction: what the user meant for the overlap would be a guess.
 */
export function planRawCorrection(
  raw: string,
  all: Iterable<Correction>,
  edit: { start: RawUtf16; end: RawUtf16; after: string },
): PlannedCorrection {
  checkRawRange(raw, edit.start, edit.end);
  if (edit.start === edit.end && edit.after === '') {
    throw refusal('INVALID_INPUT', errorReason('correction.changesNothing'));
  }
  if (raw.slice(edit.start, edit.end) === edit.after) {
    throw refusal('INVALID_INPUT', errorReason('correction.sameText'));
  }
  const clash = activeCorrections(all).find((c) => editsInterfere(c, edit));
  if (clash) {
    throw refusal('CONFLICT', errorReason('correction.overlaps', {
      start: edit.start, end: edit.end, correctionId: clash.id, clashStart: clash.start, clashEnd: clash.end,
    }), { correctionId: clash.id });
  }
  return { start: edit.start, end: edit.end, before: raw.slice(edit.start, edit.end), after: edit.after, supersedes: [] };
}

/**
 * An edit the reviewer made in the CORRECTED text (from the editor's own change set: replace corrected
 * [from, to) by `insert`). Recorded in raw coordinates; where it touches the output of active corrections,
 * the new correction covers them and supersedes them.
 */
export function planCorrectedEdit(
  raw: string,
  all: Iterable<Correction>,
  edit: { from: CorrectedUtf16; to: CorrectedUtf16; insert: string },
): PlannedCorrection {
  const view = buildCorrectedView(raw, all);
  const { text, map } = view;
  if (!Number.isInteger(edit.from) || !Number.isInteger(edit.to) || edit.from < 0 || edit.to > text.length || edit.from > edit.to) {
    throw new WorkbenchError('INVALID_INPUT', `edit range ${edit.from}..${edit.to} is outside the corrected text (length ${text.length})`);
  }
  if (splitsSurrogatePair(text, edit.from) || splitsSurrogatePair(text, edit.to)) {
    throw new WorkbenchError('INVALID_INPUT', 'an edit may not cut a character outside the BMP in half');
  }
  if (edit.from === edit.to && edit.insert === '') {
    throw refusal('INVALID_INPUT', errorReason('correction.editChangesNothing'));
  }
  // Corrections whose output the edit touches (closed intervals: typing at the edge of an earlier
  // correction extends it rather than racing it at the same raw point).
  let rawStart = map.toRaw(edit.from, 'before');
  let rawEnd = map.toRaw(edit.to, 'after');
  let corFrom: number = edit.from;
  let corTo: number = edit.to;
  const touched: Correction[] = [];
  for (const c of view.active) {
    const cs = map.toCorrected(c.start, 'before');
    const ce: number = cs + c.after.length;
    const overlapsOutput = cs <= edit.to && edit.from <= ce;
    const overlapsRaw = editsInterfere(c, { start: rawStart, end: rawEnd });
    if (overlapsOutput || overlapsRaw) {
      touched.push(c);
      rawStart = c.start < rawStart ? c.start : rawStart;
      rawEnd = c.end > rawEnd ? c.end : rawEnd;
      corFrom = Math.min(corFrom, cs);
      corTo = Math.max(corTo, ce);
    }
  }
  const after = text.slice(corFrom, edit.from) + edit.insert + text.slice(edit.to, corTo);
  const before = raw.slice(rawStart, rawEnd);
  if (touched.length === 0 && before === after) {
    throw refusal('INVALID_INPUT', errorReason('correction.editChangesNothing'));
  }
  return { start: rawStart, end: rawEnd, before, after, supersedes: touched.map((c) => c.id) };
}

/** Checks that a correction may be reverted on its own; returns the corrections it brings back. */
export function planRevert(all: Iterable<Correction>, id: string): { target: Correction; restored: Correction[] } {
  const byId = new Map([...all].map((c) => [c.id, c]));
  const target = byId.get(id);
  if (!target) throw refusal('NOT_FOUND', errorReason('correction.notFound', { correctionId: id }));
  if (target.state === 'reverted') throw refusal('CONFLICT', errorReason('correction.alreadyReverted', { correctionId: id }));
  if (target.state === 'superseded') {
    throw refusal('CONFLICT', errorReason('correction.superseded', { correctionId: id, supersededBy: target.supersededBy ?? '?' }), { supersededBy: target.supersededBy });
  }
  const restored = (target.supersedes ?? []).map((sid) => byId.get(sid)).filter((c): c is Correction => !!c);
  return { target, restored };
}

function checkRawRange(raw: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > raw.length || start > end) {
    throw new WorkbenchError('INVALID_INPUT', `range ${start}..${end} is outside the raw text (length ${raw.length})`);
  }
  if (splitsSurrogatePair(raw, start) || splitsSurrogatePair(raw, end)) {
    throw new WorkbenchError('INVALID_INPUT', `range ${start}..${end} would cut a character outside the BMP in half`);
  }
}
