import type { MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useOperationProgress } from './useOperationProgress.ts';

/**
 * Long calls (suggestions, defects, checks, imports, a replaced source, export) that take more than a moment:
 * what each is doing, for how long, and a button that stops it (the work is dropped, nothing is written).
 */
export function OperationProgressPanel() {
  const { t } = useI18n();
  const { shown, cancel } = useOperationProgress();
  if (shown.length === 0) return null;
  return (
    <div className="operation-progress" role="status" aria-live="polite" aria-label={t('operation.panel')}>
      {shown.map((o) => {
        const p = o.progress;
        const counted = p?.total !== undefined;
        const cancellable = (p?.cancellable ?? true) && !o.cancelling;
        return (
          <div className="operation" key={o.operationId} data-operation={o.method}>
            <div className="operation-text">
              <strong>{t(`operation.method.${o.method}` as MessageKey)}</strong>
              <span className="operation-step">
                {o.cancelling ? t('operation.cancelling') : t(`operation.step.${p?.step ?? 'waiting'}` as MessageKey)}
                {counted ? ` (${p.done ?? 0}/${p.total})` : ''}
                {p ? ` · ${t('operation.elapsed', { seconds: (p.elapsedMs / 1000).toFixed(1) })}` : ''}
              </span>
            </div>
            <progress {...(counted && p.total ? { value: p.done ?? 0, max: p.total } : {})} aria-label={t(`operation.method.${o.method}` as MessageKey)} />
            <button type="button" disabled={!cancellable} title={cancellable ? t('operation.cancelTitle') : t('operation.notCancellable')} onClick={() => cancel(o.operationId)}>
              {t('operation.cancel')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
