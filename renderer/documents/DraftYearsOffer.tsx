import { useState } from 'react';
import type { DocumentSummary } from '../../shared/api/views.ts';
import { draftYearChanges, type DraftYearChange } from '../../shared/document/draftYearChanges.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useErrorText } from '../i18n/useErrorText.ts';

interface Pending {
  docId: string;
  changes: DraftYearChange[];
  count: number;
}

export interface DraftYearsOfferState {
  pending: Pending | null;
  /** After the years changed: whether drafts carry the old years (then the offer is pending). */
  check(before: DocumentSummary, after: DocumentSummary): Promise<boolean>;
  apply(): Promise<boolean>;
  error: string | null;
}

/** Counts the drafts a change of years leaves behind (records.updateDraftYears, dry run) and moves them on request. */
export function useDraftYearsOffer(reviewer: string): DraftYearsOfferState {
  const api = useApi();
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const describeError = useErrorText();
  return {
    pending,
    error,
    async check(before, after) {
      const changes = draftYearChanges(before, after);
      if (changes.length === 0) return false;
      const dry = await api['records.updateDraftYears']({ docId: after.docId, changes, by: reviewer, dryRun: true });
      if (dry.recordIds.length === 0) return false;
      setPending({ docId: after.docId, changes, count: dry.recordIds.length });
      return true;
    },
    async apply() {
      if (!pending) return false;
      try {
        await api['records.updateDraftYears']({ docId: pending.docId, changes: pending.changes, by: reviewer });
        return true;
      } catch (e) {
        setError(describeError(e));
        return false;
      }
    },
  };
}

/** The offer itself: move the drafts (one undo step) or keep them; verified records are never touched. */
export function DraftYearsOffer({ offer, onDone }: { offer: DraftYearsOfferState; onDone(moved: boolean): void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const pending = offer.pending!;
  const years = pending.changes.map((c) => `${c.from} → ${c.to}`).join('、');
  return (
    <div className="stack draft-years-offer">
      <p>{t('docDetails.draftsOffer', { n: pending.count, years })}</p>
      {offer.error && <p className="hint warning" role="alert">{offer.error}</p>}
      <div className="actions">
        <button
          type="button" className="primary" autoFocus disabled={busy}
          onClick={() => {
            setBusy(true);
            void offer.apply().then((moved) => {
              setBusy(false);
              if (moved) onDone(true);
            });
          }}
        >
          {t('docDetails.updateDrafts', { n: pending.count })}
        </button>
        <button type="button" onClick={() => onDone(false)}>{t('docDetails.keepDrafts')}</button>
      </div>
    </div>
  );
}
