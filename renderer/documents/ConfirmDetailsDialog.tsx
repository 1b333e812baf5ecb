import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DocumentSummary } from '../../shared/api/views.ts';
import { DETAIL_FIELDS, type DetailField } from '../../shared/document/detailGuess.ts';
import { useApi } from '../api/ApiContext.tsx';
import { Modal } from '../dialogs/Modal.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { GuessNote } from './GuessNote.tsx';
import { formatYearList, parseYearList } from './yearList.ts';

interface ConfirmDetailsDialogProps {
  docs: DocumentSummary[];
  reviewer: string;
  /** After confirming: the documents as the services now describe them. */
  onConfirmed(docs: DocumentSummary[]): void;
  /** Esc: decide later; the guesses stay unconfirmed and keep their unsure marks. */
  onClose(): void;
}

type Values = Record<DetailField, string>;

const LABELS: Record<DetailField, MessageKey> = {
  title: 'docDetails.title', region: 'docDetails.region', yearsReviewed: 'docDetails.yearsReviewed', yearsPlanned: 'docDetails.yearsPlanned',
};

const valuesOf = (d: DocumentSummary): Values => ({
  title: d.title, region: d.region, yearsReviewed: formatYearList(d.yearsReviewed), yearsPlanned: formatYearList(d.yearsPlanned),
});

/**
 * The import's one confirm step: every new document's guessed details, each with the line it came from and an
 * unsure mark where the guess is weak, corrected with the keyboard (Tab between fields, Enter confirms all,
 * Esc decides later) before they feed every suggested record.
 */
export function ConfirmDetailsDialog({ docs, reviewer, onConfirmed, onClose }: ConfirmDetailsDialogProps) {
  const { t } = useI18n();
  const describeError = useErrorText();
  const api = useApi();
  const [values, setValues] = useState<Record<string, Values>>(() => Object.fromEntries(docs.map((d) => [d.docId, valuesOf(d)])));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const firstUnsure = docs.flatMap((d) => DETAIL_FIELDS.filter((f) => d.detailGuesses?.[f].sureness === 'unsure').map((f) => `${d.docId}:${f}`))[0];

  // The dialog focuses its first control when it opens (the close button); the reviewer starts on the first unsure guess.
  useEffect(() => {
    const frame = requestAnimationFrame(() => (form.current?.querySelector<HTMLInputElement>('input[data-first-unsure]') ?? form.current?.querySelector('input'))?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const patches = [];
    for (const d of docs) {
      const v = values[d.docId]!;
      const r = parseYearList(v.yearsReviewed);
      const p = parseYearList(v.yearsPlanned);
      if (!r.ok || !p.ok) return setError(`${d.fileName}: ${t('docDetails.badYear', { text: !r.ok ? r.bad : !p.ok ? p.bad : '' })}`);
      patches.push({ docId: d.docId, title: v.title.trim(), region: v.region.trim(), yearsReviewed: r.years, yearsPlanned: p.years });
    }
    setSaving(true);
    try {
      const saved = [];
      for (const patch of patches) saved.push(await api['docs.updateMeta']({ ...patch, confirmDetails: true, by: reviewer }));
      onConfirmed(saved);
    } catch (err) {
      setError(describeError(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title={t('confirmDetails.heading')} onClose={onClose} className="confirm-details-dialog">
      <form ref={form} className="stack" onSubmit={(e) => void submit(e)}>
        <p className="muted small">{t('confirmDetails.explain')}</p>
        {docs.map((d) => {
          const unsure = DETAIL_FIELDS.filter((f) => d.detailGuesses?.[f].sureness === 'unsure').length;
          return (
            <fieldset key={d.docId} className="confirm-details-doc" data-doc-id={d.docId}>
              <legend>
                {d.fileName}{' '}
                <span className="muted small">{unsure > 0 ? t('confirmDetails.unsureCount', { count: unsure }) : t('confirmDetails.allSure')}</span>
              </legend>
              {DETAIL_FIELDS.map((f) => {
                const key = `${d.docId}:${f}`;
                const guess = d.detailGuesses?.[f];
                return (
                  <label key={f} className={`confirm-details-field ${guess?.sureness === 'unsure' ? 'is-unsure' : ''}`}>
                    {t(LABELS[f])}
                    <input
                      name={f}
                      value={values[d.docId]![f]}
                      data-first-unsure={key === firstUnsure ? '' : undefined}
                      aria-describedby={`guess-${key}`}
                      onChange={(e) => setValues((all) => ({ ...all, [d.docId]: { ...all[d.docId]!, [f]: e.target.value } }))}
                    />
                    <GuessNote guess={guess} id={`guess-${key}`} />
                  </label>
                );
              })}
            </fieldset>
          );
        })}
        {error && <p className="hint warning" role="alert">{error}</p>}
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>{t('confirmDetails.confirm')}</button>
          <button type="button" onClick={onClose}>{t('confirmDetails.later')}</button>
        </div>
      </form>
    </Modal>
  );
}
