import { useMemo, type Ref } from 'react';
import type { DocumentSummary } from '../../shared/api/views.ts';
import { RECORD_STATUSES } from '../../shared/records/indicatorRecord.ts';
import { ReadOnlyBanner } from '../documents/ReadOnlyBanner.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { IS_MAC } from '../keyboard/platform.ts';
import { formatChord, keysForAction, SEARCH_CHORD } from '../keyboard/shortcuts.ts';
import { editorPhrases } from './editorPhrases.ts';
import { ReportEditor, type ReportEditorHandle, type ReportEditorProps } from './ReportEditor.tsx';

interface TextPaneProps extends Omit<ReportEditorProps, 'ariaLabel' | 'phrases' | 'ref'> {
  summary: DocumentSummary | null;
  hasDocument: boolean;
  loading: boolean;
  editorRef: Ref<ReportEditorHandle>;
}

/** The report text with its title and a colour legend; the editor stays mounted across documents. */
export function TextPane({ summary, hasDocument, loading, editorRef, ...editorProps }: TextPaneProps) {
  const { t, language } = useI18n();
  const phrases = useMemo(() => editorPhrases(language), [language]);
  const { editable = false, diff, onToggleEdit } = editorProps;
  return (
    <section className={`text-pane${editable ? ' text-pane-editing' : ''}`} aria-label={t('editor.label')}>
      <div className="pane-toolbar">
        <h2 className="pane-title document-heading" title={summary?.fileName}>{summary ? summary.title || summary.fileName : t('editor.label')}</h2>
        {diff ? (
          <span className="legend" aria-label={t('editor.diffLegend')}>
            <del className="legend-item diff-del">{t('editor.diffDeleted')}</del>
            <ins className="legend-item diff-ins">{t('editor.diffInserted')}</ins>
          </span>
        ) : (
          <span className="legend" aria-label={t('editor.legend')}>
            {RECORD_STATUSES.map((s) => <span key={s} className={`legend-item hl hl-${s}`}>{t(`status.${s}`)}</span>)}
          </span>
        )}
        {onToggleEdit && (
          <button
            type="button"
            className="edit-toggle"
            aria-pressed={editable}
            disabled={!hasDocument || Boolean(summary?.readOnly)}
            onClick={onToggleEdit}
            title={t('editor.editModeTitle', { keys: keysForAction('toggleEditMode', IS_MAC) })}
          >
            ✎ {t('editor.editMode')}
          </button>
        )}
        <span className="muted small">{t('editor.searchHint', { keys: formatChord(SEARCH_CHORD, IS_MAC) })}</span>
      </div>
      <ReadOnlyBanner summary={summary} />
      {editable && <div className="editing-banner" role="status">{t('editor.editingBanner')}</div>}
      <div className="editor-frame">
        <ReportEditor {...editorProps} ref={editorRef} ariaLabel={t('editor.label')} phrases={phrases} />
        {!hasDocument && <div className="editor-overlay empty-state">{t('editor.chooseDocument')}</div>}
        {hasDocument && loading && <div className="editor-overlay empty-state">{t('editor.loading')}</div>}
      </div>
    </section>
  );
}
