import type { RecordView } from '../../shared/api/views.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

/**
 * The mark of a value the reviewer kept although the text says otherwise: ≠ in lists (the reason in its
 * tooltip), the reason with who and when on the record card.
 */
export function ValueDiffersMark({ record, full = false }: { record: Pick<RecordView, 'valueDiffers'>; full?: boolean }) {
  const { t, formatDateTime } = useI18n();
  const v = record.valueDiffers;
  if (!v) return null;
  const said = t('valueGuard.mark', { reason: v.reason, by: v.by, at: formatDateTime(v.at) });
  if (!full) return <span className="value-differs-mark" title={said} aria-label={said}>≠</span>;
  return <p className="hint small value-differs-note"><span className="value-differs-mark" aria-hidden="true">≠</span> {said}</p>;
}
