import type { ReasonTable } from './reasonText.ts';

/**
 * What a consistency check found (`check.<type>[.<variant>]`, see shared/checks/consistencyReasonCodes.ts): one
 * finding per group of records, named by indicator, values and documents, never by a record id.
 */
export const CONSISTENCY_REASONS: ReasonTable = {
  en: {
    'check.conflict': '{indicator} ({region}, {year}): {count} records give values that cannot all hold ({values}) — {documents}',
    'check.duplicate_statement': { one: '{indicator} {value}: the statement is recorded once — {documents}', other: '{indicator} {value}: the same statement recorded {count} times — {documents}' },
    'check.value_not_in_evidence': { one: '{indicator} {value}: the value is not written in its evidence — {documents}', other: '{indicator} {value}: the value is not written in the evidence of {count} records — {documents}' },
    'check.unit_mismatch.growth': '{indicator} {value}: a growth cannot be stated in {unit} — {documents}',
    'check.unit_mismatch.rate': '{indicator} {value}: a rate cannot be stated in {unit} — {documents}',
    'check.unit_mismatch.share': '{indicator} {value}: a share cannot be stated in {unit} — {documents}',
    'check.unit_mismatch.level': '{indicator} {value}: a level (an amount) cannot be stated in {unit} — {documents}',
    'check.unit_mismatch.count': '{indicator} {value}: a count cannot be stated in {unit} — {documents}',
    'check.unit_mismatch.codebook': '{indicator} {value}: the codebook states this indicator in {expected}, not {unit} — {documents}',
  },
  'zh-CN': {
    'check.conflict': '{indicator}（{region}，{year}）：{count} 条记录给出的数值不可能同时成立（{values}）——{documents}',
    'check.duplicate_statement': '{indicator} {value}：同一表述被记录了 {count} 次——{documents}',
    'check.value_not_in_evidence': '{indicator} {value}：{count} 条记录的证据原文中没有写该数值——{documents}',
    'check.unit_mismatch.growth': '{indicator} {value}：增速不能以“{unit}”为单位——{documents}',
    'check.unit_mismatch.rate': '{indicator} {value}：比率不能以“{unit}”为单位——{documents}',
    'check.unit_mismatch.share': '{indicator} {value}：占比不能以“{unit}”为单位——{documents}',
    'check.unit_mismatch.level': '{indicator} {value}：总量不能以“{unit}”为单位——{documents}',
    'check.unit_mismatch.count': '{indicator} {value}：个数不能以“{unit}”为单位——{documents}',
    'check.unit_mismatch.codebook': '{indicator} {value}：指标词表中该指标的单位是 {expected}，而不是“{unit}”——{documents}',
  },
};
