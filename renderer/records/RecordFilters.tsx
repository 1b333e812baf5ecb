import { useMemo, useState } from 'react';
import type { RecordView } from '../../shared/api/views.ts';
import { RECORD_STATUSES, type RecordStatus } from '../../shared/records/indicatorRecord.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { filterOptionsFollower, isFiltering, NO_FILTER, type RecordFilter } from './recordQuery.ts';

interface RecordFiltersProps {
  filter: RecordFilter;
  onChange(filter: RecordFilter): void;
  records: readonly RecordView[];
}

/** Status, indicator, year and region filters; the menus list only values present in the records. */
export function RecordFilters({ filter, onChange, records }: RecordFiltersProps) {
  const { t } = useI18n();
  // Follows the records by what a save changed (the menus list the values present).
  const [optionsOf] = useState(filterOptionsFollower);
  const options = useMemo(() => optionsOf(records), [optionsOf, records]);
  const set = <K extends keyof RecordFilter>(key: K, value: RecordFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <div className="record-filters">
      <select aria-label={t('table.filterStatus')} title={t('table.filterStatus')} value={filter.status} onChange={(e) => set('status', e.target.value as RecordStatus | '')}>
        <option value="">{t('table.filterStatus')}: {t('table.any')}</option>
        {RECORD_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
      </select>
      <input
        type="search"
        aria-label={t('table.filterIndicator')}
        placeholder={t('table.filterIndicator')}
        value={filter.indicator}
        onChange={(e) => set('indicator', e.target.value)}
      />
      <select aria-label={t('table.filterYear')} title={t('table.filterYear')} value={filter.year} onChange={(e) => set('year', e.target.value)}>
        <option value="">{t('table.anyYear')}</option>
        {options.years.map((y) => <option key={y} value={String(y)}>{y}</option>)}
        {options.hasNoYear && <option value="none">{t('table.noYear')}</option>}
      </select>
      <select aria-label={t('table.filterRegion')} title={t('table.filterRegion')} value={filter.region} onChange={(e) => set('region', e.target.value)}>
        <option value="">{t('table.anyRegion')}</option>
        {options.regions.map((r) => <option key={r} value={r}>{r}</option>)}
      </select>
      {isFiltering(filter) && <button type="button" className="quiet" onClick={() => onChange(NO_FILTER)}>{t('table.clearFilters')}</button>}
    </div>
  );
}
