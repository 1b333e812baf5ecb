import { ChecksPanel } from '../assistant/ChecksPanel.tsx';
import { suggestionRange } from '../assistant/suggestionOverlays.ts';
import { SuggestionsPanel } from '../assistant/SuggestionsPanel.tsx';
import { openFindingCount } from '../assistant/checkGroups.ts';
import { ExtractionSide } from '../extraction/ExtractionSide.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { RepairsPanel } from '../repair/RepairsPanel.tsx';
import { EMPTY_DRAFT } from '../extraction/recordDraft.ts';
import { secondReviewerBlocks } from '../settings/secondReviewer.ts';
import { SideTabStrip } from './SideTabStrip.tsx';
import type { Workbench } from './useWorkbench.ts';

/** The document view's side column: the tab strip over one feature's panel (tabs listed in sideTabs.ts). */
export function SideColumn({ w }: { w: Workbench }) {
  const { t } = useI18n();
  const { ui, dispatch, data, editing, tables, suggestions, checks, repairs, editorRef } = w;
  // Everything here edits the open document, so a read-only one turns it off as saving does.
  const busy = w.editingOff;
  const { open, docId } = data;
  const { selectedRecord } = w;
  return (
    <div className="side-column">
      <SideTabStrip
        current={ui.sideTab}
        onChange={(tab) => dispatch({ type: 'sideTab', tab })}
        badges={{ repairs: repairs.findings?.length ?? 0, suggestions: suggestions.queue.length, checks: openFindingCount(checks.counts) }}
      />
      <div className="side-panel" role="tabpanel" id="side-panel-record" aria-labelledby="side-tab-record" hidden={ui.sideTab !== 'record'}>
        <ExtractionSide
          selectedRecord={selectedRecord && selectedRecord.docId === docId ? selectedRecord : null}
          hasSelection={editing.selection !== null}
          busy={busy}
          verifyBlockedReason={w.verifyBlockedReason}
          onStatus={editing.setStatus}
          onEdit={editing.startEdit}
          onUseSelection={() => editing.replaceEvidence(false)}
          onAddSelection={() => editing.replaceEvidence(true)}
          onShowEvidence={() => selectedRecord && w.goToRecord(selectedRecord)}
          form={{
            draft: editing.draft,
            onChange: editing.setDraft,
            onKindChange: editing.onKindChange,
            mode: editing.editingRecord ? 'edit' : 'new',
            quote: editing.quote,
            hint: editing.hint,
            indicators: w.indicators,
            busy,
            onSave: (verify) => void editing.saveDraft(verify),
            onCancelEdit: editing.cancelEdit,
            onClear: () => editing.setDraft(EMPTY_DRAFT),
            indicatorRef: w.indicatorRef,
          }}
          table={{
            variant: 'document',
            heading: t('table.heading'),
            ...tables.doc,
            selectedRecordId: ui.selectedRecordId,
            onRowClick: w.goToRecord,
            onBulkStatus: tables.onBulkStatus,
            onInlineEdit: tables.onInlineEdit,
            emptyMessage: t('table.empty'),
            busy,
          }}
        />
      </div>
      {ui.sideTab === 'repairs' && (
        <div className="side-panel" role="tabpanel" id="side-panel-repairs" aria-labelledby="side-tab-repairs">
          <RepairsPanel repairs={repairs} busy={busy} recordsById={w.recordsById} onGoToRecord={w.goToRecord} reveal={w.decorations.revealSpan} selectionSpan={editing.selectedSpan} />
        </div>
      )}
      {ui.sideTab === 'suggestions' && (
        <div className="side-panel" role="tabpanel" id="side-panel-suggestions" aria-labelledby="side-tab-suggestions">
          <SuggestionsPanel
            hasDocument={docId !== null}
            queue={suggestions}
            busy={busy}
            indicators={w.indicators}
            verifyBlocked={secondReviewerBlocks(data.project?.settings, w.reviewer, null)}
            documentYears={open?.summary ?? null}
            onShowEvidence={(s) => {
              const range = open ? suggestionRange(open.shown, s) : null;
              if (range) editorRef.current?.reveal(range);
            }}
          />
        </div>
      )}
      {ui.sideTab === 'checks' && (
        <div className="side-panel" role="tabpanel" id="side-panel-checks" aria-labelledby="side-tab-checks">
          <ChecksPanel
            checks={checks}
            recordsById={w.recordsById}
            documentTitles={w.documentTitles}
            selectedRecordId={ui.selectedRecordId}
            onJump={w.goToRecord}
          />
        </div>
      )}
    </div>
  );
}
