import { useEffect, useState } from 'react';
import { valueInEvidence } from '../../shared/records/valueInEvidence.ts';
import type { RecordDraft } from './recordDraft.ts';

export interface ValueGuard {
  /** The draft's value and unit are not written in the quote. */
  missing: boolean;
  /** The form shows the refusal and the "value differs" choice. */
  shown: boolean;
  /** Saving now would be refused: the value is missing and no reason is given. */
  blocks: boolean;
  /** Called on save: true when the save may go ahead, otherwise the refusal is shown. */
  allowSave(): boolean;
}

/**
 * The services' value guard, run in the form first with the same shared test, so a refusal is shown where the
 * reviewer typed the value, in their language. A quote shortened for display (ending in …) is left to the
 * services, which read the whole evidence.
 */
export function useValueGuard(draft: RecordDraft, quote: string | null): ValueGuard {
  const [attempted, setAttempted] = useState(false);
  // A new passage is a new record: the last refusal does not carry over.
  useEffect(() => setAttempted(false), [quote]);
  const checkable = quote !== null && !quote.endsWith('…') && draft.value.trim() !== '';
  const missing = checkable && !valueInEvidence({ value: draft.value, unit: draft.unit, measure: draft.measure }, [quote]);
  const blocks = missing && !draft.valueDiffers?.trim();
  return {
    missing,
    shown: missing && (attempted || draft.valueDiffers !== undefined),
    blocks,
    allowSave() {
      if (blocks) setAttempted(true);
      return !blocks;
    },
  };
}
