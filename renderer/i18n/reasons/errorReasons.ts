import { ERROR_REASONS_EN } from '../../../shared/errors/errorReasons.ts';
import { ERROR_REASONS_ZH_CN } from '../../../shared/errors/errorReasonsZhCN.ts';
import type { Reason } from '../../../shared/explain/reason.ts';
import type { Language } from '../language.ts';
import { reasonText, type ReasonTable } from './reasonText.ts';

/** Why the services refused something, in the reviewer's language (the English is also the CLI's words). */
export const ERROR_REASONS: ReasonTable = { en: ERROR_REASONS_EN, 'zh-CN': ERROR_REASONS_ZH_CN };

/** A reason the services reported, in the reviewer's language; their English where it came without a code. */
export function errorReasonText(language: Language, english: string, why?: Reason): string {
  return why ? reasonText([ERROR_REASONS], language, why) : english;
}
