import { useRef, useState } from 'react';
import type { ReimportReport } from '../../shared/api/views.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { errorReasonText } from '../i18n/reasons/errorReasons.ts';
import type { RepairState } from './useRepairs.ts';

interface SourceSectionProps {
  report: ReimportReport | null;
  busy: boolean;
  replaceSource: RepairState['replaceSource'];
  onDismissReport(): void;
}

/**
 * Replace the source with a better copy of the report: the file is read here and sent as bytes
 * (docs.replaceSourceBytes); the answer says what carried over and what waits in the re-anchor queue.
 */
export function SourceSection({ report, busy, replaceSource, onDismissReport }: SourceSectionProps) {
  const { t, language } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [working, setWorking] = useState(false);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setWorking(true);
    try {
      await replaceSource(file);
    } finally {
      setWorking(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="repair-section source-section" aria-label={t('source.heading')}>
      <h3 className="repair-heading">{t('source.heading')}</h3>
      <input ref={input} type="file" accept=".txt,.md,text/plain,text/markdown" hidden onChange={(e) => void onFile(e.target.files?.[0])} data-testid="replace-source-input" />
      <button type="button" disabled={busy || working} title={t('source.replaceTitle')} onClick={() => input.current?.click()}>{t('source.replace')}</button>
      {working && <span className="muted small"> {t('source.replacing')}</span>}
      {report && (
        <div className="reimport-report" role="status">
          <p>
            {report.fromSha256 === report.toSha256
              ? t('source.same')
              : t('source.report', {
                sha: report.toSha256.slice(0, 12), kept: report.keptRecords, queued: report.queued.length,
                keptCorrections: report.keptCorrections, dropped: report.droppedCorrections.length,
              })}
          </p>
          {report.droppedCorrections.length > 0 && (
            <ul className="small">
              {report.droppedCorrections.map((d) => <li key={d.id}>{t('source.dropped', { id: d.id, reason: errorReasonText(language, d.reason, d.reasonCode) })}</li>)}
            </ul>
          )}
          <button type="button" className="link-button small" onClick={onDismissReport}>{t('notice.dismiss')}</button>
        </div>
      )}
    </section>
  );
}
