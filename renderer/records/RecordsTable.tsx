import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { RecordView } from '../../shared/api/views.ts';
import type { RecordStatus } from '../../shared/records/indicatorRecord.ts';
import { ReviewDifference } from '../extraction/ReviewDifference.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { EditableCell } from './EditableCell.tsx';
import { RecordFilters } from './RecordFilters.tsx';
import type { RecordFilter, RecordSort, SortColumn } from './recordQuery.ts';
import { ValueDiffersMark } from './ValueDiffersMark.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { scrollRowIntoView, useVirtualRows } from './useVirtualRows.ts';

export type InlineField = 'indicator' | 'value' | 'unit';
export type TableVariant = 'document' | 'project';

interface RecordsTableProps {
  variant: TableVariant;
  heading: string;
  /** Filtered and sorted: the order j/k follows. */
  rows: readonly RecordView[];
  /** All records before filtering (for the filter menus and the count). */
  all: readonly RecordView[];
  filter: RecordFilter;
  onFilterChange(filter: RecordFilter): void;
  sort: RecordSort;
  onSortChange(column: SortColumn): void;
  selectedRecordId: string | null;
  onRowClick(record: RecordView): void;
  checked: ReadonlySet<string>;
  onCheckedChange(checked: Set<string>): void;
  onBulkStatus(status: Extract<RecordStatus, 'verified' | 'rejected'>): void;
  onInlineEdit(record: RecordView, field: InlineField, value: string): void;
  documentTitles?: ReadonlyMap<string, string>;
  emptyMessage: string;
  busy: boolean;
}

interface Column {
  id: SortColumn | 'check';
  label: MessageKey | null;
  cell(record: RecordView): ReactNode;
}

// Fixed row heights let the table draw only what is visible. The project's rows are two lines (fields, then the
// evidence); the document's are one, so a laptop screen shows eight of them beside the form (the evidence is in
// the text, the row's tooltip and the selected record's card).
const ROW_HEIGHT = { document: 30, project: 52 } as const;
const HEADER_HEIGHT = 34;

