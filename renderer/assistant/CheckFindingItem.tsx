import type { ConsistencyFinding } from '../../shared/checks/index.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { CHECK_REASONS } from '../i18n/reasons/checkReasons.ts';
import { CONSISTENCY_REASONS } from '../i18n/reasons/consistencyReasons.ts';
import { reasonText } from '../i18n/reasons/reasonText.ts';
import { formatValue } from '../records/formatValue.ts';
import { StatusBadge } from '../records/StatusBadge.tsx';
import type { ChecksPanelProps } from './ChecksPanel.tsx';

interface CheckFindingItemProps extends Omit<ChecksPanelProps, 'checks'> {
  finding: ConsistencyFinding;
  dismissed?: boolean;
  onDismiss(findingId: string, dismissed: boolean): void;
}

/** One finding: its reason in the reviewer's language and its records, each a button that shows the record's evidence. */
export function CheckFindingItem({ finding, dismissed = false, onDismiss, recordsById, documentTitles, selectedRecordId, onJump }: CheckFindingItemProps) {
  const { t, language } = useI18n();
  const unnamed = finding.recordCount - finding.recordIds.length;
  return (
    <li className={`finding finding-${finding.severity}${dismissed ? ' is-dismissed' : ''}`} data-finding-id={finding.id}>
      <p className="finding-message">
        <span className={`severity-dot severity-${finding.severity}`} title={t(`checks.severity.${finding.severity}`)} aria-hidden />
        {reasonText([CONSISTENCY_REASONS, CHECK_REASONS], language, finding.reason)}
        <button type="button" className="quiet small finding-dismiss" onClick={() => onDismiss(finding.id, !dismissed)} title={t(dismissed ? 'checks.restoreTitle' : 'checks.dismissTitle')}>
          {t(dismissed ? 'checks.restore' : 'checks.dismiss')}
        </button>
      </p>
      <ul className="finding-records">
        {finding.recordIds.map((id) => {
          const record = recordsById.get(id);
          if (!record) return <li key={id} className="muted small">{t('checks.missingRecord', { id })}</li>;
          return (
            <li key={id}>
              <button
                type="button"
                className={`finding-record${id === selectedRecordId ? ' is-selected' : ''}`}
                onClick={() => onJump(record)}
                title={t('checks.jumpTitle')}
                data-record-id={id}
              >
                <StatusBadge status={record.status} />
                <span className="finding-record-main">
                  <strong>{record.indicator}</strong> <span className="value">{formatValue(record)}</span>
                  <span className="muted small"> · {[record.region, record.year ?? '', t(`kind.${record.kind}`), t(`measure.${record.measure}`)].filter((x) => x !== '').join(' · ')}</span>
                </span>
                <span className="finding-record-doc muted small">{documentTitles.get(record.docId) ?? record.docId}</span>
              </button>
            </li>
          );
        })}
        {unnamed > 0 && <li className="muted small">{t('checks.moreRecords', { n: unnamed })}</li>}
      </ul>
    </li>
  );
}
