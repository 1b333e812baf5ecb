import type { RecordView } from '../../shared/api/views.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { formatValue } from '../records/formatValue.ts';
import { StatusBadge } from '../records/StatusBadge.tsx';
import { ValueDiffersMark } from '../records/ValueDiffersMark.tsx';
import { ReviewDifference } from './ReviewDifference.tsx';

interface SelectedRecordCardProps {
  record: RecordView;
  hasSelection: boolean;
  busy: boolean;
  /** Why verifying will be refused (the project's second-reviewer rule), shown before the reviewer tries. */
  verifyBlockedReason?: string | null;
  onVerify(): void;
  onReject(): void;
  onReopen(): void;
  onEdit(): void;
  onUseSelection(): void;
  onAddSelection(): void;
  onShowEvidence(): void;
}

/** The record the reviewer is looking at, with what can be done to it. */
export function SelectedRecordCard({ record, hasSelection, busy, verifyBlockedReason, ...on }: SelectedRecordCardProps) {
  const { t, formatDateTime } = useI18n();
  const verifiable = record.status !== 'verified' && record.status !== 'orphaned';
  return (
    <section className="selected-record" aria-label={t('record.heading')}>
      <h2 className="visually-hidden">{t('record.heading')}</h2>
      <div className="selected-record-title">
        <StatusBadge status={record.status} />
        <strong>{record.indicator}</strong>
        <span className="value">{formatValue(record)}</span>
        <ValueDiffersMark record={record} />
        <span className="muted small">
          {[record.region, record.year ?? '', t(`kind.${record.kind}`), t(`measure.${record.measure}`)].filter((x) => x !== '').join(' · ')}
        </span>
      </div>
      {/* The actions first: on a small screen the card scrolls, and what can be done stays in view. */}
      <div className="actions">
        <button type="button" className="primary" disabled={busy || !verifiable} onClick={on.onVerify} title={verifyBlockedReason ?? t('record.verifyTitle')}>{t('record.verify')}</button>
        <button type="button" disabled={busy || record.status === 'rejected'} onClick={on.onReject} title={t('record.rejectTitle')}>{t('record.reject')}</button>
        <button type="button" disabled={busy || record.status === 'draft' || record.status === 'orphaned'} onClick={on.onReopen} title={t('record.reopenTitle')}>{t('record.reopen')}</button>
        <button type="button" disabled={busy} onClick={on.onEdit} title={t('record.editTitle')}>{t('record.edit')}</button>
      </div>
      {verifiable && verifyBlockedReason && <p className="hint small verify-blocked">{verifyBlockedReason}</p>}
      <ValueDiffersMark record={record} full />
      <button type="button" className="quote quote-button" onClick={on.onShowEvidence} title={t('table.jumpHint')}>
        {record.evidence.map((e) => e.correctedQuote || e.quote).join(' … ')}
      </button>
      {record.status === 'needs_review' && <ReviewDifference record={record} />}
      {record.status === 'orphaned' && <p className="hint warning">{t('record.orphanedHint')}</p>}
      <div className="muted small">
        {t('record.createdBy', { by: record.createdBy, at: formatDateTime(record.createdAt) })}
        {record.verifiedBy && record.verifiedAt && <><br />{t('record.verifiedBy', { by: record.verifiedBy, at: formatDateTime(record.verifiedAt) })}</>}
      </div>
      {record.note && <p className="note">{record.note}</p>}
      <div className="actions">
        <button type="button" disabled={busy || !hasSelection} onClick={on.onUseSelection} title={t('record.useSelectionTitle')}>{t('record.useSelection')}</button>
        <button type="button" disabled={busy || !hasSelection} onClick={on.onAddSelection} title={t('record.addSelectionTitle')}>{t('record.addSelection')}</button>
      </div>
    </section>
  );
}
