import type { DocumentSummary } from '../../shared/api/views.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

/**
 * Says, above the text, that the open document is read-only and why (the damaged line of its audit log, named by
 * file and line) in the reviewer's language; the services' own English message stands in when a cause is missing.
 * The editing actions are disabled meanwhile (useWorkbench's `readOnly`).
 */
export function ReadOnlyBanner({ summary }: { summary: DocumentSummary | null }) {
  const { t } = useI18n();
  if (!summary?.readOnly) return null;
  const cause = summary.readOnlyCause;
  const text = cause?.kind === 'damagedLine' ? t('readOnly.damagedLine', { line: cause.line, file: cause.file })
    : cause?.kind === 'logBehindCheckpoint' ? t('readOnly.logBehind', { logged: cause.loggedSeq, checkpoint: cause.checkpointSeq, file: cause.file })
      : summary.readOnly;
  return (
    <div className="read-only-banner" role="status">
      <strong>🔒 {t('readOnly.heading')}</strong>
      <span className="read-only-reason">{text}</span>
    </div>
  );
}
