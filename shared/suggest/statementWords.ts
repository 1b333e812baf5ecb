/** Words that make a value something other than the indicator's own, shared by every way a value is tied. */

/** A value after these compares with something else (高于上年 2.9 个百分点). */
export const COMPARATIVE = /高于|低于|快于|慢于|好于|优于|领先|超出/;

/** 从 874.6 亿元增加到…, 由 52.23% 提高到…: the value a change starts from, not the outcome. */
export const STARTING_POINT = /[从由]\s*(?:\d{4}\s*年(?:底|末)?的?)?\s*$/;

/** Han words right after a value that opens a clause (，3 家企业主板上市) make it the count of a subject of its own. */
const OWN_SUBJECT_AFTER = /^(?!左右|以上|以下|以内|上下)\p{Script=Han}/u;

export function countsOwnSubject(text: string, q: { end: number }): boolean {
  return OWN_SUBJECT_AFTER.test(text.slice(q.end, q.end + 3));
}

/** Words that name new ones of a stock (新增高新技术企业, 新入库科技型企业): the flow, never the stock itself. */
export const FLOW_WORDS = '新增|新认定|新培育|新入库|新升规|新入规|新登记|新引进';
