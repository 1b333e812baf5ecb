import { memo } from 'react';
import { errorReasonText } from '../i18n/reasons/errorReasons.ts';
import type { DocumentSummary } from '../../shared/api/views.ts';
import { hasUnsureGuess } from '../../shared/document/detailGuess.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

interface DocumentListProps {
  docs: DocumentSummary[] | null;
  currentDocId: string | null;
  onOpen(docId: string): void;
  onImport(): void;
  /** Edit the guessed title, region and years of the current document. */
  onEditDetails(docId: string): void;
}

/** The project's documents with what is left to do in each (draft / verified / needs review). */
export const DocumentList = memo(function DocumentList({ docs, currentDocId, onOpen, onImport, onEditDetails }: DocumentListProps) {
  const { t, language } = useI18n();
  return (
    <nav className="document-list" aria-label={t('docs.heading')}>
      <h2 className="pane-title">{t('docs.heading')}</h2>
      {docs === null && <p className="empty-state">{t('docs.loading')}</p>}
      {docs?.length === 0 && (
        <div className="empty-state">
          <p>{t('docs.empty')}</p>
          <button type="button" className="primary" onClick={onImport}>{t('header.import')}</button>
        </div>
      )}
      <ul>
        {docs?.map((doc) => {
          const needsReview = doc.counts.needs_review + doc.counts.orphaned;
          // A damaged document file is listed with its cause, not hidden and not openable.
          if (doc.error) {
            return (
              <li key={doc.docId}>
                <div className="document-item document-broken" role="note">
                  <span className="document-title">{doc.docId}</span>
                  <span className="document-meta warning">{t('docs.cannotOpen', { error: errorReasonText(language, doc.error, doc.errorReason) })}</span>
                </div>
              </li>
            );
          }
          return (
            <li key={doc.docId}>
              <button
                type="button"
                className="document-item"
                aria-current={doc.docId === currentDocId ? 'page' : undefined}
                onClick={() => onOpen(doc.docId)}
                title={doc.fileName}
              >
                <span className="document-title">{doc.title || t('docs.untitled')}</span>
                {/* Two reports may share a title: the file name tells them apart. */}
                <span className="document-file">{doc.fileName}</span>
                <span className="document-meta">
                  {[
                    doc.region,
                    doc.yearsReviewed.length ? t('docs.reviews', { years: doc.yearsReviewed.join(', ') }) : '',
                    doc.yearsPlanned.length ? t('docs.plans', { years: doc.yearsPlanned.join(', ') }) : '',
                  ].filter(Boolean).join(' · ')}
                  {!doc.detailsConfirmed && hasUnsureGuess(doc.detailGuesses) && (
                    <> <span className="guess-mark guess-mark-unsure" title={t('docDetails.editTitle')}>{t('docDetails.unsure')}</span></>
                  )}
                </span>
                <span
                  className="document-counts"
                  title={t('docs.countsTitle', { draft: doc.counts.draft, verified: doc.counts.verified, needsReview })}
                >
                  <span className="count count-draft">{t('status.draft')} {doc.counts.draft}</span>
                  <span className="count count-verified">{t('status.verified')} {doc.counts.verified}</span>
                  <span className={`count count-needs_review${needsReview ? ' count-attention' : ''}`}>{t('status.needs_review')} {needsReview}</span>
                  {doc.activeCorrections > 0 && <span className="count count-corrections">{t('docs.corrections', { n: doc.activeCorrections })}</span>}
                </span>
              </button>
              {doc.docId === currentDocId && (
                <button type="button" className="link small document-edit" title={t('docDetails.editTitle')} onClick={() => onEditDetails(doc.docId)}>
                  ✎ {t('docDetails.edit')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
});
