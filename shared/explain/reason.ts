/**
 * A structured explanation: a stable code and its parameters, translated where a person reads it (the renderer
 * in zh-CN or en, the CLI in English). Findings, suggestions and checks carry these instead of prose, so no
 * English reaches the Chinese UI. Codes are dotted, owner first: `finding.caption.photoCredit`,
 * `suggestion.section.plan`, `check.conflict.values`.
 */
export type ReasonParams = Readonly<Record<string, string | number>>;

export interface Reason {
  code: string;
  params?: ReasonParams;
}

export function reason(code: string, params?: ReasonParams): Reason {
  return params ? { code, params } : { code };
}
