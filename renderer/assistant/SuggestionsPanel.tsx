import type { SuggestionView } from '../../shared/api/views.ts';
import { RecordForm } from '../extraction/RecordForm.tsx';
import { changeKind, type DocumentYears } from '../extraction/recordDraft.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { IS_MAC } from '../keyboard/platform.ts';
import { keysForAction } from '../keyboard/shortcuts.ts';
import { formatValue } from '../records/formatValue.ts';
import { SuggestionCard } from './SuggestionCard.tsx';
import { SynonymOfferBar } from './SynonymOfferBar.tsx';
import { queuePosition } from './suggestionQueue.ts';
import { suggestionQuote } from './suggestionRecord.ts';
import type { SuggestionQueue } from './useSuggestionQueue.ts';

interface SuggestionsPanelProps {
  hasDocument: boolean;
  queue: SuggestionQueue;
  busy: boolean;
  /** Indicator names for the form's autocomplete (codebook names and synonyms, names already used). */
  indicators: readonly string[];
  /** The project's second-reviewer rule will refuse "accept as verified" for this reviewer. */
  verifyBlocked: boolean;
  /** The open document's years, so switching actual ↔ target in the form moves the year along. */
  documentYears: DocumentYears | null;
  onShowEvidence(suggestion: SuggestionView): void;
}

/**
 * The suggestion queue: one suggested record at a time, confirmed, edited or rejected with one key, the
 * next one coming up after each answer.
 */
export function SuggestionsPanel({ hasDocument, queue, busy, indicators, verifyBlocked, documentYears, onShowEvidence }: SuggestionsPanelProps) {
  const { t } = useI18n();
  const keys = {
    next: keysForAction('nextSuggestion', IS_MAC),
    previous: keysForAction('previousSuggestion', IS_MAC),
    accept: keysForAction('acceptSuggestion', IS_MAC),
    verified: keysForAction('acceptSuggestionVerified', IS_MAC),
    edit: keysForAction('editSuggestion', IS_MAC),
    reject: keysForAction('rejectSuggestion', IS_MAC),
  };
  const { current, editing } = queue;
  const position = queuePosition(queue.queue, current?.id ?? null);
  const verifyTitle = verifyBlocked ? t('settings.acceptVerifiedBlocked') : t('suggest.acceptVerifiedTitle', { keys: keys.verified });

  return (
    <section className="suggestions-panel" aria-label={t('suggest.heading')}>
      <div className="suggestions-toolbar">
        <h2 className="pane-title">{t('suggest.heading')}</h2>
        {hasDocument && queue.loaded && (
          <span className="suggestion-counter" aria-live="polite" title={t('suggest.counterTitle')}>
            {t('suggest.counter', { index: position.index, total: position.total })}
          </span>
        )}
        <span className="button-group">
          <button type="button" onClick={() => queue.step(-1)} disabled={position.index <= 1} title={t('suggest.previousTitle', { keys: keys.previous })} aria-label={t('suggest.previous')}>‹</button>
          <button type="button" onClick={() => queue.step(1)} disabled={position.index >= position.total} title={t('suggest.nextTitle', { keys: keys.next })} aria-label={t('suggest.next')}>›</button>
        </span>
      </div>

      {queue.synonymOffer && <SynonymOfferBar offer={queue.synonymOffer} onAccept={queue.acceptSynonym} onDismiss={queue.dismissSynonym} />}
      {!hasDocument ? (
        <p className="hint">{t('suggest.noDocument')}</p>
      ) : !queue.loaded ? (
        <p className="hint">{t('suggest.loading')}</p>
      ) : editing ? (
        <RecordForm
          draft={editing.draft}
          onChange={queue.changeDraft}
          onKindChange={(kind) => queue.changeDraft(changeKind(editing.draft, kind, documentYears))}
          mode="accept"
          quote={suggestionQuote(editing.suggestion)}
          hint={null}
          indicators={indicators}
          busy={busy}
          onSave={queue.saveEdit}
          onCancelEdit={queue.cancelEdit}
          onClear={queue.cancelEdit}
        />
      ) : current ? (
        <>
          <SuggestionCard suggestion={current} onShowEvidence={() => onShowEvidence(current)} />
          <div className="actions suggestion-actions">
            <button type="button" className="primary" onClick={() => queue.accept(false)} title={t('suggest.acceptTitle', { keys: keys.accept })}>
              {t('suggest.accept')} <kbd>{keys.accept}</kbd>
            </button>
            <button type="button" onClick={() => queue.accept(true)} title={verifyTitle} className={verifyBlocked ? 'is-blocked' : undefined}>
              {t('suggest.acceptVerified')} <kbd>{keys.verified}</kbd>
            </button>
            <button type="button" onClick={queue.startEdit} title={t('suggest.editTitle', { keys: keys.edit })}>
              {t('suggest.edit')} <kbd>{keys.edit}</kbd>
            </button>
            <button type="button" onClick={queue.reject} title={t('suggest.rejectTitle', { keys: keys.reject })}>
              {t('suggest.reject')} <kbd>{keys.reject}</kbd>
            </button>
          </div>
          {verifyBlocked && <p className="hint small">{t('settings.acceptVerifiedBlocked')}</p>}
          <p className="hint small">{t('suggest.explain')}</p>
        </>
      ) : (
        <div className="empty-state">
          <p>{t('suggest.none')}</p>
        </div>
      )}

      {hasDocument && queue.loaded && (
        <p className="muted small">{t('suggest.summary', { recorded: queue.recordedCount, rejected: queue.rejected.length })}</p>
      )}
      {queue.rejected.length > 0 && (
        <details className="rejected-suggestions">
          <summary>{t('suggest.rejectedHeading', { n: queue.rejected.length })}</summary>
          <ul>
            {queue.rejected.map((s) => (
              <li key={s.id}>
                <span className="cell-text" title={suggestionQuote(s)}>{s.indicator} · {formatValue(s)}</span>
                <button type="button" className="quiet" onClick={() => queue.restore(s.id)} title={t('suggest.restoreTitle')}>{t('suggest.restore')}</button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
