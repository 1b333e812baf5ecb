import type { SuggestionView } from '../../shared/api/views.ts';

/**
 * The reviewer's queue of suggested records: what is still open (neither recorded nor rejected, nor being
 * handled right now), in text order, and which one is current as the queue changes under it.
 */
export interface QueuePlace {
  id: string;
  start: number;
  end: number;
}

export function placeOf(s: SuggestionView): QueuePlace {
  return { id: s.id, start: s.evidence.start, end: s.evidence.end };
}

function compareByPlace(a: QueuePlace, b: QueuePlace): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Open suggestions in text order; `handled` are ids the reviewer acted on whose answer has not come back. */
export function pendingSuggestions(list: readonly SuggestionView[], handled: ReadonlySet<string> = new Set()): SuggestionView[] {
  return list
    .filter((s) => !s.dismissed && s.recordedAs === null && !handled.has(s.id))
    .sort((a, b) => compareByPlace(placeOf(a), placeOf(b)));
}

/**
 * The current suggestion in a new queue: the same one if it is still open, else the first one after where it
 * stood (the queue moves on after an accept or a reject), else the last one; null for an empty queue.
 */
export function resolveCurrent(queue: readonly SuggestionView[], place: QueuePlace | null): SuggestionView | null {
  if (queue.length === 0) return null;
  if (!place) return queue[0]!;
  const same = queue.find((s) => s.id === place.id);
  if (same) return same;
  return queue.find((s) => compareByPlace(placeOf(s), place) > 0) ?? queue[queue.length - 1]!;
}

/** One step forward or back from the current suggestion, stopping at either end. */
export function stepFrom(queue: readonly SuggestionView[], currentId: string | null, step: 1 | -1): SuggestionView | null {
  if (queue.length === 0) return null;
  const at = queue.findIndex((s) => s.id === currentId);
  if (at === -1) return queue[0]!;
  return queue[Math.min(queue.length - 1, Math.max(0, at + step))]!;
}

/** "3 / 41": the current suggestion's place in the queue, 1-based. */
export function queuePosition(queue: readonly SuggestionView[], currentId: string | null): { index: number; total: number } {
  const at = queue.findIndex((s) => s.id === currentId);
  return { index: at + 1, total: queue.length };
}
