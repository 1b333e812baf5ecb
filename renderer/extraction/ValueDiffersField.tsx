import { useI18n } from '../i18n/I18nContext.tsx';
import type { RecordDraft } from './recordDraft.ts';

interface ValueDiffersFieldProps {
  draft: RecordDraft;
  quote: string;
  onChange(draft: RecordDraft): void;
}

/** The value guard's refusal in the form, and the way past it: "the value differs from the text", with a reason. */
export function ValueDiffersField({ draft, quote, onChange }: ValueDiffersFieldProps) {
  const { t } = useI18n();
  const marked = draft.valueDiffers !== undefined;
  const value = draft.unit.trim() ? `${draft.value.trim()} ${draft.unit.trim()}` : draft.value.trim();
  const shortQuote = quote.length > 80 ? `${quote.slice(0, 79)}…` : quote;
  const mark = (on: boolean) => {
    const { valueDiffers: _dropped, ...rest } = draft;
    onChange(on ? { ...rest, valueDiffers: '' } : rest);
  };
  return (
    <div className="value-guard field-wide">
      <p className="hint warning value-guard-message" role="alert">{t('valueGuard.notInText', { value, quote: shortQuote })}</p>
      <label className="value-guard-choice">
        <input type="checkbox" name="valueDiffers" checked={marked} onChange={(e) => mark(e.target.checked)} />
        {' '}{t('valueGuard.differs')}
      </label>
      {marked && (
        <label className="field">
          <span>{t('valueGuard.reason')}</span>
          <input
            name="valueDiffersReason"
            value={draft.valueDiffers}
            onChange={(e) => onChange({ ...draft, valueDiffers: e.target.value })}
            placeholder={t('valueGuard.reasonPlaceholder')}
            aria-invalid={!draft.valueDiffers?.trim()}
            required
            autoComplete="off"
          />
        </label>
      )}
    </div>
  );
}
