import type { en } from './en.ts';

/** Every UI string has a key; a dictionary is a full map from those keys to text. */
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(language: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

/**
 * Fills `{name}` placeholders, and plural choices in ICU's form, `{n, plural, one {# error} other {# errors}}`
 * (`#` is the number; the form is chosen by Intl.PluralRules for the language). An unknown placeholder stays
 * visible rather than silently vanishing.
 */
export function formatMessage(template: string, params?: MessageParams, language = 'en'): string {
  if (!params) return template;
  const chosen = template.replace(/\{(\w+), plural,((?:\s*\w+ \{[^{}]*\})+)\s*\}/g, (whole, name: string, forms: string) => {
    if (!(name in params)) return whole;
    const count = Number(params[name]);
    const byCategory = new Map([...forms.matchAll(/(\w+) \{([^{}]*)\}/g)].map((m) => [m[1]!, m[2]!]));
    const form = byCategory.get(pluralCategory(language, count)) ?? byCategory.get('other') ?? whole;
    return form.replace(/#/g, String(params[name]));
  });
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
