import type { RecordView } from '../../shared/api/views.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { formatValue } from '../records/formatValue.ts';
import { StatusBadge } from '../records/StatusBadge.tsx';

interface CellRecordsProps {
  heading: string;
  records: RecordView[];
  documentTitles: ReadonlyMap<string, string>;
  onJump(record: RecordView): void;
}

/** The records behind one cell with their evidence; each jumps to its text. */
export function CellRecords({ heading, records, documentTitles, onJump }: CellRecordsProps) {
  const { t } = useI18n();
  return (
    <section className="dataset-cell-records" aria-label={heading}>
      <h3 className="pane-title">{heading}</h3>
      <ul className="finding-records">
        {records.map((r) => (
          <li key={r.id}>
            <button type="button" className="finding-record" onClick={() => onJump(r)} title={t('checks.jumpTitle')} data-record-id={r.id}>
              <StatusBadge status={r.status} />
              <span className="finding-record-main">
                <strong>{r.indicator}</strong> <span className="value">{formatValue(r)}</span>
                <span className="muted small"> · {t(`kind.${r.kind}`)} · {t(`measure.${r.measure}`)}</span>
                {r.evidence.map((e, i) => <q key={i} className="dataset-quote">{e.correctedQuote || e.quote}</q>)}
              </span>
              <span className="finding-record-doc muted small">{documentTitles.get(r.docId) ?? r.docId}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
