import { ERROR_REASONS_EN } from '../../../shared/errors/errorReasons.ts';
import { ERROR_REASONS_ZH_CN } from '../../../shared/errors/errorReasonsZhCN.ts';
import type { ReasonTable } from './reasonText.ts';

/** Why the services refused something, in the reviewer's language (the English is also the CLI's words). */
export const ERROR_REASONS: ReasonTable = { en: ERROR_REASONS_EN, 'zh-CN': ERROR_REASONS_ZH_CN };
