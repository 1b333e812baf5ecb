import { RECORD_KINDS, RECORD_MEASURES, RECORD_STATUSES } from '../../shared/records/indicatorRecord.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { DatasetFilter } from './datasetPivot.ts';

/** Every record except rejected ones: what an export with --all would carry, minus what was thrown out. */
export const DEFAULT_DATASET_FILTER: DatasetFilter = {
  statuses: new Set(RECORD_STATUSES.filter((s) => s !== 'rejected')),
  kinds: new Set(RECORD_KINDS),
  measures: new Set(RECORD_MEASURES),
};

function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}

/** Check boxes for status, kind and measure. */
export function DatasetFilters({ filter, onChange }: { filter: DatasetFilter; onChange(next: DatasetFilter): void }) {
  const { t } = useI18n();
  return (
    <div className="dataset-filters">
      <fieldset className="choice">
        <legend>{t('dataset.filterStatus')}</legend>
        {RECORD_STATUSES.map((s) => (
          <label key={s}><input type="checkbox" checked={filter.statuses.has(s)} onChange={() => onChange({ ...filter, statuses: toggled(filter.statuses, s) })} /> {t(`status.${s}`)}</label>
        ))}
      </fieldset>
      <fieldset className="choice">
        <legend>{t('dataset.filterKind')}</legend>
        {RECORD_KINDS.map((k) => (
          <label key={k}><input type="checkbox" checked={filter.kinds.has(k)} onChange={() => onChange({ ...filter, kinds: toggled(filter.kinds, k) })} /> {t(`kind.${k}`)}</label>
        ))}
      </fieldset>
      <fieldset className="choice">
        <legend>{t('dataset.filterMeasure')}</legend>
        {RECORD_MEASURES.map((m) => (
          <label key={m}><input type="checkbox" checked={filter.measures.has(m)} onChange={() => onChange({ ...filter, measures: toggled(filter.measures, m) })} /> {t(`measure.${m}`)}</label>
        ))}
      </fieldset>
    </div>
  );
}
