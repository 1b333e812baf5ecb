import type { CodebookEntry } from '../../../shared/codebook/index.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { joinList } from './entryDraft.ts';

interface CodebookTableProps {
  rows: readonly { entry: CodebookEntry; index: number }[];
  editingIndex: number | null;
  onEdit(index: number): void;
  onDelete(index: number): void;
}

/** The codebook's entries as a table: name and group, synonyms, measures, units, and what can be done. */
export function CodebookTable({ rows, editingIndex, onEdit, onDelete }: CodebookTableProps) {
  const { t } = useI18n();
  if (rows.length === 0) return <p className="empty-state">{t('codebook.noMatch')}</p>;
  return (
    <div className="codebook-scroll">
      <table className="codebook-table">
        <thead>
          <tr>
            <th>{t('codebook.name')}</th>
            <th>{t('codebook.synonyms')}</th>
            <th>{t('codebook.measures')}</th>
            <th>{t('codebook.units')}</th>
            <th><span className="visually-hidden">{t('codebook.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entry, index }) => (
            <tr key={`${index}:${entry.name}`} className={index === editingIndex ? 'is-selected' : undefined} data-entry-name={entry.name}>
              <td>
                <strong>{entry.name}</strong>
                {entry.group && <div className="muted small">{entry.group}</div>}
                {entry.parts && <div className="muted small">{t('codebook.partsList', { parts: joinList(entry.parts) })}</div>}
              </td>
              <td className="codebook-synonyms">{joinList(entry.synonyms)}</td>
              <td>{entry.measures.map((m) => t(`measure.${m}`)).join('、')}</td>
              <td>{entry.units.length ? joinList(entry.units) : <span className="muted">{t('codebook.anyUnit')}</span>}</td>
              <td className="codebook-row-actions">
                <button type="button" className="quiet" onClick={() => onEdit(index)} aria-label={t('codebook.editNamed', { name: entry.name })}>{t('codebook.edit')}</button>
                <button type="button" className="quiet" onClick={() => onDelete(index)} aria-label={t('codebook.deleteNamed', { name: entry.name })}>{t('codebook.delete')}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
