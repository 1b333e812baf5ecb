import type { RecordView } from '../../shared/api/views.ts';
import type { RecordFormFields } from './recordDraft.ts';

type Saved = Pick<RecordView, 'valueDiffers' | 'value' | 'unit' | 'measure'>;

/**
 * The form's fields → the API's fields and, apart, the reason the value differs from the text. A reason the
 * record already carries for the same value is not sent again (that would re-sign it with whoever saved last);
 * for a new value it is (the services drop a reason given for another value).
 */
export function splitValueDiffers<F extends Partial<RecordFormFields>>(
  formFields: F, record?: Saved,
): { fields: Omit<F, 'valueDiffers'>; override: { valueDiffers?: string } } {
  const { valueDiffers, ...fields } = formFields;
  const changed = (key: 'value' | 'unit' | 'measure') => fields[key] !== undefined && fields[key] !== record?.[key];
  const send = valueDiffers !== undefined && (valueDiffers !== record?.valueDiffers?.reason || changed('value') || changed('unit') || changed('measure'));
  return { fields, override: send ? { valueDiffers } : {} };
}
