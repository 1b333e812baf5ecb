import { useRef, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { Modal } from '../dialogs/Modal.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { errorMessage, useErrorText } from '../i18n/useErrorText.ts';
import { errorReasonText } from '../i18n/reasons/errorReasons.ts';
import { fileToBase64 } from './base64.ts';

type FileOutcome =
  | { fileName: string; kind: 'imported'; docId: string }
  | { fileName: string; kind: 'duplicate'; docId: string }
  | { fileName: string; kind: 'failed'; reason: string };

interface ImportDialogProps {
  reviewer: string;
  onClose(): void;
  /** Called after the last file, with the first document imported (to open it). */
  onImported(firstDocId: string | null): void;
}

/**
 * Browser-side import: each chosen file is read here and sent as bytes (docs.importBytes), one at a time so
 * the progress line is honest and one bad file does not stop the rest.
 */
export function ImportDialog({ reviewer, onClose, onImported }: ImportDialogProps) {
  const { t, language } = useI18n();
  const describeError = useErrorText();
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [running, setRunning] = useState(false);

  const importFiles = async (files: File[]) => {
    if (files.length === 0) return;
    setRunning(true);
    const results: FileOutcome[] = [];
    setOutcomes([]);
    for (const [i, file] of files.entries()) {
      setProgress(t('import.progress', { i: i + 1, n: files.length, name: file.name }));
      let base64: string;
      try {
        base64 = await fileToBase64(file);
      } catch (e) {
        results.push({ fileName: file.name, kind: 'failed', reason: t('import.readFailed', { reason: errorMessage(e) }) });
        setOutcomes([...results]);
        continue;
      }
      try {
        const report = await api['docs.importBytes']({ fileName: file.name, base64, by: reviewer });
        for (const d of report.imported) results.push({ fileName: d.fileName, kind: 'imported', docId: d.docId });
        for (const d of report.duplicates) results.push({ fileName: d.fileName, kind: 'duplicate', docId: d.existingDocId });
        for (const d of report.failed) results.push({ fileName: d.fileName, kind: 'failed', reason: errorReasonText(language, d.reason, d.reasonCode) });
      } catch (e) {
        results.push({ fileName: file.name, kind: 'failed', reason: describeError(e) });
      }
      setOutcomes([...results]);
    }
    const count = (kind: FileOutcome['kind']) => results.filter((r) => r.kind === kind).length;
    setProgress(t('import.finished', { imported: count('imported'), duplicates: count('duplicate'), failed: count('failed') }));
    setRunning(false);
    if (input.current) input.current.value = '';
    const first = results.find((r) => r.kind === 'imported');
    onImported(first && first.kind === 'imported' ? first.docId : null);
  };

  return (
    <Modal title={t('import.heading')} onClose={onClose} className="import-dialog">
      <div className="stack">
        <p className="muted">{t('import.explain')}</p>
        <label className="file-picker">
          <span className="button primary">{t('import.choose')}</span>
          <input
            ref={input}
            type="file"
            multiple
            accept=".txt,.md,.markdown,.text,text/plain,text/markdown"
            disabled={running}
            onChange={(e) => void importFiles([...(e.target.files ?? [])])}
          />
        </label>
        {progress && <p className="progress-line" role="status" aria-live="polite">{progress}</p>}
        {outcomes.length > 0 && (
          <ul className="import-report">
            {outcomes.map((o, i) => (
              <li key={i} className={`import-${o.kind}`}>
                <strong>{o.fileName}</strong>{' '}
                {o.kind === 'imported' && t('import.imported')}
                {o.kind === 'duplicate' && t('import.duplicate', { docId: o.docId })}
                {o.kind === 'failed' && t('import.failed', { reason: o.reason })}
              </li>
            ))}
          </ul>
        )}
        <div className="actions">
          <button type="button" onClick={onClose} disabled={running}>{t('common.close')}</button>
        </div>
      </div>
    </Modal>
  );
}
