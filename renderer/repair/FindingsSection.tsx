import { useMemo, useState, type KeyboardEvent } from 'react';
import type { FindingView } from '../../shared/api/views.ts';
import type { CorrectionKind } from '../../shared/corrections/correction.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { IS_MAC } from '../keyboard/platform.ts';
import { chordMatches, formatChord, REPAIR_KEYS } from '../keyboard/shortcuts.ts';
import { isSingleCharacterKey, useSingleKeyShortcuts } from '../keyboard/singleKeyShortcuts.ts';
import { AcceptAllDialog } from './AcceptAllDialog.tsx';
import { DefectFindingItem } from './DefectFindingItem.tsx';
import { flattenGroups, groupFindings, neighbourFinding } from './findingList.ts';
import type { RepairState } from './useRepairs.ts';

interface FindingsSectionProps {
  findings: FindingView[] | null;
  currentId: string | null;
  busy: boolean;
  onCurrentChange(finding: FindingView): void;
  accept: RepairState['accept'];
  reject: RepairState['reject'];
  acceptAll: RepairState['acceptAll'];
}

/**
 * The document's findings grouped by type. The list is one focusable listbox: with focus there, a/r/e/j/k
 * act on the current finding (and shadow the record keys, which act on records everywhere else).
 */
export function FindingsSection({ findings, currentId, busy, onCurrentChange, accept, reject, acceptAll }: FindingsSectionProps) {
  const { t } = useI18n();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [acceptAllType, setAcceptAllType] = useState<CorrectionKind | null>(null);
  // The dialog keeps the list it was opened with: what the reviewer previewed is what gets accepted.
  const [acceptAllList, setAcceptAllList] = useState<FindingView[]>([]);
  const groups = useMemo(() => groupFindings(findings ?? []), [findings]);
  const order = useMemo(() => flattenGroups(groups), [groups]);
  const current = order.find((f) => f.id === currentId) ?? null;

  const doAccept = (finding: FindingView, replacement?: string) => {
    setEditingId(null);
    void accept(finding.id, replacement);
  };

  const singleKeys = useSingleKeyShortcuts();
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.nativeEvent.isComposing) return;
    if (!singleKeys && isSingleCharacterKey(event)) return;
    const is = (chord: (typeof REPAIR_KEYS)[keyof typeof REPAIR_KEYS]) => chordMatches(chord, event, IS_MAC);
    let handled = true;
    if (is(REPAIR_KEYS.next) || event.key === 'ArrowDown') {
      const next = neighbourFinding(order, currentId, 1);
      if (next) onCurrentChange(next);
    } else if (is(REPAIR_KEYS.previous) || event.key === 'ArrowUp') {
      const previous = neighbourFinding(order, currentId, -1);
      if (previous) onCurrentChange(previous);
    } else if (current && !busy && is(REPAIR_KEYS.accept)) doAccept(current);
    else if (current && !busy && is(REPAIR_KEYS.reject)) void reject(current);
    else if (current && is(REPAIR_KEYS.edit)) setEditingId(current.id);
    else handled = false;
    if (handled) event.preventDefault();
  };

  const keys = {
    accept: formatChord(REPAIR_KEYS.accept, IS_MAC),
    reject: formatChord(REPAIR_KEYS.reject, IS_MAC),
    edit: formatChord(REPAIR_KEYS.edit, IS_MAC),
    next: formatChord(REPAIR_KEYS.next, IS_MAC),
    previous: formatChord(REPAIR_KEYS.previous, IS_MAC),
  };

  return (
    <section className="repair-section findings-section" aria-label={t('repair.findings')}>
      <h3 className="repair-heading">{findings ? t('repair.findingsCount', { n: findings.length }) : t('repair.findings')}</h3>
      {findings === null && <p className="muted small">{t('repair.loading')}</p>}
      {findings?.length === 0 && <p className="muted small">{t('repair.none')}</p>}
      {order.length > 0 && <p className="muted small keys-hint">{t('repair.keysHint', keys)}</p>}
      {order.length > 0 && (
        <div
          className="findings-list"
          role="listbox"
          tabIndex={0}
          aria-label={t('repair.findings')}
          aria-activedescendant={current ? `finding-${current.id}` : undefined}
          onKeyDown={onKeyDown}
          onFocus={(e) => {
            if (e.target === e.currentTarget && !current && order[0]) onCurrentChange(order[0]);
          }}
        >
          {groups.map((group) => (
            <div key={group.type} className="finding-group" role="group" aria-label={t(`repairKind.${group.type}`)}>
              <div className="finding-group-header">
                <span className="finding-type">{t(`repairKind.${group.type}`)}</span>
                <span className="count">{group.findings.length}</span>
                <button
                  type="button"
                  className="link-button small"
                  disabled={busy}
                  onClick={() => {
                    setAcceptAllList(group.findings);
                    setAcceptAllType(group.type);
                  }}
                >
                  {t('repair.acceptAll', { n: group.findings.length })}
                </button>
              </div>
              <ul className="finding-items">
                {group.findings.map((f) => (
                  <DefectFindingItem
                    key={f.id}
                    finding={f}
                    current={f.id === currentId}
                    editing={f.id === editingId}
                    busy={busy}
                    onSelect={() => onCurrentChange(f)}
                    onAccept={(replacement) => doAccept(f, replacement)}
                    onReject={() => void reject(f)}
                    onEdit={() => setEditingId(f.id)}
                    onCancelEdit={() => setEditingId(null)}
                  />
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      {acceptAllType && (
        <AcceptAllDialog type={acceptAllType} findings={acceptAllList} onConfirm={acceptAll} onClose={() => setAcceptAllType(null)} />
      )}
    </section>
  );
}
