import type { Translate } from './I18nContext.tsx';

/** A refusal as the services send it: a stable code and the facts the message is made of. */
interface Refusal {
  code?: unknown;
  details?: Record<string, unknown>;
  reason?: string;
}

/**
 * The reviewer's-language text of refusals the UI knows by code (the value guard, a cancel), for one error or for the
 * per-record refusals of a bulk change; null when nothing in it is known, so the API's own words are shown.
 */
export function refusalText(error: unknown, t: Translate): string | null {
  const refused = (error as { refused?: Refusal[] } | null)?.refused;
  if (Array.isArray(refused)) {
    const texts = refused.map((r) => valueRefusal(r, t));
    return texts.some((x) => x !== null) ? texts.map((x, i) => x ?? refused[i]!.reason ?? '').join('; ') : null;
  }
  return valueRefusal(error as Refusal | null, t);
}

function valueRefusal(r: Refusal | null, t: Translate): string | null {
  // A long call the reviewer stopped (the progress panel's Cancel): said plainly, not as a failure's message.
  if (r?.code === 'CANCELLED') return t('operation.cancelled');
  if (r?.code !== 'VALUE_NOT_IN_EVIDENCE' || !r.details) return null;
  const { value, unit, quote } = r.details;
  const written = typeof unit === 'string' && unit.trim() ? `${String(value)} ${unit.trim()}` : String(value);
  return t('valueGuard.refused', { value: written, quote: String(quote ?? '') });
}
