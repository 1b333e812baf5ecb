import { useEffect, useRef, useState } from 'react';
import type { FindingView } from '../../shared/api/views.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { findingReasonText } from '../i18n/reasons/findingReasonText.ts';
import { BeforeAfter } from './BeforeAfter.tsx';

interface DefectFindingItemProps {
  finding: FindingView;
  current: boolean;
  editing: boolean;
  busy: boolean;
  onSelect(): void;
  onAccept(replacement?: string): void;
  onReject(): void;
  onEdit(): void;
  onCancelEdit(): void;
}

/** One finding: what would change, how sure the detector is and why, and what can be done about it. */
export function DefectFindingItem({ finding, current, editing, busy, ...on }: DefectFindingItemProps) {
  const { t, language } = useI18n();
  const [draft, setDraft] = useState(finding.replacement);
  const area = useRef<HTMLTextAreaElement>(null);
  const ref = useRef<HTMLLIElement>(null);

  useEffect(() => {
    if (!editing) return;
    setDraft(finding.replacement);
    requestAnimationFrame(() => area.current?.focus());
  }, [editing, finding.replacement]);

  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  return (
    <li
      ref={ref}
      id={`finding-${finding.id}`}
      role="option"
      aria-selected={current}
      className={`finding${current ? ' current' : ''}`}
      data-finding-id={finding.id}
      data-finding-type={finding.type}
      onClick={on.onSelect}
    >
      <div className="finding-change">
        <BeforeAfter before={finding.text} after={finding.replacement} />
        <span className="finding-confidence" title={t('repair.confidenceTitle')}>{t('repair.confidence', { pct: Math.round(finding.confidence * 100) })}</span>
      </div>
      <div className="finding-reason muted small">{findingReasonText(finding, language)}</div>
      {finding.related.length > 0 && <div className="muted small">{t('repair.related', { n: finding.related.length })}</div>}
      {editing ? (
        <div className="finding-edit" onClick={(e) => e.stopPropagation()}>
          <label className="visually-hidden" htmlFor={`finding-edit-${finding.id}`}>{t('repair.replacementLabel')}</label>
          <textarea
            id={`finding-edit-${finding.id}`}
            ref={area}
            value={draft}
            rows={Math.min(8, Math.max(2, draft.split('\n').length + 1))}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              // Keys typed here belong to the text, not to the list around it.
              e.stopPropagation();
              if (e.key === 'Escape') on.onCancelEdit();
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) on.onAccept(draft);
            }}
          />
          <div className="actions">
            <button type="button" className="primary" disabled={busy} onClick={() => on.onAccept(draft)}>{t('repair.acceptEdited')}</button>
            <button type="button" onClick={on.onCancelEdit}>{t('common.cancel')}</button>
          </div>
        </div>
      ) : current && (
        <div className="actions" onClick={(e) => e.stopPropagation()}>
          <button type="button" className="primary" disabled={busy} onClick={() => on.onAccept()}>{t('repair.accept')} <kbd>A</kbd></button>
          <button type="button" disabled={busy} onClick={on.onReject}>{t('repair.reject')} <kbd>R</kbd></button>
          <button type="button" disabled={busy} onClick={on.onEdit}>{t('repair.edit')} <kbd>E</kbd></button>
        </div>
      )}
    </li>
  );
}
