import type { CorrectionView, QuoteCandidate, RecordView } from '../../shared/api/views.ts';
import { CorrectionsList } from './CorrectionsList.tsx';
import { FindingsSection } from './FindingsSection.tsx';
import { ReanchorQueue, type RawSpan } from './ReanchorQueue.tsx';
import { RecordsNotice } from './RecordsNotice.tsx';
import { SourceSection } from './SourceSection.tsx';
import { findingSpan } from './spanRanges.ts';
import type { SpanRef } from '../text/shownText.ts';
import type { RepairState } from './useRepairs.ts';
import type { RecordLookup } from '../state/recordIndex.ts';

interface RepairsPanelProps {
  repairs: RepairState;
  busy: boolean;
  recordsById: RecordLookup;
  onGoToRecord(record: RecordView): void;
  /** Scrolls the text pane to a span, in whichever view is shown, outlined unless told otherwise. */
  reveal(span: SpanRef, outline?: boolean): void;
  /** The reviewer's text selection as a raw span (null, with the reason shown, when there is none). */
  selectionSpan(): RawSpan | null;
}

/** The Repairs tab: records a repair touched, the findings, the corrections, and the source and its re-anchor queue. */
export function RepairsPanel({ repairs, busy, recordsById, onGoToRecord, reveal, selectionSpan }: RepairsPanelProps) {
  const revealCorrection = (c: CorrectionView) => reveal({
    raw: { start: c.start, end: c.end },
    ...(c.correctedStart !== null && c.correctedEnd !== null ? { corrected: { start: c.correctedStart, end: c.correctedEnd } } : {}),
  });
  const revealCandidate = (c: QuoteCandidate) => reveal({ raw: { start: c.start, end: c.end }, corrected: { start: c.correctedStart, end: c.correctedEnd } });
  return (
    <div className="repairs-panel">
      {repairs.notice && (
        <RecordsNotice
          notice={repairs.notice}
          recordsById={recordsById}
          busy={busy}
          onGoToRecord={onGoToRecord}
          onRevealCandidate={revealCandidate}
          findCopies={repairs.findCopies}
          moveRecord={repairs.moveRecord}
          onDismiss={repairs.dismissNotice}
        />
      )}
      <FindingsSection
        findings={repairs.findings}
        currentId={repairs.currentId}
        busy={busy}
        onCurrentChange={(f) => {
          repairs.setCurrentId(f.id);
          // The current finding has its own strong overlay.
          reveal(findingSpan(f), false);
        }}
        accept={repairs.accept}
        reject={repairs.reject}
        acceptAll={repairs.acceptAll}
      />
      <ReanchorQueue
        items={repairs.reanchor}
        busy={busy}
        selectionSpan={selectionSpan}
        onRevealRaw={(span) => reveal({ raw: span })}
        resolve={repairs.resolveReanchor}
        discard={repairs.discardReanchor}
      />
      <CorrectionsList corrections={repairs.corrections} busy={busy} revert={repairs.revert} onReveal={revealCorrection} />
      <SourceSection report={repairs.reimport} busy={busy} replaceSource={repairs.replaceSource} onDismissReport={repairs.dismissReimport} />
    </div>
  );
}
