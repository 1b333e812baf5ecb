import { useState } from 'react';
import type { QuoteCandidate, RecordView } from '../../shared/api/views.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { formatValue } from '../records/formatValue.ts';
import { StatusBadge } from '../records/StatusBadge.tsx';
import type { AffectedNotice, RepairState } from './useRepairs.ts';
import type { RecordLookup } from '../state/recordIndex.ts';

interface RecordsNoticeProps {
  notice: AffectedNotice;
  recordsById: RecordLookup;
  busy: boolean;
  onGoToRecord(record: RecordView): void;
  onRevealCandidate(candidate: QuoteCandidate): void;
  findCopies: RepairState['findCopies'];
  moveRecord: RepairState['moveRecord'];
  onDismiss(): void;
}

/**
 * The records a correction touched, by what happened to them, each a link to the record. A record whose
 * words the correction deleted (a duplicate removed) is offered a move to where the same words survive.
 */
export function RecordsNotice({ notice, recordsById, busy, onDismiss, ...on }: RecordsNoticeProps) {
  const { t } = useI18n();
  // Grouped by what the correction did to each record (not by its status now: a record moved to the surviving
  // copy stays in its group, with the message saying where it went).
  const byOutcome = (keep: (status: string) => boolean) => notice.records
    .filter((r) => keep(r.status))
    .map((r) => recordsById.get(r.id))
    .filter((r): r is RecordView => r !== undefined);
  const records = byOutcome(() => true);
  const orphaned = byOutcome((s) => s === 'orphaned');
  const review = byOutcome((s) => s === 'needs_review');
  const restored = byOutcome((s) => s !== 'orphaned' && s !== 'needs_review');
  return (
    <section className="records-notice" role="status" aria-label={t('notice.needReview', { n: records.length })}>
      {review.length > 0 && <RecordGroup message={t('notice.needReview', { n: review.length })} records={review} {...on} busy={busy} />}
      {orphaned.length > 0 && <RecordGroup message={t('notice.orphaned', { n: orphaned.length })} records={orphaned} {...on} busy={busy} offerMove />}
      {restored.length > 0 && <RecordGroup message={t('notice.restored', { n: restored.length })} records={restored} {...on} busy={busy} />}
      <button type="button" className="link-button small" onClick={onDismiss}>{t('notice.dismiss')}</button>
    </section>
  );
}

type GroupProps = Omit<RecordsNoticeProps, 'notice' | 'recordsById' | 'onDismiss'> & { message: string; records: RecordView[]; offerMove?: boolean };

function RecordGroup({ message, records, ...rest }: GroupProps) {
  return (
    <div className="notice-group">
      <p>{message}</p>
      <ul>
        {records.map((r) => <NoticeRecord key={r.id} record={r} {...rest} />)}
      </ul>
    </div>
  );
}

function NoticeRecord({ record, busy, offerMove, onGoToRecord, onRevealCandidate, findCopies, moveRecord }: Omit<GroupProps, 'message' | 'records'> & { record: RecordView }) {
  const { t } = useI18n();
  const [candidates, setCandidates] = useState<QuoteCandidate[] | null | 'searching'>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const search = async () => {
    setCandidates('searching');
    setCandidates((await findCopies(record.id)) ?? null);
  };
  const move = async (candidate: QuoteCandidate) => {
    const updated = await moveRecord(record, candidate);
    if (updated) setMoved(t('notice.moved', { indicator: updated.indicator, value: formatValue(updated), quote: candidate.quote }));
  };
  return (
    <li className="notice-record" data-record-id={record.id}>
      <button type="button" className="link-button" onClick={() => onGoToRecord(record)}>
        <StatusBadge status={record.status} /> {record.indicator} <span className="value">{formatValue(record)}</span>
      </button>
      {moved && <p className="hint success">{moved}</p>}
      {offerMove && !moved && candidates === null && (
        <button type="button" className="small" disabled={busy} onClick={() => void search()}>{t('notice.findCopy')}</button>
      )}
      {candidates === 'searching' && <span className="muted small">{t('notice.searching')}</span>}
      {!moved && Array.isArray(candidates) && candidates.length === 0 && <p className="muted small">{t('notice.noCopy')}</p>}
      {!moved && Array.isArray(candidates) && candidates.length > 0 && (
        <ul className="candidates">
          {candidates.map((c) => (
            <li key={`${c.start}-${c.end}`} className={c.ambiguous ? 'ambiguous' : ''}>
              <button type="button" className="link-button quote" onClick={() => onRevealCandidate(c)}>{c.quote}</button>
              <span className="muted small">{t('notice.score', { score: c.score.toFixed(2) })}</span>
              {c.ambiguous && <span className="flag warning small" title={t('notice.ambiguous')}>⚠ {t('notice.ambiguous')}</span>}
              <button type="button" className="small" disabled={busy} onClick={() => void move(c)}>{t('notice.moveHere')}</button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
