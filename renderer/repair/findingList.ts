import type { FindingView } from '../../shared/api/views.ts';
import { CORRECTION_KINDS, type CorrectionKind } from '../../shared/corrections/correction.ts';

export interface FindingGroup {
  type: CorrectionKind;
  findings: FindingView[];
}

/**
 * Findings grouped by type (in the fixed order of CORRECTION_KINDS, so groups do not jump around as counts
 * change), each group in text order. The flattened groups are the order j/k step through.
 */
export function groupFindings(findings: readonly FindingView[]): FindingGroup[] {
  const byType = new Map<CorrectionKind, FindingView[]>();
  for (const f of findings) {
    const list = byType.get(f.type) ?? [];
    list.push(f);
    byType.set(f.type, list);
  }
  return CORRECTION_KINDS
    .filter((type) => byType.has(type))
    .map((type) => ({ type, findings: byType.get(type)!.sort((a, b) => a.correctedStart - b.correctedStart || a.correctedEnd - b.correctedEnd) }));
}

export function flattenGroups(groups: readonly FindingGroup[]): FindingView[] {
  return groups.flatMap((g) => g.findings);
}

/** The finding `step` places from `currentId` (clamped), or the first one when none is current. */
export function neighbourFinding(order: readonly FindingView[], currentId: string | null, step: 1 | -1): FindingView | null {
  if (order.length === 0) return null;
  const at = currentId === null ? -1 : order.findIndex((f) => f.id === currentId);
  if (at === -1) return order[step === 1 ? 0 : order.length - 1]!;
  return order[Math.min(order.length - 1, Math.max(0, at + step))]!;
}

/**
 * After the list is re-read (an accept moved everything), the finding to keep current: the same one if it
 * survived, else the one now at the old place in the order, so the reviewer continues where they were.
 */
export function keepCurrent(previousOrder: readonly FindingView[], nextOrder: readonly FindingView[], currentId: string | null): string | null {
  if (nextOrder.length === 0) return null;
  if (currentId !== null && nextOrder.some((f) => f.id === currentId)) return currentId;
  const at = currentId === null ? 0 : Math.max(0, previousOrder.findIndex((f) => f.id === currentId));
  return nextOrder[Math.min(at, nextOrder.length - 1)]!.id;
}
