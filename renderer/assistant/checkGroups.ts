import { CONSISTENCY_FINDING_TYPES, type ConsistencyFinding, type ConsistencyFindingType, type Severity } from '../../shared/checks/index.ts';

export interface FindingGroup {
  type: ConsistencyFindingType;
  /** The worst severity in the group. */
  severity: Severity;
  findings: ConsistencyFinding[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}

/**
 * Findings grouped by type, worst group first (then in the checks' own order), worst findings first within a
 * group; types with no finding are left out.
 */
export function groupFindings(findings: readonly ConsistencyFinding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const type of CONSISTENCY_FINDING_TYPES) {
    const ofType = findings.filter((f) => f.type === type);
    if (ofType.length === 0) continue;
    const sorted = [...ofType].sort((a, b) => compareSeverity(a.severity, b.severity) || a.message.localeCompare(b.message));
    groups.push({ type, severity: sorted[0]!.severity, findings: sorted });
  }
  const order = (type: ConsistencyFindingType) => CONSISTENCY_FINDING_TYPES.indexOf(type);
  return groups.sort((a, b) => compareSeverity(a.severity, b.severity) || order(a.type) - order(b.type));
}

/** Open findings over the whole project (every page), for the tab badge. */
export function openFindingCount(counts: { bySeverity: Record<Severity, number> } | null): number {
  return counts ? counts.bySeverity.error + counts.bySeverity.warning + counts.bySeverity.info : 0;
}
