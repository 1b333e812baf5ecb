import type { ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { useI18n } from '../i18n/I18nContext.tsx';

/** Toolbar, filters, header and eight 30 px rows of the document's records table (RecordsTable.tsx). */
const TABLE_EIGHT_ROWS_PX = 346;

/**
 * The Record tab's form above the document's records table, with a separator the reviewer drags (or moves with
 * the arrow keys when focused); the split is remembered across reloads. By default the table has room for eight
 * rows and keeps its height in pixels when the window changes: the form's side (its natural height and the
 * selected record's card) takes the rest. Only the reviewer's own moves are saved, never a layout measured
 * while the tab was hidden.
 */
export function RecordSplit({ form, table }: { form: ReactNode; table: ReactNode }) {
  const { t } = useI18n();
  const { defaultLayout, onLayoutChanged } = useDefaultLayout({ id: 'iw-record-split', storage: localStorage, onlySaveAfterUserInteractions: true });
  return (
    <Group orientation="vertical" className="record-split" defaultLayout={defaultLayout} onLayoutChanged={onLayoutChanged}>
      <Panel id="form" className="split-pane" minSize={160}>{form}</Panel>
      <Separator className="split-handle split-handle-rows" aria-label={t('layout.resizeRecords')} />
      <Panel id="records" className="split-pane" defaultSize={TABLE_EIGHT_ROWS_PX} minSize={130} groupResizeBehavior="preserve-pixel-size">{table}</Panel>
    </Group>
  );
}
