import { CONSISTENCY_FINDING_TYPES, type ConsistencyFinding, type ConsistencyFindingType, type Severity } from './consistencyFinding.ts';

export type ListedFinding = ConsistencyFinding & { dismissed: boolean };

/** One page of the project's findings, with the counts of all of them, so a huge project answers briefly. */
export interface ChecksPage {
  findings: ListedFinding[];
  /** Findings the request matched (open ones, and dismissed ones when asked for), before paging. */
  total: number;
  /** Where this page starts in the ordered list. */
  offset: number;
  /** Open findings by type and by severity, and how many are dismissed: over all of them, not the page. */
  counts: { byType: Partial<Record<ConsistencyFindingType, number>>; bySeverity: Record<Severity, number>; dismissed: number };
}

export const CHECKS_PAGE_DEFAULT = 200;
export const CHECKS_PAGE_MAX = 2000;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings in the order a reviewer reads them, so pages follow one another: open before dismissed; by type, the
 * type with the worst finding first (then in the checks' own order); worst finding first within a type; then as
 * the checks gave them.
 */
export function orderFindings(findings: readonly ListedFinding[]): ListedFinding[] {
  const worst = new Map<ConsistencyFindingType, number>();
  for (const f of findings) {
    if (f.dismissed) continue;
    worst.set(f.type, Math.min(worst.get(f.type) ?? Infinity, SEVERITY_RANK[f.severity]));
  }
  const typeRank = (f: ListedFinding) => (f.dismissed ? 0 : worst.get(f.type) ?? 0) * 100 + CONSISTENCY_FINDING_TYPES.indexOf(f.type);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => Number(a.f.dismissed) - Number(b.f.dismissed) || typeRank(a.f) - typeRank(b.f)
      || SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/** The page of `limit` findings from `offset`, of the findings the request matched, with the counts of all. */
export function checksPage(findings: readonly ListedFinding[], includeDismissed: boolean, offset: number, limit: number): ChecksPage {
  const counts: ChecksPage['counts'] = { byType: {}, bySeverity: { error: 0, warning: 0, info: 0 }, dismissed: 0 };
  for (const f of findings) {
    if (f.dismissed) {
      counts.dismissed++;
      continue;
    }
    counts.byType[f.type] = (counts.byType[f.type] ?? 0) + 1;
    counts.bySeverity[f.severity]++;
  }
  const matched = orderFindings(includeDismissed ? findings : findings.filter((f) => !f.dismissed));
  return { findings: matched.slice(offset, offset + limit), total: matched.length, offset, counts };
}
