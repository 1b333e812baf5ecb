/** UI strings of the document details dialog, in English and 简体中文 (same keys, checked by the type). */
export const documentDetailsEn = {
  'docDetails.edit': 'Edit details',
  'docDetails.editTitle': 'Correct the guessed title, region and years',
  'docDetails.heading': 'Document details',
  'docDetails.source': 'Source: {file} ({encoding})',
  'docDetails.title': 'Title',
  'docDetails.region': 'Region',
  'docDetails.yearsReviewed': 'Years reviewed',
  'docDetails.yearsPlanned': 'Years planned',
  'docDetails.hint': 'Guessed at import. New records take their region and year from here.',
  'docDetails.badYear': '"{text}" is not a year (write years such as 2022, 2023).',
  'docDetails.save': 'Save',
  'docDetails.cancel': 'Cancel',
  'docs.cannotOpen': 'Cannot be opened: {error}',
} as const;

export const documentDetailsZhCN: Record<keyof typeof documentDetailsEn, string> = {
  'docDetails.edit': '编辑信息',
  'docDetails.editTitle': '更正自动识别的标题、地区和年份',
  'docDetails.heading': '文档信息',
  'docDetails.source': '来源：{file}（{encoding}）',
  'docDetails.title': '标题',
  'docDetails.region': '地区',
  'docDetails.yearsReviewed': '回顾年份',
  'docDetails.yearsPlanned': '计划年份',
  'docDetails.hint': '导入时自动识别。新建记录的地区和年份取自这里。',
  'docDetails.badYear': '“{text}”不是年份（请写成 2022, 2023 这样）。',
  'docDetails.save': '保存',
  'docDetails.cancel': '取消',
  'docs.cannotOpen': '无法打开：{error}',
};
