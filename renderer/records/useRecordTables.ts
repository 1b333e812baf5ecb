import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RecordView } from '../../shared/api/views.ts';
import type { WorkbenchMode } from '../app/uiStore.ts';
import type { RecordActions } from '../app/useRecordActions.ts';
import type { InlineField } from './RecordsTable.tsx';
import { DEFAULT_SORT, NO_FILTER, toggleSort, type RecordFilter, type RecordSort, type SortColumn } from './recordQuery.ts';
import { tableRowsKeeper } from './tableRows.ts';

const NO_ROWS: readonly RecordView[] = [];

/**
 * One table's filter, sort and checked rows, and the rows they leave. A table not on screen sorts nothing: the
 * project's 20,000 records are not re-sorted after every save made in the document view; one on screen places
 * only the records a save changed (tableRows.ts).
 */
function useTableState(records: readonly RecordView[], shown: boolean) {
  const [query, setQuery] = useState<{ filter: RecordFilter; sort: RecordSort }>({ filter: NO_FILTER, sort: DEFAULT_SORT });
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [rowsOf] = useState(tableRowsKeeper);
  const rows = useMemo(() => (shown ? rowsOf(records, query.filter, query.sort) : NO_ROWS), [rowsOf, records, query, shown]);
  const onSortChange = useCallback((column: SortColumn) => setQuery((q) => ({ ...q, sort: toggleSort(q.sort, column) })), []);
  const onFilterChange = useCallback((filter: RecordFilter) => setQuery((q) => ({ ...q, filter })), []);
  return { rows, all: records, filter: query.filter, sort: query.sort, onSortChange, onFilterChange, checked, onCheckedChange: setChecked };
}

export type RecordTableState = ReturnType<typeof useTableState>;

interface RecordTablesInput {
  docId: string | null;
  docRecords: readonly RecordView[];
  allRecords: readonly RecordView[];
  mode: WorkbenchMode;
  actions: RecordActions;
  requireReviewer(): boolean;
}

/** The document's records table (Record tab) and the project's (All records), with their bulk and inline edits. */
export function useRecordTables({ docId, docRecords, allRecords, mode, actions, requireReviewer }: RecordTablesInput) {
  const doc = useTableState(docRecords, mode !== 'project');
  const project = useTableState(allRecords, mode === 'project');
  const { onCheckedChange: setDocChecked } = doc;
  // Another document: the checked rows belonged to the previous one.
  useEffect(() => setDocChecked(new Set()), [docId, setDocChecked]);

  const shown = mode === 'project' ? project : doc;
  const onBulkStatus = useCallback((status: 'verified' | 'rejected') => {
    if (!requireReviewer()) return;
    const rows = shown.rows.filter((r) => shown.checked.has(r.id) && !(status === 'verified' && r.status === 'orphaned'));
    void actions.setStatusOfMany(rows, status).then(() => shown.onCheckedChange(new Set()));
  }, [requireReviewer, shown, actions]);

  const onInlineEdit = useCallback((record: RecordView, field: InlineField, value: string) => {
    if (requireReviewer()) void actions.update(record, { fields: { [field]: value } });
  }, [requireReviewer, actions]);

  return { doc, project, shownRows: shown.rows, onBulkStatus, onInlineEdit };
}

export type RecordTables = ReturnType<typeof useRecordTables>;
