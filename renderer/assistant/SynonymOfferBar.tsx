import type { KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { SynonymOffer } from './useSuggestionQueue.ts';

interface SynonymOfferBarProps {
  offer: SynonymOffer;
  onAccept(): void;
  onDismiss(): void;
}

/**
 * After the reviewer renamed a suggestion's indicator: one key (Enter on the focused button) teaches the
 * assistant the report's phrase as a synonym in the project's codebook; Esc declines.
 */
export function SynonymOfferBar({ offer, onAccept, onDismiss }: SynonymOfferBarProps) {
  const { t } = useI18n();
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onDismiss();
  };
  return (
    <div className="synonym-offer" role="group" aria-label={t('suggest.synonymAdd')} onKeyDown={onKeyDown}>
      <p>{t('suggest.synonymOffer', { phrase: offer.phrase, indicator: offer.indicator })}</p>
      <span className="button-group">
        <button type="button" className="primary" autoFocus onClick={onAccept}>{t('suggest.synonymAdd')}</button>
        <button type="button" onClick={onDismiss}>{t('suggest.synonymNo')}</button>
      </span>
    </div>
  );
}
