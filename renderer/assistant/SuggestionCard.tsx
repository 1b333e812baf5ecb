import type { SuggestionView } from '../../shared/api/views.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { reasonText } from '../i18n/reasons/reasonText.ts';
import { SUGGESTION_REASONS } from '../i18n/reasons/suggestionReasons.ts';
import { formatValue } from '../records/formatValue.ts';
import { suggestionQuote } from './suggestionRecord.ts';

interface SuggestionCardProps {
  suggestion: SuggestionView;
  /** Shows the suggestion's words in the text again. */
  onShowEvidence(): void;
}

/** One suggested record as the reviewer judges it: what it would record, the words it cites, and why. */
export function SuggestionCard({ suggestion: s, onShowEvidence }: SuggestionCardProps) {
  const { t, language } = useI18n();
  const percent = Math.round(s.confidence * 100);
  const level = s.confidence >= 0.85 ? 'high' : s.confidence >= 0.7 ? 'medium' : 'low';
  return (
    <article className="suggestion-card" aria-label={t('suggest.cardLabel', { indicator: s.indicator })} data-suggestion-id={s.id}>
      <div className="suggestion-title">
        <strong className="suggestion-indicator">{s.indicator}</strong>
        <span className="suggestion-value">{formatValue({ ...s, qualifier: '' })}</span>
      </div>
      <dl className="suggestion-fields">
        <div><dt>{t('field.kind')}</dt><dd>{t(`kind.${s.kind}`)} · {t(`measure.${s.measure}`)}</dd></div>
        <div><dt>{t('field.year')}</dt><dd>{s.year ?? '—'}</dd></div>
        <div><dt>{t('field.region')}</dt><dd>{s.region || '—'}</dd></div>
        <div><dt>{t('field.qualifier')}</dt><dd>{s.qualifier || '—'}</dd></div>
      </dl>
      <button type="button" className="quote quote-button" onClick={onShowEvidence} title={t('suggest.showEvidenceTitle')}>
        {suggestionQuote(s)}
      </button>
      <div className="suggestion-confidence">
        <span className={`confidence confidence-${level}`} title={t('suggest.confidenceTitle')}>{t('suggest.confidence', { percent })}</span>
        <meter min={0} max={1} low={0.7} high={0.85} optimum={1} value={s.confidence} aria-label={t('suggest.confidenceTitle')} />
      </div>
      <div className="suggestion-reason"><span className="label">{t('suggest.reason')}</span>
        <ul>{s.reasons.map((r) => <li key={r.code}>{reasonText([SUGGESTION_REASONS], language, r)}</li>)}</ul>
      </div>
    </article>
  );
}
