import { useI18n } from '../i18n/I18nContext.tsx';
import { THEMES, type Theme } from './theme.ts';

/** Light / dark / system as three radio items (in the header's settings menu). */
export function ThemeSwitch({ theme, onChange }: { theme: Theme; onChange(theme: Theme): void }) {
  const { t } = useI18n();
  return (
    <div className="segmented theme-switch" role="group" aria-label={t('theme.label')}>
      {THEMES.map((th) => (
        <button key={th} type="button" role="menuitemradio" aria-checked={theme === th} data-theme={th} onClick={() => onChange(th)}>
          {t(`theme.${th}`)}
        </button>
      ))}
    </div>
  );
}
