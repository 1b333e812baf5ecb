import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useSetSingleKeyShortcuts, useSingleKeyShortcuts } from '../keyboard/singleKeyShortcuts.ts';
import type { Theme } from './theme.ts';
import { ThemeSwitch } from './ThemeSwitch.tsx';

interface HeaderMenuProps {
  theme: Theme;
  onThemeChange(theme: Theme): void;
  onCodebook(): void;
  onSettings(): void;
}

/**
 * The header's ⚙ menu: the theme (light / dark / system), the indicator codebook and the project settings.
 * One button keeps the header on one line; Escape or a click elsewhere closes it.
 */
export function HeaderMenu({ theme, onThemeChange, onCodebook, onSettings }: HeaderMenuProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const singleKeys = useSingleKeyShortcuts();
  const setSingleKeyShortcuts = useSetSingleKeyShortcuts();

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const choose = (action: () => void) => () => {
    setOpen(false);
    action();
  };

  return (
    <div
      className="header-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        className="icon-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('settings.menu')}
        title={t('settings.menuTitle')}
        onClick={() => setOpen((o) => !o)}
      >
        ⚙
      </button>
      {open && (
        <div className="header-menu-popup" role="menu" id={menuId} aria-label={t('settings.menu')}>
          <div className="header-menu-label">{t('theme.label')}</div>
          <ThemeSwitch theme={theme} onChange={onThemeChange} />
          <hr />
          <button type="button" role="menuitem" onClick={choose(onCodebook)} title={t('codebook.openTitle')}>{t('codebook.open')}</button>
          <button type="button" role="menuitem" onClick={choose(onSettings)} title={t('settings.openTitle')}>{t('settings.open')}</button>
          <hr />
          <button type="button" role="menuitemcheckbox" aria-checked={singleKeys} onClick={() => setSingleKeyShortcuts(!singleKeys)} title={t('keys.singleKeysTitle')}>
            {singleKeys ? '☑' : '☐'} {t('keys.singleKeys')}
          </button>
        </div>
      )}
    </div>
  );
}
