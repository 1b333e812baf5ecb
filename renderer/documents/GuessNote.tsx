import type { DetailGuess } from '../../shared/document/detailGuess.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { DETAILS_REASONS } from '../i18n/reasons/detailsReasons.ts';
import { reasonText } from '../i18n/reasons/reasonText.ts';

const EVIDENCE_SHOWN = 60;

/** How a detail was guessed: sure or unsure, why, and the line of the report it came from. */
export function GuessNote({ guess, id }: { guess: DetailGuess | undefined; id: string }) {
  const { t, language } = useI18n();
  if (!guess) return null;
  const line = guess.evidence?.text ?? '';
  const shown = line.length > EVIDENCE_SHOWN ? `${line.slice(0, EVIDENCE_SHOWN)}…` : line;
  return (
    <span id={id} className={`guess-note guess-${guess.sureness}`}>
      <span className={`guess-mark guess-mark-${guess.sureness}`}>{t(guess.sureness === 'sure' ? 'docDetails.sure' : 'docDetails.unsure')}</span>
      {' '}{reasonText([DETAILS_REASONS], language, guess.reason)}
      {guess.evidence && (
        <span className="guess-evidence" title={`${guess.evidence.start}–${guess.evidence.end}: ${line}`}>
          {' '}{t('docDetails.fromLine', { text: shown })}
        </span>
      )}
    </span>
  );
}
