import type { Reason } from '../../shared/explain/reason.ts';
import type { Translate } from './I18nContext.tsx';
import type { Language } from './language.ts';
import { errorReasonText } from './reasons/errorReasons.ts';

/**
 * A refusal as the services send it: a stable code, the facts the message is made of, and where the window can meet
 * it, its reason as data (`reason` on an error; `reasonCode` beside the English `reason` of a bulk change's refusal).
 */
interface Refusal {
  code?: unknown;
  details?: Record<string, unknown>;
  reason?: string | Reason;
  reasonCode?: Reason;
}

/**
 * The reviewer's-language text of refusals the UI knows (the value guard, a cancel, any refusal with a reason code),
 * for one error or for the per-record refusals of a bulk change; null when nothing in it is known, so the API's own
 * words are shown.
 */
export function refusalText(error: unknown, t: Translate, language: Language): string | null {
  const refused = (error as { refused?: Refusal[] } | null)?.refused;
  if (Array.isArray(refused)) {
    const texts = refused.map((r) => knownRefusal(r, t, language));
    return texts.some((x) => x !== null) ? texts.map((x, i) => x ?? englishReason(refused[i]!)).join('; ') : null;
  }
  return knownRefusal(error as Refusal | null, t, language);
}

function knownRefusal(r: Refusal | null, t: Translate, language: Language): string | null {
  // A long call the reviewer stopped (the progress panel's Cancel): said plainly, not as a failure's message.
  if (r?.code === 'CANCELLED') return t('operation.cancelled');
  if (r?.code === 'VALUE_NOT_IN_EVIDENCE' && r.details) {
    const { value, unit, quote } = r.details;
    const written = typeof unit === 'string' && unit.trim() ? `${String(value)} ${unit.trim()}` : String(value);
    return t('valueGuard.refused', { value: written, quote: String(quote ?? '') });
  }
  const why = r?.reasonCode ?? (typeof r?.reason === 'object' ? r.reason : undefined);
  return why ? errorReasonText(language, '', why) : null;
}

function englishReason(r: Refusal): string {
  return typeof r.reason === 'string' ? r.reason : '';
}
