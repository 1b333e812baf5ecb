import { useState } from 'react';
import type { FindingView } from '../../shared/api/views.ts';
import type { CorrectionKind } from '../../shared/corrections/correction.ts';
import { Modal } from '../dialogs/Modal.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { BeforeAfter } from './BeforeAfter.tsx';

interface AcceptAllDialogProps {
  type: CorrectionKind;
  findings: readonly FindingView[];
  onConfirm(ids: readonly string[], onProgress: (done: number) => void): Promise<{ accepted: number; skipped: number }>;
  onClose(): void;
}

/** "Accept all of this type": first the list of what will change, then progress, then what happened. */
export function AcceptAllDialog({ type, findings, onConfirm, onClose }: AcceptAllDialogProps) {
  const { t } = useI18n();
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<{ accepted: number; skipped: number } | null>(null);
  const n = findings.length;
  const running = progress !== null && result === null;

  const run = async () => {
    setProgress(0);
    setResult(await onConfirm(findings.map((f) => f.id), setProgress));
  };

  return (
    <Modal title={t('repair.acceptAllHeading', { n, type: t(`repairKind.${type}`) })} onClose={() => !running && onClose()} className="accept-all-dialog">
      <p className="muted small">{t('repair.acceptAllExplain')}</p>
      <ol className="accept-all-list">
        {findings.map((f) => (
          <li key={f.id}>
            <BeforeAfter before={f.text} after={f.replacement} />
          </li>
        ))}
      </ol>
      {running && <p role="status">{t('repair.acceptAllProgress', { i: Math.min(n, progress + 1), n })}</p>}
      {result && <p role="status">{t('repair.acceptAllDone', { accepted: result.accepted, skipped: result.skipped, n })}</p>}
      <div className="actions dialog-actions">
        {result ? (
          <button type="button" className="primary" autoFocus onClick={onClose}>{t('common.close')}</button>
        ) : (
          <>
            <button type="button" className="primary" autoFocus disabled={running} onClick={() => void run()}>{t('repair.acceptAllConfirm', { n })}</button>
            <button type="button" disabled={running} onClick={onClose}>{t('common.cancel')}</button>
          </>
        )}
      </div>
    </Modal>
  );
}
