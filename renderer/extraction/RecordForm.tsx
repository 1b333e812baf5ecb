import { useId, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { RECORD_KINDS, RECORD_MEASURES } from '../../shared/records/indicatorRecord.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { IS_MAC } from '../keyboard/platform.ts';
import { formatChord, SAVE_VERIFY_CHORD } from '../keyboard/shortcuts.ts';
import { isYearText, type RecordDraft } from './recordDraft.ts';
import { useValueGuard } from './useValueGuard.ts';
import { ValueDiffersField } from './ValueDiffersField.tsx';

interface RecordFormProps {
  draft: RecordDraft;
  onChange(draft: RecordDraft): void;
  onKindChange(kind: RecordDraft['kind']): void;
  /**
   * 'new' saves a record from the selection; 'edit' saves the fields of the record being edited; 'accept'
   * records a suggestion with the fields as edited (its evidence is the suggestion's).
   */
  mode: 'new' | 'edit' | 'accept';
  /** The words the record will cite (the selection, or the edited record's evidence). */
  quote: string | null;
  /** Why there is nothing to save from (no selection, a selection too long). */
  hint: string | null;
  indicators: readonly string[];
  busy: boolean;
  onSave(verify: boolean): void;
  onCancelEdit(): void;
  onClear(): void;
  indicatorRef?: Ref<HTMLInputElement>;
}

/**
 * The record form. Enter saves a draft, Ctrl/Cmd+Enter saves and verifies, from any field; in the note,
 * plain Enter is a new line. Enter that confirms an IME composition (拼音 input) never saves.
 */
export function RecordForm(props: RecordFormProps) {
  const { t } = useI18n();
  const { draft, onChange } = props;
  const listId = useId();
  const set = <K extends keyof RecordDraft>(key: K, value: RecordDraft[K]) => onChange({ ...draft, [key]: value });
  const canSave = !props.busy && (props.mode === 'edit' || props.quote !== null);
  const guard = useValueGuard(draft, props.quote);
  const save = (verify: boolean) => {
    if (guard.allowSave()) props.onSave(verify);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && props.mode !== 'new') {
      event.preventDefault();
      props.onCancelEdit();
      return;
    }
    if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.altKey) return;
    const mod = IS_MAC ? event.metaKey : event.ctrlKey;
    const inNote = (event.target as HTMLElement).tagName === 'TEXTAREA';
    if (inNote && !mod) return;
    if ((event.target as HTMLElement).tagName === 'BUTTON') return;
    event.preventDefault();
    if (canSave) save(mod);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canSave) save(false);
  };

  const verifyKeys = formatChord(SAVE_VERIFY_CHORD, IS_MAC);
  const heading = t(props.mode === 'edit' ? 'form.editHeading' : props.mode === 'accept' ? 'form.acceptHeading' : 'form.newHeading');

  return (
    <form className="record-form" onSubmit={submit} onKeyDown={onKeyDown} aria-label={heading}>
      <h2 className="pane-title">{heading}</h2>
      {props.quote !== null ? (
        <blockquote className="quote" title={t('field.evidence')}>{props.quote}</blockquote>
      ) : (
        <p className="hint one-line" title={props.hint ?? undefined}>{props.hint}</p>
      )}
      <div className="form-grid">
        <label className="field field-wide">
          <span>{t('field.indicator')}</span>
          <input
            ref={props.indicatorRef}
            name="indicator"
            list={listId}
            value={draft.indicator}
            onChange={(e) => set('indicator', e.target.value)}
            placeholder={t('form.indicatorPlaceholder')}
            autoComplete="off"
            required
            title={t('form.focusHint')}
          />
          <datalist id={listId}>
            {props.indicators.map((name) => <option key={name} value={name} />)}
          </datalist>
        </label>
        <label className="field">
          <span>{t('field.value')}</span>
          <input name="value" value={draft.value} onChange={(e) => set('value', e.target.value)} required autoComplete="off" />
        </label>
        <label className="field">
          <span>{t('field.unit')}</span>
          <input name="unit" value={draft.unit} onChange={(e) => set('unit', e.target.value)} autoComplete="off" />
        </label>
        <label className="field">
          <span>{t('field.qualifier')}</span>
          <input name="qualifier" value={draft.qualifier} onChange={(e) => set('qualifier', e.target.value)} placeholder={t('form.qualifierPlaceholder')} autoComplete="off" />
        </label>
        <label className="field">
          <span>{t('field.kind')}</span>
          <select name="kind" value={draft.kind} onChange={(e) => props.onKindChange(e.target.value as RecordDraft['kind'])}>
            {RECORD_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('field.measure')}</span>
          <select name="measure" value={draft.measure} onChange={(e) => set('measure', e.target.value as RecordDraft['measure'])}>
            {RECORD_MEASURES.map((m) => <option key={m} value={m}>{t(`measure.${m}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('field.year')}</span>
          <input
            name="year"
            value={draft.year}
            onChange={(e) => set('year', e.target.value)}
            inputMode="numeric"
            aria-invalid={!isYearText(draft.year)}
            autoComplete="off"
          />
          <span className="no-year">
            <input type="checkbox" name="noYear" checked={draft.noYear ?? false} onChange={(e) => set('noYear', e.target.checked)} />
            {t('field.noYear')}
          </span>
        </label>
        <label className="field">
          <span>{t('field.region')}</span>
          <input name="region" value={draft.region} onChange={(e) => set('region', e.target.value)} autoComplete="off" />
        </label>
        <label className="field field-wide">
          <span>{t('field.note')}</span>
          <textarea name="note" rows={1} value={draft.note} onChange={(e) => set('note', e.target.value)} />
        </label>
        {guard.shown && props.quote !== null && <ValueDiffersField draft={draft} quote={props.quote} onChange={onChange} />}
      </div>
      <div className="actions">
        {props.mode === 'new' ? (
          <>
            <button type="submit" className="primary" disabled={!canSave} title={t('form.saveDraftTitle')}>{t('form.saveDraft')}</button>
            <button type="button" disabled={!canSave} onClick={() => save(true)} title={t('form.saveVerifyTitle', { keys: verifyKeys })}>
              {t('form.saveVerify')}
            </button>
            <button type="button" className="quiet" onClick={props.onClear}>{t('form.clear')}</button>
          </>
        ) : props.mode === 'accept' ? (
          <>
            <button type="submit" className="primary" disabled={!canSave} title={t('form.acceptDraftTitle')}>{t('form.acceptDraft')}</button>
            <button type="button" disabled={!canSave} onClick={() => save(true)} title={t('form.acceptVerifyTitle', { keys: verifyKeys })}>
              {t('form.acceptVerify')}
            </button>
            <button type="button" className="quiet" onClick={props.onCancelEdit} title={t('form.cancelAcceptTitle')}>{t('common.cancel')}</button>
          </>
        ) : (
          <>
            <button type="submit" className="primary" disabled={!canSave} title={t('form.saveChangesTitle')}>{t('form.saveChanges')}</button>
            <button type="button" disabled={!canSave} onClick={() => save(true)} title={t('form.saveVerifyTitle', { keys: verifyKeys })}>
              {t('form.saveVerify')}
            </button>
            <button type="button" className="quiet" onClick={props.onCancelEdit} title={t('form.cancelEditTitle')}>{t('form.cancelEdit')}</button>
          </>
        )}
      </div>
    </form>
  );
}
