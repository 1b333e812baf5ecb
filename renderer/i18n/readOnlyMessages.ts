/** UI strings of a document that opened read-only (its audit log is damaged), in English and 简体中文. */
export const readOnlyEn = {
  'readOnly.heading': 'Read-only: this document cannot be changed',
  'readOnly.damagedLine': 'Line {line} of its history file is damaged: {file}. Nothing was rewritten and nothing is lost. Repair or remove that line (keep a copy of the file), then reopen the project to edit the document again.',
  'readOnly.logBehind': 'Its history file ends at entry {logged}, but the saved state includes entries up to {checkpoint}: {file}. Nothing was rewritten. Restore the missing lines, then reopen the project to edit the document again.',
  'readOnly.refused': 'This document is read-only (its history file is damaged): it cannot be changed.',
} as const;

export const readOnlyZhCN: Record<keyof typeof readOnlyEn, string> = {
  'readOnly.heading': '只读：此文档不能修改',
  'readOnly.damagedLine': '其历史文件的第 {line} 行已损坏：{file}。没有改写任何内容，也没有丢失任何内容。请修复或删除该行（先保留文件副本），然后重新打开项目即可再次编辑此文档。',
  'readOnly.logBehind': '其历史文件只到第 {logged} 条，而已保存的状态包含到第 {checkpoint} 条：{file}。没有改写任何内容。请恢复缺失的行，然后重新打开项目即可再次编辑此文档。',
  'readOnly.refused': '此文档为只读（其历史文件已损坏），不能修改。',
};
