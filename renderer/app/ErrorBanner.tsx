import { useI18n } from '../i18n/I18nContext.tsx';

/** The last error in plain words (the API's message names the record, file or field at fault). */
export function ErrorBanner({ message, onDismiss }: { message: string | null; onDismiss(): void }) {
  const { t } = useI18n();
  if (!message) return null;
  return (
    <div className="error-banner" role="alert">
      <strong>{t('error.heading')}</strong>
      <span className="error-message">{message}</span>
      <button type="button" onClick={onDismiss} title="Esc">{t('error.dismiss')}</button>
    </div>
  );
}
