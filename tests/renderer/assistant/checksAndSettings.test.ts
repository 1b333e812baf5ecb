import { describe, expect, it } from 'vitest';
import type { ConsistencyFinding } from '../../../shared/checks/index.ts';
import { groupFindings, openFindingCount } from '../../../renderer/assistant/checkGroups.ts';
import { secondReviewerBlocks } from '../../../renderer/settings/secondReviewer.ts';
import { applyTheme, isTheme } from '../../../renderer/settings/theme.ts';

const finding = (id: string, type: ConsistencyFinding['type'], severity: ConsistencyFinding['severity']): ConsistencyFinding =>
  ({ id, type, severity, recordIds: [`r_${id}`], recordCount: 1, message: `m ${id}`, reason: { code: `check.${type}` } });

describe('consistency findings', () => {
  it('groups by type, worst group first, worst finding first', () => {
    const groups = groupFindings([
      finding('1', 'duplicate_statement', 'info'),
      finding('2', 'unit_mismatch', 'warning'),
      finding('3', 'conflict', 'warning'),
      finding('4', 'conflict', 'error'),
    ]);
    expect(groups.map((g) => [g.type, g.severity, g.findings.map((f) => f.id)])).toEqual([
      ['conflict', 'error', ['4', '3']],
      ['unit_mismatch', 'warning', ['2']],
      ['duplicate_statement', 'info', ['1']],
    ]);
    expect(openFindingCount({ bySeverity: { error: 1, warning: 0, info: 2 } })).toBe(3);
    expect(openFindingCount(null)).toBe(0);
  });
});

describe('project settings', () => {
  it('predicts the second-reviewer refusal only when the rule is on and the reviewer is the creator', () => {
    const on = { requireSecondReviewer: true };
    expect(secondReviewerBlocks(on, 'alice', 'alice')).toBe(true);
    expect(secondReviewerBlocks(on, 'bob', 'alice')).toBe(false);
    expect(secondReviewerBlocks(on, 'alice', null)).toBe(true);
    expect(secondReviewerBlocks({ requireSecondReviewer: false }, 'alice', 'alice')).toBe(false);
    expect(secondReviewerBlocks(null, 'alice', 'alice')).toBe(false);
  });

  it('puts an explicit theme on <html> as one class and "system" as none', () => {
    const classes = new Set<string>();
    const root = { classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)) } } as unknown as HTMLElement;
    applyTheme('dark', root);
    expect([...classes]).toEqual(['theme-dark']);
    applyTheme('light', root);
    expect([...classes]).toEqual(['theme-light']);
    applyTheme('system', root);
    expect([...classes]).toEqual([]);
    expect(isTheme('dark')).toBe(true);
    expect(isTheme('sepia')).toBe(false);
  });
});
