import type { RecordView } from '../../shared/api/views.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { groupFindings, openFindingCount } from './checkGroups.ts';
import { CheckFindingItem } from './CheckFindingItem.tsx';
import type { Checks } from './useChecks.ts';
import type { RecordLookup } from '../state/recordIndex.ts';

export interface ChecksPanelProps {
  checks: Checks;
  recordsById: RecordLookup;
  documentTitles: ReadonlyMap<string, string>;
  selectedRecordId: string | null;
  /** Opens the record's document and shows its evidence. */
  onJump(record: RecordView): void;
}

/** Consistency findings over every record of the project, by type, each with its records to jump to; a page at a time. */
export function ChecksPanel({ checks, recordsById, documentTitles, selectedRecordId, onJump }: ChecksPanelProps) {
  const { t } = useI18n();
  const { findings, counts } = checks;
  const groups = findings ? groupFindings(findings) : [];
  const open = counts ? openFindingCount(counts) : 0;
  return (
    <section className="checks-panel" aria-label={t('checks.heading')}>
      <div className="checks-toolbar">
        <h2 className="pane-title">{t('checks.heading')}</h2>
        {counts && open > 0 && (
          <span className="muted small" aria-live="polite">
            {t('checks.summary', { errors: counts.bySeverity.error, warnings: counts.bySeverity.warning, notes: counts.bySeverity.info })}
          </span>
        )}
        <button type="button" className="quiet" onClick={checks.refresh} disabled={checks.running} title={t('checks.refreshTitle')}>
          {checks.running ? t('checks.running') : t('checks.refresh')}
        </button>
      </div>
      <p className="hint small">{t('checks.explain')}</p>
      {findings === null ? (
        <p className="hint">{t('checks.loading')}</p>
      ) : open === 0 && findings.length === 0 ? (
        <p className="empty-state">{t('checks.none', { n: recordsById.size })}</p>
      ) : (
        groups.map((group) => (
          <section key={group.type} className={`finding-group finding-group-${group.type}`} aria-label={t(`checks.type.${group.type}`)}>
            <h3 className="finding-group-title">
              <span className={`severity severity-${group.severity}`}>{t(`checks.severity.${group.severity}`)}</span>
              {t(`checks.type.${group.type}`)}
              <span className="muted small">{counts?.byType[group.type] ?? group.findings.length}</span>
            </h3>
            <p className="hint small">{t(`checks.typeHint.${group.type}`)}</p>
            <ul className="finding-list">
              {group.findings.map((f) => (
                <CheckFindingItem key={f.id} finding={f} onDismiss={checks.setDismissed} recordsById={recordsById} documentTitles={documentTitles} selectedRecordId={selectedRecordId} onJump={onJump} />
              ))}
            </ul>
          </section>
        ))
      )}
      {checks.hasMore && findings !== null && (
        <button type="button" className="quiet checks-more" onClick={checks.loadMore} disabled={checks.running}>
          {t('checks.loadMore', { shown: findings.length + checks.dismissed.length, total: open + (counts?.dismissed ?? 0) })}
        </button>
      )}
      {checks.dismissed.length > 0 && (
        <details className="checks-dismissed">
          <summary>{t('checks.dismissedHeading', { n: counts?.dismissed ?? checks.dismissed.length })}</summary>
          <ul className="finding-list">
            {checks.dismissed.map((f) => (
              <CheckFindingItem key={f.id} finding={f} dismissed onDismiss={checks.setDismissed} recordsById={recordsById} documentTitles={documentTitles} selectedRecordId={selectedRecordId} onJump={onJump} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
