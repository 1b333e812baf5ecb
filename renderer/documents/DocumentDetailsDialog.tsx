import { useState, type FormEvent } from 'react';
import type { DocumentSummary } from '../../shared/api/views.ts';
import { useApi } from '../api/ApiContext.tsx';
import { Modal } from '../dialogs/Modal.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useErrorText } from '../i18n/useErrorText.ts';
import { DraftYearsOffer, useDraftYearsOffer } from './DraftYearsOffer.tsx';
import { GuessNote } from './GuessNote.tsx';
import { formatYearList, parseYearList } from './yearList.ts';

interface DocumentDetailsDialogProps {
  doc: DocumentSummary;
  reviewer: string;
  onClose(): void;
}

/** The document's guessed title, region and years, for the reviewer to correct (audited, undoable); the answers update the cache. */
export function DocumentDetailsDialog({ doc, reviewer, onClose }: DocumentDetailsDialogProps) {
  const { t } = useI18n();
  const describeError = useErrorText();
  const api = useApi();
  const [title, setTitle] = useState(doc.title);
  const [region, setRegion] = useState(doc.region);
  const [reviewed, setReviewed] = useState(formatYearList(doc.yearsReviewed));
  const [planned, setPlanned] = useState(formatYearList(doc.yearsPlanned));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const offer = useDraftYearsOffer(reviewer);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = parseYearList(reviewed);
    const p = parseYearList(planned);
    if (!r.ok || !p.ok) return setError(t('docDetails.badYear', { text: !r.ok ? r.bad : !p.ok ? p.bad : '' }));
    setSaving(true);
    try {
      const saved = await api['docs.updateMeta']({ docId: doc.docId, title: title.trim(), region: region.trim(), yearsReviewed: r.years, yearsPlanned: p.years, by: reviewer });
      // Drafts made with the old years: offered, never moved silently.
      if (!(await offer.check(doc, saved))) onClose();
    } catch (err) {
      setError(describeError(err));
    } finally {
      setSaving(false);
    }
  };

  if (offer.pending) {
    return (
      <Modal title={t('docDetails.heading')} onClose={onClose} className="document-details-dialog">
        <DraftYearsOffer offer={offer} onDone={onClose} />
      </Modal>
    );
  }

  return (
    <Modal title={t('docDetails.heading')} onClose={onClose} className="document-details-dialog">
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <p className="muted small" title={doc.sha256}>{t('docDetails.source', { file: doc.fileName, encoding: doc.encoding })}</p>
        <label>
          {t('docDetails.title')}
          <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
          <GuessNote guess={doc.detailsConfirmed ? undefined : doc.detailGuesses?.title} id="guess-title" />
        </label>
        <label>
          {t('docDetails.region')}
          <input name="region" value={region} onChange={(e) => setRegion(e.target.value)} placeholder="阳泉市郊区" />
          <GuessNote guess={doc.detailsConfirmed ? undefined : doc.detailGuesses?.region} id="guess-region" />
        </label>
        <label>
          {t('docDetails.yearsReviewed')}
          <input name="yearsReviewed" value={reviewed} onChange={(e) => setReviewed(e.target.value)} placeholder="2022" />
          <GuessNote guess={doc.detailsConfirmed ? undefined : doc.detailGuesses?.yearsReviewed} id="guess-yearsReviewed" />
        </label>
        <label>
          {t('docDetails.yearsPlanned')}
          <input name="yearsPlanned" value={planned} onChange={(e) => setPlanned(e.target.value)} placeholder="2023" />
          <GuessNote guess={doc.detailsConfirmed ? undefined : doc.detailGuesses?.yearsPlanned} id="guess-yearsPlanned" />
        </label>
        <p className="muted small">{t('docDetails.hint')}</p>
        {error && <p className="hint warning" role="alert">{error}</p>}
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>{t('docDetails.save')}</button>
          <button type="button" onClick={onClose}>{t('docDetails.cancel')}</button>
        </div>
      </form>
    </Modal>
  );
}
