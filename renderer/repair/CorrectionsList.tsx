import { useState } from 'react';
import type { CorrectionView } from '../../shared/api/views.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { findingReasonText } from '../i18n/reasons/findingReasonText.ts';
import { BeforeAfter } from './BeforeAfter.tsx';
import type { RepairState } from './useRepairs.ts';

interface CorrectionsListProps {
  corrections: readonly CorrectionView[];
  busy: boolean;
  revert: RepairState['revert'];
  onReveal(correction: CorrectionView): void;
}

/**
 * The document's corrections, newest first: what each changed, who made it and when, and a revert. Reverting
 * one that a later edit merged into is refused by the service (CONFLICT); that is explained here in plain
 * words, pointing at the newer correction to revert instead.
 */
export function CorrectionsList({ corrections, busy, revert, onReveal }: CorrectionsListProps) {
  const { t, language, formatDateTime } = useI18n();
  const [showInactive, setShowInactive] = useState(false);
  const [conflict, setConflict] = useState<{ id: string } | null>(null);
  const [flashId, setFlashId] = useState<string | null>(null);
  const shown = showInactive ? corrections : corrections.filter((c) => c.state === 'active');
  const activeCount = corrections.filter((c) => c.state === 'active').length;

  const onRevert = async (c: CorrectionView) => {
    setConflict(null);
    const result = await revert(c.id);
    if (result.ok || result.code !== 'CONFLICT') return;
    setConflict({ id: c.id });
    // Point at the newer correction that holds this one: that is the one to revert.
    if (c.supersededBy) {
      setFlashId(c.supersededBy);
      document.querySelector(`[data-correction-id="${c.supersededBy}"]`)?.scrollIntoView({ block: 'nearest' });
    }
  };

  return (
    <section className="repair-section corrections-section" aria-label={t('corrections.heading', { n: activeCount })}>
      <h3 className="repair-heading">{t('corrections.heading', { n: activeCount })}</h3>
      <label className="small muted">
        <input type="checkbox" checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)} /> {t('corrections.showInactive')}
      </label>
      {shown.length === 0 && <p className="muted small">{t('corrections.none')}</p>}
      <ul className="corrections-list">
        {shown.map((c) => (
          <li key={c.id} className={`correction state-${c.state}${flashId === c.id ? ' flash' : ''}`} data-correction-id={c.id}>
            <div className="correction-head">
              <span className="finding-type">{t(`repairKind.${c.kind}`)}</span>
              <span className={`correction-state state-${c.state}`}>{t(`corrections.state.${c.state}`)}</span>
              <span className="muted small">{t('corrections.byAt', { author: c.author, time: formatDateTime(c.at) })}</span>
            </div>
            <button type="button" className="link-button correction-change" disabled={c.state !== 'active'} onClick={() => onReveal(c)}>
              <BeforeAfter before={c.before} after={c.after} />
            </button>
            {c.reason && <div className="muted small correction-reason">{findingReasonText(c, language)}</div>}
            {c.state === 'superseded' && <div className="muted small">{t('corrections.supersededBy')}</div>}
            {conflict?.id === c.id && (
              <p className="hint warning" role="alert">
                {t('corrections.conflict')}
              </p>
            )}
            {c.state !== 'reverted' && (
              <div className="actions">
                <button type="button" className="small" disabled={busy} onClick={() => void onRevert(c)}>{t('corrections.revert')}</button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