/** Records of a document or of the whole project: sortable, filterable, bulk-checkable, editable in place. */
export const RecordsTable = memo(function RecordsTable(props: RecordsTableProps) {
  const { t, formatDateTime } = useI18n();
  const { rows, checked, variant } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = ROW_HEIGHT[variant];
  const visible = useVirtualRows(scrollRef, rows.length, rowHeight);

  const { selectedRecordId } = props;
  const selectedIndex = useMemo(() => (selectedRecordId === null ? -1 : rows.findIndex((r) => r.id === selectedRecordId)), [rows, selectedRecordId]);
  useEffect(() => {
    if (selectedIndex >= 0 && scrollRef.current) scrollRowIntoView(scrollRef.current, selectedIndex, rowHeight, HEADER_HEIGHT);
  }, [selectedIndex, rowHeight]);

  const editHint = t('table.editHint');
  const columns = ((): Column[] => {
    const editable = (field: InlineField, labelKey: MessageKey) => (r: RecordView) => (
      <EditableCell value={r[field]} label={t(labelKey)} hint={editHint} disabled={props.busy} onCommit={(v) => props.onInlineEdit(r, field, v)} />
    );
    const all: Record<string, Column> = {
      document: { id: 'document', label: 'field.document', cell: (r) => <span className="cell-text">{props.documentTitles?.get(r.docId) ?? r.docId}</span> },
      status: { id: 'status', label: 'field.status', cell: (r) => <StatusBadge status={r.status} /> },
      indicator: { id: 'indicator', label: 'field.indicator', cell: editable('indicator', 'field.indicator') },
      value: { id: 'value', label: 'field.value', cell: (r) => <>{editable('value', 'field.value')(r)}<ValueDiffersMark record={r} /></> },
      unit: { id: 'unit', label: 'field.unit', cell: editable('unit', 'field.unit') },
      qualifier: { id: 'qualifier', label: 'field.qualifier', cell: (r) => <span className="cell-text">{r.qualifier}</span> },
      region: { id: 'region', label: 'field.region', cell: (r) => <span className="cell-text">{r.region}</span> },
      year: { id: 'year', label: 'field.year', cell: (r) => <span className="cell-text">{r.year ?? ''}</span> },
      kind: { id: 'kind', label: 'field.kind', cell: (r) => <span className="cell-text">{t(`kind.${r.kind}`)}</span> },
      measure: { id: 'measure', label: 'field.measure', cell: (r) => <span className="cell-text">{t(`measure.${r.measure}`)}</span> },
      verified: {
        id: 'verified', label: 'field.verified',
        cell: (r) => <span className="cell-text">{r.verifiedBy && r.verifiedAt ? `${r.verifiedBy} · ${formatDateTime(r.verifiedAt)}` : ''}</span>,
      },
    };
    const ids = variant === 'project'
      ? ['document', 'status', 'indicator', 'value', 'unit', 'qualifier', 'region', 'year', 'kind', 'measure', 'verified']
      : ['status', 'indicator', 'value', 'unit', 'kind', 'measure', 'year'];
    return ids.map((id) => all[id]!);
  })();

  // Nothing checked (the usual case) costs nothing, however many rows.
  const allShownChecked = rows.length > 0 && checked.size >= rows.length && rows.every((r) => checked.has(r.id));
  const toggleAll = () => props.onCheckedChange(allShownChecked ? new Set() : new Set(rows.map((r) => r.id)));
  const toggleOne = (id: string) => {
    const next = new Set(checked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    props.onCheckedChange(next);
  };
  const checkedCount = checked.size === 0 ? 0 : rows.filter((r) => checked.has(r.id)).length;

  return (
    <section className={`records-table records-${variant}`} aria-label={props.heading}>
      <div className="records-toolbar">
        <h2 className="pane-title">{props.heading}</h2>
        <span className="muted small" aria-live="polite">{t('table.count', { shown: rows.length, total: props.all.length })}</span>
        {checkedCount > 0 && (
          <span className="bulk-actions" title={t('table.bulkTitle')}>
            <button type="button" disabled={props.busy} onClick={() => props.onBulkStatus('verified')}>{t('table.bulkVerify', { n: checkedCount })}</button>
            <button type="button" disabled={props.busy} onClick={() => props.onBulkStatus('rejected')}>{t('table.bulkReject', { n: checkedCount })}</button>
          </span>
        )}
      </div>
      <RecordFilters filter={props.filter} onChange={props.onFilterChange} records={props.all} />
      <div className="records-scroll" ref={scrollRef} role="table" aria-rowcount={rows.length + 1}>
        <div className="records-row records-head" role="row">
          <span className="cell cell-check" role="columnheader">
            <input type="checkbox" checked={allShownChecked} onChange={toggleAll} aria-label={t('table.checkAll')} title={t('table.checkAll')} />
          </span>
          {columns.map((c) => {
            const sorted = props.sort.column === c.id;
            const label = c.label ? t(c.label) : '';
            return (
              <span key={c.id} className={`cell cell-${c.id}`} role="columnheader" aria-sort={sorted ? (props.sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="sort-button" onClick={() => props.onSortChange(c.id as SortColumn)} title={t('table.sortBy', { column: label })}>
                  {label}
                  <span className="sort-mark" aria-hidden>{sorted ? (props.sort.direction === 'asc' ? '▲' : '▼') : ''}</span>
                </button>
              </span>
            );
          })}
        </div>
        {rows.length === 0 && <p className="empty-state">{props.all.length === 0 ? props.emptyMessage : t('table.noMatch')}</p>}
        <div style={{ height: visible.padTop }} aria-hidden />
        {rows.slice(visible.first, visible.last).map((record, i) => (
          <div
            key={record.id}
            role="row"
            aria-rowindex={visible.first + i + 2}
            aria-selected={record.id === props.selectedRecordId}
            className={`records-row record-row status-row-${record.status}${record.id === props.selectedRecordId ? ' is-selected' : ''}`}
            data-record-id={record.id}
            onClick={() => props.onRowClick(record)}
            title={variant === 'document' ? `${evidenceText(record)}\n${t('table.jumpHint')}` : t('table.jumpHint')}
          >
            <span className="cell cell-check" role="cell">
              <input
                type="checkbox"
                checked={checked.has(record.id)}
                onChange={() => toggleOne(record.id)}
                onClick={(e) => e.stopPropagation()}
                aria-label={t('table.checkRow')}
              />
            </span>
            {columns.map((c) => <span key={c.id} className={`cell cell-${c.id}`} role="cell">{c.cell(record)}</span>)}
            {variant === 'project' && (
              <span className="cell cell-detail" role="cell">
                {record.status === 'needs_review' ? (
                  <ReviewDifference record={record} compact />
                ) : (
                  <span className="cell-text quote-line">{evidenceText(record)}</span>
                )}
              </span>
            )}
          </div>
        ))}
        <div style={{ height: visible.padBottom }} aria-hidden />
      </div>
    </section>
  );
});

function evidenceText(record: RecordView): string {
  return record.evidence.map((e) => e.correctedQuote || e.quote).join(' … ');
}
