import type { Reason, ReasonParams } from '../../../shared/explain/reason.ts';
import type { Language } from '../language.ts';
import { formatMessage } from '../messages.ts';

/**
 * A reason's text template: a string with `{param}` placeholders, or plural forms chosen by Intl.PluralRules
 * on the `count` parameter ("1 error" / "2 errors"; Chinese has one form).
 */
export type ReasonTemplate = string | { one?: string; other: string };

/** One table per owner (findings, suggestions, checks), each complete in both languages. */
export interface ReasonTable {
  en: Record<string, ReasonTemplate>;
  'zh-CN': Record<string, ReasonTemplate>;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

function pick(template: ReasonTemplate, language: Language, params?: ReasonParams): string {
  if (typeof template === 'string') return template;
  const count = Number(params?.count ?? 0);
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count) === 'one' && template.one !== undefined ? template.one : template.other;
}

/** The reason in the reviewer's language; an unknown code shows the code itself rather than nothing. */
export function reasonText(tables: readonly ReasonTable[], language: Language, reason: Reason): string {
  for (const table of tables) {
    const template = table[language][reason.code];
    if (template !== undefined) return formatMessage(pick(template, language, reason.params), reason.params, language);
  }
  return reason.code;
}
