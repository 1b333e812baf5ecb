import type { ComponentProps } from 'react';
import type { RecordView } from '../../shared/api/views.ts';
import type { SettableStatus } from '../app/useRecordActions.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { RecordsTable } from '../records/RecordsTable.tsx';
import { RecordForm } from './RecordForm.tsx';
import { RecordSplit } from './RecordSplit.tsx';
import { SelectedRecordCard } from './SelectedRecordCard.tsx';

interface ExtractionSideProps {
  selectedRecord: RecordView | null;
  hasSelection: boolean;
  busy: boolean;
  verifyBlockedReason?: string | null;
  onStatus(status: SettableStatus): void;
  onEdit(): void;
  onUseSelection(): void;
  onAddSelection(): void;
  onShowEvidence(): void;
  form: ComponentProps<typeof RecordForm>;
  table: ComponentProps<typeof RecordsTable>;
}

/** The right-hand side of the document view: the selected record and the record form over the document's records (a resizable split). */
export function ExtractionSide({ selectedRecord, hasSelection, busy, verifyBlockedReason, form, table, ...on }: ExtractionSideProps) {
  const { t } = useI18n();
  return (
    <aside className="extraction-side">
      <RecordSplit
        form={<div className="extraction-top">
        <div className="selected-slot">
        {selectedRecord ? (
          <SelectedRecordCard
            record={selectedRecord}
            hasSelection={hasSelection}
            busy={busy}
            verifyBlockedReason={verifyBlockedReason}
            onVerify={() => on.onStatus('verified')}
            onReject={() => on.onStatus('rejected')}
            onReopen={() => on.onStatus('draft')}
            onEdit={on.onEdit}
            onUseSelection={on.onUseSelection}
            onAddSelection={on.onAddSelection}
            onShowEvidence={on.onShowEvidence}
          />
        ) : (
          <p className="selected-record placeholder">{t('record.none')}</p>
        )}
        </div>
        <RecordForm {...form} />
        </div>}
        table={<RecordsTable {...table} />}
      />
    </aside>
  );
}
