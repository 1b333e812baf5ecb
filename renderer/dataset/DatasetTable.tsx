import type { RecordView } from '../../shared/api/views.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { formatValue } from '../records/formatValue.ts';
import type { DatasetPivot } from './datasetPivot.ts';

export interface CellRef {
  indicator: string;
  column: string;
}

interface DatasetTableProps {
  pivot: DatasetPivot;
  selected: CellRef | null;
  /** Ids of records some open plausibility finding names. */
  flagged: ReadonlySet<string>;
  onSelect(cell: CellRef): void;
  onChart(indicator: string): void;
}

/** Indicators down, (region, year) across, actual and target side by side; a cell opens its records. */
export function DatasetTable({ pivot, selected, flagged, onSelect, onChart }: DatasetTableProps) {
  const { t } = useI18n();
  const values = (records: RecordView[]) => records.map((r) => formatValue(r)).join(' / ');
  return (
    <div className="dataset-table-wrap">
      <table className="dataset-table">
        <thead>
          <tr>
            <th rowSpan={2} scope="col">{t('dataset.indicator')}</th>
            {pivot.columns.map((c) => (
              <th key={c.key} colSpan={2} scope="colgroup">{c.region || t('dataset.noRegion')} {c.year ?? t('dataset.noYear')}</th>
            ))}
          </tr>
          <tr>
            {pivot.columns.map((c) => [
              <th key={`${c.key}-a`} scope="col" className="kind-actual">{t('kind.actual')}</th>,
              <th key={`${c.key}-t`} scope="col" className="kind-target">{t('kind.target')}</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {pivot.rows.map((row) => (
            <tr key={row.indicator}>
              <th scope="row">
                <button type="button" className="quiet dataset-indicator" onClick={() => onChart(row.indicator)} title={t('dataset.chartTitle')}>
                  {row.indicator}
                </button>
              </th>
              {pivot.columns.map((c) => {
                const cell = row.cells.get(c.key);
                return (['actual', 'target'] as const).map((kind) => {
                  const records = cell?.[kind] ?? [];
                  const isSelected = selected?.indicator === row.indicator && selected.column === c.key;
                  const warn = records.some((r) => flagged.has(r.id));
                  return (
                    <td key={`${c.key}-${kind}`} className={`dataset-cell kind-${kind}${isSelected ? ' is-selected' : ''}${warn ? ' has-finding' : ''}`}>
                      {records.length > 0 && (
                        <button type="button" className="dataset-cell-button" onClick={() => onSelect({ indicator: row.indicator, column: c.key })} aria-pressed={isSelected}>
                          {warn && <span className="severity-dot severity-warning" aria-label={t('dataset.flagged')} />}
                          {values(records)}
                        </button>
                      )}
                    </td>
                  );
                });
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
