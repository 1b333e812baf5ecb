import type { RecordView } from '../../shared/api/views.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

/**
 * For a record sent back to review by corrections: the corrected words the reviewer last approved beside
 * the corrected words now, span by span.
 */
export function ReviewDifference({ record, compact = false }: { record: RecordView; compact?: boolean }) {
  const { t } = useI18n();
  const pairs = record.evidence
    .map((e, i) => ({ was: record.reviewedText[i] ?? '', now: e.correctedQuote }))
    .filter((p) => p.was !== p.now);
  if (pairs.length === 0) return null;
  if (compact) {
    return (
      <span className="review-diff compact">
        {pairs.map((p, i) => (
          <span key={i}>
            <del title={t('record.reviewedText')}>{p.was}</del> → <ins title={t('record.currentText')}>{p.now}</ins>
          </span>
        ))}
      </span>
    );
  }
  return (
    <div className="review-diff">
      {pairs.map((p, i) => (
        <div key={i} className="review-diff-pair">
          <div><span className="label">{t('record.reviewedText')}</span><del>{p.was}</del></div>
          <div><span className="label">{t('record.currentText')}</span><ins>{p.now}</ins></div>
        </div>
      ))}
    </div>
  );
}
