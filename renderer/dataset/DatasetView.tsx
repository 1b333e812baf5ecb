import { useMemo, useState } from 'react';
import type { DocumentSummary, RecordView } from '../../shared/api/views.ts';
import { canonicalIndicatorName, DEFAULT_CODEBOOK, type Codebook } from '../../shared/codebook/index.ts';
import { CheckFindingItem as FindingItem } from '../assistant/CheckFindingItem.tsx';
import type { Checks } from '../assistant/useChecks.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { CellRecords } from './CellRecords.tsx';
import { DatasetFilters, DEFAULT_DATASET_FILTER } from './DatasetFilters.tsx';
import { datasetPivot, type DatasetFilter } from './datasetPivot.ts';
import { DatasetTable, type CellRef } from './DatasetTable.tsx';
import { IndicatorChart } from './IndicatorChart.tsx';
import { missingHeadlines } from './missingHeadlines.ts';
import { isPlausibilityFinding } from './plausibilityFindings.ts';
import type { RecordLookup } from '../state/recordIndex.ts';

export interface DatasetViewProps {
  records: readonly RecordView[];
  docs: readonly DocumentSummary[] | null;
  codebook: Codebook | null;
  checks: Checks;
  recordsById: RecordLookup;
  documentTitles: ReadonlyMap<string, string>;
  selectedRecordId: string | null;
  /** Opens the record's document and shows its evidence. */
  onJump(record: RecordView): void;
}

/**
 * The dataset before export: the table of indicators by region and year, the records and evidence behind a
 * cell, a chart per indicator, the plausibility findings, and the headline indicators each document still lacks.
 */
export function DatasetView({ records, docs, codebook, checks, recordsById, documentTitles, selectedRecordId, onJump }: DatasetViewProps) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<DatasetFilter>(DEFAULT_DATASET_FILTER);
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [charted, setCharted] = useState<string | null>(null);
  const book = codebook ?? DEFAULT_CODEBOOK;
  const canonical = useMemo(() => {
    const names = new Map<string, string>();
    return (name: string) => {
      let c = names.get(name);
      if (c === undefined) names.set(name, (c = canonicalIndicatorName(name, book)));
      return c;
    };
  }, [book]);

  const pivot = useMemo(() => datasetPivot(records, filter, canonical), [records, filter, canonical]);
  const missing = useMemo(() => missingHeadlines(docs ?? [], records, book, canonical), [docs, records, book, canonical]);
  const plausibility = useMemo(() => (checks.findings ?? []).filter(isPlausibilityFinding), [checks.findings]);
  const dismissed = useMemo(() => checks.dismissed.filter(isPlausibilityFinding), [checks.dismissed]);
  const flagged = useMemo(() => new Set(plausibility.flatMap((f) => f.recordIds)), [plausibility]);

  const cell = selected ? pivot.rows.find((r) => r.indicator === selected.indicator)?.cells.get(selected.column) : undefined;
  const cellRecords = cell ? [...cell.actual, ...cell.target] : [];
  const chartRecords = useMemo(() => (charted ? records.filter((r) => canonical(r.indicator) === charted) : []), [charted, records, canonical]);
  const findingProps = { recordsById, documentTitles, selectedRecordId, onJump, onDismiss: checks.setDismissed };

  return (
    <section className="dataset-view" aria-label={t('dataset.heading')}>
      <div className="dataset-toolbar">
        <h2 className="pane-title">{t('dataset.heading')}</h2>
        <DatasetFilters filter={filter} onChange={setFilter} />
      </div>
      <div className="dataset-body">
        <div className="dataset-main">
          {pivot.rows.length === 0 ? (
            <p className="empty-state">{t('dataset.empty')}</p>
          ) : (
            <DatasetTable pivot={pivot} selected={selected} flagged={flagged} onSelect={setSelected} onChart={setCharted} />
          )}
        </div>
        <aside className="dataset-side">
          {cell && selected && (
            <CellRecords heading={t('dataset.cellHeading', { indicator: selected.indicator, n: cellRecords.length })} records={cellRecords} documentTitles={documentTitles} onJump={onJump} />
          )}
          {charted && <IndicatorChart indicator={charted} records={chartRecords} />}
          <section className="dataset-findings" aria-label={t('dataset.plausibilityHeading')}>
            <h3 className="pane-title">{t('dataset.plausibilityHeading')} <span className="muted small">{plausibility.length}</span></h3>
            <p className="hint small">{t('dataset.plausibilityHint')}</p>
            {plausibility.length === 0 ? <p className="empty-state small">{t('dataset.plausibilityNone')}</p> : (
              <ul className="finding-list dataset-open-findings">
                {plausibility.map((f) => <FindingItem key={f.id} finding={f} {...findingProps} />)}
              </ul>
            )}
            {dismissed.length > 0 && (
              <details className="checks-dismissed">
                <summary>{t('checks.dismissedHeading', { n: dismissed.length })}</summary>
                <ul className="finding-list">{dismissed.map((f) => <FindingItem key={f.id} finding={f} dismissed {...findingProps} />)}</ul>
              </details>
            )}
          </section>
          <section className="dataset-missing" aria-label={t('dataset.missingHeading')}>
            <h3 className="pane-title">{t('dataset.missingHeading')}</h3>
            {missing.length === 0 ? <p className="empty-state small">{t('dataset.missingNone')}</p> : (
              <ul className="dataset-missing-list">
                {missing.map((m) => (
                  <li key={m.docId}><strong>{m.title}</strong>: {m.missing.join('、')}</li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </section>
  );
}
