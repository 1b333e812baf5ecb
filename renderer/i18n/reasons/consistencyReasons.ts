import type { ReasonTable } from './reasonText.ts';

/**
 * What a consistency check found (`check.<type>`, built in renderer/assistant/checkReason.ts from the finding's
 * records): named by indicator, value and document, never by a record id.
 */
export const CONSISTENCY_REASONS: ReasonTable = {
  en: {
    'check.conflict': '{indicator}: {count} records give different values ({values}) for one region, year, kind and measure — {documents}',
    'check.unit_mismatch': '{indicator}: units that do not convert into each other ({units}) — {documents}',
    'check.value_not_in_evidence': '{indicator} {value}: the value is not written in its evidence — {documents}',
    'check.duplicate_statement': { one: '{indicator} {value}: the statement is recorded once — {documents}', other: '{indicator} {value}: the same statement recorded {count} times — {documents}' },
  },
  'zh-CN': {
    'check.conflict': '{indicator}：{count} 条记录对同一地区、年份、类型和口径给出不同数值（{values}）——{documents}',
    'check.unit_mismatch': '{indicator}：单位无法相互换算（{units}）——{documents}',
    'check.value_not_in_evidence': '{indicator} {value}：数值未写在其证据原文中——{documents}',
    'check.duplicate_statement': '{indicator} {value}：同一表述被记录了 {count} 次——{documents}',
  },
};
