import { useState, type FormEvent } from 'react';
import { RECORD_MEASURES, type RecordMeasure } from '../../../shared/records/indicatorRecord.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { EntryDraft } from './entryDraft.ts';

interface CodebookEntryEditorProps {
  initial: EntryDraft;
  isNew: boolean;
  /** Applies the entry to the working copy; returns why it cannot be applied, or null. */
  onApply(draft: EntryDraft): string | null;
  onCancel(): void;
}

/** One codebook entry's fields; lists are typed separated by 、 or commas. */
export function CodebookEntryEditor({ initial, isNew, onApply, onCancel }: CodebookEntryEditorProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof EntryDraft>(key: K, value: EntryDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const toggleMeasure = (m: RecordMeasure) =>
    set('measures', draft.measures.includes(m) ? draft.measures.filter((x) => x !== m) : RECORD_MEASURES.filter((x) => x === m || draft.measures.includes(x)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(onApply(draft));
  };

  return (
    <form className="codebook-entry-editor" onSubmit={submit} aria-label={t(isNew ? 'codebook.newEntry' : 'codebook.editEntry')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          // Escape leaves the entry, not the whole dialog.
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3>{t(isNew ? 'codebook.newEntry' : 'codebook.editEntry')}</h3>
      <div className="codebook-entry-grid">
        <label className="field">
          <span>{t('codebook.name')}</span>
          <input name="name" value={draft.name} onChange={(e) => set('name', e.target.value)} required autoFocus autoComplete="off" />
        </label>
        <label className="field">
          <span>{t('codebook.group')}</span>
          <input name="group" value={draft.group} onChange={(e) => set('group', e.target.value)} autoComplete="off" />
        </label>
        <label className="field field-wide">
          <span>{t('codebook.synonyms')}</span>
          <input name="synonyms" value={draft.synonyms} onChange={(e) => set('synonyms', e.target.value)} placeholder={t('codebook.listHint')} autoComplete="off" />
        </label>
        <label className="field">
          <span>{t('codebook.units')}</span>
          <input name="units" value={draft.units} onChange={(e) => set('units', e.target.value)} placeholder={t('codebook.unitsHint')} autoComplete="off" />
        </label>
        <label className="field">
          <span>{t('codebook.parts')}</span>
          <input name="parts" value={draft.parts} onChange={(e) => set('parts', e.target.value)} placeholder={t('codebook.partsHint')} autoComplete="off" />
        </label>
        <label className="field-wide checkbox-line">
          <input type="checkbox" name="headline" checked={draft.headline} onChange={(e) => set('headline', e.target.checked)} />
          {' '}{t('codebook.headline')}
          <span className="muted small"> {t('codebook.headlineHint')}</span>
        </label>
        <fieldset className="choice field-wide">
          <legend>{t('codebook.measures')}</legend>
          {RECORD_MEASURES.map((m) => (
            <label key={m}>
              <input type="checkbox" name={`measure-${m}`} checked={draft.measures.includes(m)} onChange={() => toggleMeasure(m)} /> {t(`measure.${m}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {problem && <p className="hint warning" role="alert">{problem}</p>}
      <div className="actions">
        <button type="submit" className="primary">{t('codebook.apply')}</button>
        <button type="button" className="quiet" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
