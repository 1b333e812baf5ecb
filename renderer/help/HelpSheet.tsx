import { Modal } from '../dialogs/Modal.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { formatChord, GLOBAL_SHORTCUTS, OTHER_SHORTCUTS, type KeyChord } from '../keyboard/shortcuts.ts';
import { useSingleKeyShortcuts } from '../keyboard/singleKeyShortcuts.ts';

/** The shortcut list, generated from the same table the key handler uses. */
export function HelpSheet({ isMac, onClose }: { isMac: boolean; onClose(): void }) {
  const { t } = useI18n();
  const singleKeys = useSingleKeyShortcuts();
  const keys = (chords: readonly KeyChord[]) => chords.map((c, i) => <kbd key={i}>{formatChord(c, isMac)}</kbd>);
  return (
    <Modal title={t('help.heading')} onClose={onClose} className="help-sheet">
      <p className="hint">{t(singleKeys ? 'keys.singleKeysOnHint' : 'keys.singleKeysOffHint')}</p>
      <h3>{t('help.inText')}</h3>
      <dl className="shortcut-list">
        {GLOBAL_SHORTCUTS.map((s) => (
          <div key={s.action}>
            <dt>{keys(s.chords)}</dt>
            <dd>{t(s.description)}</dd>
          </div>
        ))}
        {OTHER_SHORTCUTS.filter((s) => s.where !== 'form').map((s) => (
          <div key={s.description}>
            <dt>{keys(s.chords)}</dt>
            <dd>{t(s.description)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('help.inForm')}</h3>
      <dl className="shortcut-list">
        {OTHER_SHORTCUTS.filter((s) => s.where === 'form').map((s) => (
          <div key={s.description}>
            <dt>{keys(s.chords)}</dt>
            <dd>{t(s.description)}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}
