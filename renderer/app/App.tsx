import { DocumentList } from '../documents/DocumentList.tsx';
import { TextPane } from '../editor/TextPane.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { RecordsTable } from '../records/RecordsTable.tsx';
import { HeaderMenu } from '../settings/HeaderMenu.tsx';
import { DatasetView } from '../dataset/DatasetView.tsx';
import { DocumentSplit } from './DocumentSplit.tsx';
import { ErrorBanner } from './ErrorBanner.tsx';
import { OperationProgressPanel } from '../operations/OperationProgressPanel.tsx';
import { Header } from './Header.tsx';
import { SideColumn } from './SideColumn.tsx';
import { useWorkbench } from './useWorkbench.ts';
import { useWorkbenchKeys } from './useWorkbenchKeys.ts';
import { shownSaveState } from './shownSaveState.ts';
import { WorkbenchDialogs } from './WorkbenchDialogs.tsx';

/**
 * The window's layout: header, documents, the report text beside the side column (or the project's records),
 * and the dialogs. The state lives in the features, composed by useWorkbench.ts.
 */
export function App() {
  const { t } = useI18n();
  const w = useWorkbench();
  useWorkbenchKeys(w);
  const { ui, dispatch, data, save, editing, decorations, busy } = w;
  const { open, docId } = data;
  const openDialog = (dialog: NonNullable<typeof ui.dialog>) => () => dispatch({ type: 'dialog', dialog });

  return (
    <div className={`app mode-${ui.mode}`}>
      <Header
        projectName={data.project?.name ?? null}
        saveState={shownSaveState(save.state, open?.history ?? null)}
        mode={ui.mode}
        onModeChange={(mode) => dispatch({ type: 'mode', mode })}
        textView={ui.showDiff ? 'diff' : data.textView}
        onTextViewChange={w.changeTextView}
        history={open ? (w.readOnly ? { ...open.history, canUndo: false, canRedo: false } : open.history) : null}
        onUndo={() => w.undoRedo('undo')}
        onRedo={() => w.undoRedo('redo')}
        onImport={openDialog('import')}
        onExport={openDialog('export')}
        onHelp={openDialog('help')}
        reviewer={w.reviewer}
        onChangeReviewer={openDialog('reviewer')}
        tools={<HeaderMenu theme={w.theme} onThemeChange={w.setTheme} onCodebook={openDialog('codebook')} onSettings={openDialog('settings')} />}
      />
      <ErrorBanner message={save.error} onDismiss={save.dismissError} />
      <OperationProgressPanel />
      <main className="workspace">
        <DocumentList docs={data.docs} currentDocId={docId} onOpen={w.openDocument} onImport={openDialog('import')} onEditDetails={openDialog('docDetails')} />
        <div className="document-workspace" hidden={ui.mode !== 'document'}>
          <DocumentSplit
            side={<SideColumn w={w} />}
            text={<TextPane
              summary={open?.summary ?? null}
              hasDocument={docId !== null}
              loading={docId !== null && open?.shown.docId !== docId}
              editorRef={w.editorRef}
              shown={open?.shown ?? null}
              highlights={decorations.highlights}
              selectedRanges={decorations.selectedRanges}
              onSelect={editing.onSelect}
              onHighlightClick={(recordId) => dispatch({ type: 'selectRecord', recordId })}
              onEnterWithSelection={editing.focusIndicator}
              tooltipFor={decorations.tooltipFor}
              overlays={decorations.overlays}
              onOverlayClick={w.onOverlayClick}
              diff={decorations.diffMarks}
              editable={ui.editMode && open?.shown.view === 'corrected'}
              onToggleEdit={w.toggleEditMode}
              onCommitEdits={w.repairs.commitEdits}
              onUndo={() => w.undoRedo('undo')}
              onRedo={() => w.undoRedo('redo')}
            />}
          />
        </div>
        {ui.mode === 'dataset' && (
          <DatasetView records={w.allRecords} docs={data.docs} codebook={w.codebook.codebook} checks={w.checks} recordsById={w.recordsById} documentTitles={w.documentTitles} selectedRecordId={ui.selectedRecordId} onJump={w.goToRecord} />
        )}
        {ui.mode === 'project' && (
          <div className="project-workspace">
            <RecordsTable
              variant="project"
              heading={t('table.projectHeading')}
              {...w.tables.project}
              selectedRecordId={ui.selectedRecordId}
              onRowClick={w.goToRecord}
              onBulkStatus={w.tables.onBulkStatus}
              onInlineEdit={w.tables.onInlineEdit}
              documentTitles={w.documentTitles}
              emptyMessage={t('table.emptyProject')}
              busy={busy}
            />
          </div>
        )}
      </main>
      <WorkbenchDialogs w={w} />
    </div>
  );
}
