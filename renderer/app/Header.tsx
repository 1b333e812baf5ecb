import type { ReactNode } from 'react';
import type { HistoryView } from '../../shared/api/views.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { LANGUAGES, isLanguage } from '../i18n/language.ts';
import { IS_MAC } from '../keyboard/platform.ts';
import { keysForAction } from '../keyboard/shortcuts.ts';
import type { SaveState } from '../state/useSaveStatus.ts';
import type { TextView } from '../text/shownText.ts';
import type { WorkbenchMode } from './uiStore.ts';

interface HeaderProps {
  projectName: string | null;
  saveState: SaveState;
  mode: WorkbenchMode;
  onModeChange(mode: WorkbenchMode): void;
  /** 'diff' (repair): the raw text with the corrections drawn over it. */
  textView: TextView | 'diff';
  onTextViewChange(view: TextView | 'diff'): void;
  history: HistoryView | null;
  onUndo(): void;
  onRedo(): void;
  onImport(): void;
  onExport(): void;
  onHelp(): void;
  reviewer: string | null;
  onChangeReviewer(): void;
  /** Project tools placed before the reviewer name (the ⚙ menu: theme, codebook, settings). */
  tools?: ReactNode;
}

const SAVE_LABEL = { idle: 'header.idle', saving: 'header.saving', saved: 'header.saved', failed: 'header.saveFailed' } as const;

export function Header(props: HeaderProps) {
  const { t, language, setLanguage } = useI18n();
  const { history } = props;
  const undoKeys = keysForAction('undo', IS_MAC);
  const redoKeys = keysForAction('redo', IS_MAC);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="app-name">{t('app.name')}</span>
        {props.projectName && <span className="project-name" title={props.projectName}>{props.projectName}</span>}
      </div>

      <div className="segmented" role="group" aria-label={t('header.mode')}>
        <button type="button" aria-pressed={props.mode === 'document'} onClick={() => props.onModeChange('document')} title={t('header.documentModeTitle')}>
          {t('header.documentMode')}
        </button>
        <button type="button" aria-pressed={props.mode === 'project'} onClick={() => props.onModeChange('project')} title={t('header.projectModeTitle')}>
          {t('header.projectMode')}
        </button>
        <button type="button" aria-pressed={props.mode === 'dataset'} onClick={() => props.onModeChange('dataset')} title={t('header.datasetModeTitle')}>
          {t('header.datasetMode')}
        </button>
      </div>

      <div className="segmented" role="group" aria-label={t('header.textView')}>
        <button type="button" aria-pressed={props.textView === 'raw'} onClick={() => props.onTextViewChange('raw')} title={t('header.rawTitle')}>
          {t('header.raw')}
        </button>
        <button type="button" aria-pressed={props.textView === 'corrected'} onClick={() => props.onTextViewChange('corrected')} title={t('header.correctedTitle')}>
          {t('header.corrected')}
        </button>
        <button type="button" aria-pressed={props.textView === 'diff'} onClick={() => props.onTextViewChange('diff')} title={t('header.diffTitle')}>
          {t('header.diff')}
        </button>
      </div>

      <div className="button-group">
        <button
          type="button"
          onClick={props.onUndo}
          disabled={!history?.canUndo}
          title={history?.undoSummary ? t('header.undoTitle', { summary: history.undoSummary, keys: undoKeys }) : t('header.nothingToUndo', { keys: undoKeys })}
        >
          ↶ {t('header.undo')}
        </button>
        <button
          type="button"
          onClick={props.onRedo}
          disabled={!history?.canRedo}
          title={history?.redoSummary ? t('header.redoTitle', { summary: history.redoSummary, keys: redoKeys }) : t('header.nothingToRedo', { keys: redoKeys })}
        >
          ↷ {t('header.redo')}
        </button>
      </div>

      <span className={`save-state save-${props.saveState}`} role="status" aria-live="polite">
        {t(SAVE_LABEL[props.saveState])}
      </span>

      <div className="header-spacer" />

      <div className="button-group">
        <button type="button" onClick={props.onImport} title={t('header.importTitle')}>{t('header.import')}</button>
        <button type="button" onClick={props.onExport} title={t('header.exportTitle')}>{t('header.export')}</button>
      </div>

      {props.tools}

      <button type="button" className="link-button" onClick={props.onChangeReviewer} title={t('header.reviewerTitle')}>
        {props.reviewer ? t('header.reviewer', { name: props.reviewer }) : '—'}
      </button>

      <label className="language-switch" title={t('header.language')}>
        <span className="visually-hidden">{t('header.language')}</span>
        <select value={language} onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}>
          {LANGUAGES.map((l) => <option key={l} value={l}>{t(`language.${l}`)}</option>)}
        </select>
      </label>

      <button type="button" className="icon-button" onClick={props.onHelp} title={t('header.helpTitle')} aria-label={t('header.help')}>?</button>
    </header>
  );
}
