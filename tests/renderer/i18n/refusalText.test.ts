import { describe, expect, it } from 'vitest';
import { errorReason } from '../../../shared/errors/errorReasons.ts';
import { WorkbenchError, deserializeError, refusal, serializeError } from '../../../shared/errors/workbenchError.ts';
import { en } from '../../../renderer/i18n/en.ts';
import { formatMessage, type MessageKey, type MessageParams } from '../../../renderer/i18n/messages.ts';
import { refusalText } from '../../../renderer/i18n/refusalText.ts';
import { zhCN } from '../../../renderer/i18n/zhCN.ts';
import { codebookFromJson } from '../../../shared/codebook/index.ts';

const inEnglish = (key: MessageKey, params?: MessageParams) => formatMessage(en[key], params);
const inChinese = (key: MessageKey, params?: MessageParams) => formatMessage(zhCN[key], params);
const refused = new WorkbenchError('VALUE_NOT_IN_EVIDENCE', 'the value 8 % of x is not written …', { value: '8', unit: '%', quote: '增长8.5%' });

describe('refusalText', () => {
  it('says a value guard refusal in the reviewer\'s language, from its code and details', () => {
    expect(refusalText(refused, inEnglish, 'en')).toBe(
      'Refused: the value 8 % is not written in the evidence “增长8.5%”. Correct it, or edit the record and mark the value as differing from the text with a reason.');
    expect(refusalText(refused, inChinese, 'zh-CN')).toBe('已拒绝：证据“增长8.5%”中没有写出数值 8 %。请更正，或编辑该记录，标记数值与原文不同并说明理由。');
  });

  it('translates the refusals of a bulk change it knows, keeps the others\' words, and leaves other errors alone', () => {
    const bulk = Object.assign(new Error('…'), {
      refused: [
        { recordId: 'r_1', reason: 'English words', code: refused.code, details: refused.details },
        { recordId: 'r_2', reason: 'this project requires a second reviewer' },
      ],
    });
    expect(refusalText(bulk, inChinese, 'zh-CN')).toBe('已拒绝：证据“增长8.5%”中没有写出数值 8 %。请更正，或编辑该记录，标记数值与原文不同并说明理由。; this project requires a second reviewer');
    expect(refusalText(new WorkbenchError('CONFLICT', 'no'), inEnglish, 'en')).toBeNull();
    expect(refusalText(Object.assign(new Error('x'), { refused: [{ recordId: 'r', reason: 'y' }] }), inEnglish, 'en')).toBeNull();
  });

  it('says any refusal that carries a reason code in the reviewer\'s language, across the wire and in a bulk change', () => {
    const wire = deserializeError(serializeError(refusal('CONFLICT', errorReason('record.secondReviewer', { by: '张三', recordId: 'r_9' }))));
    expect(refusalText(wire, inChinese, 'zh-CN')).toBe('本项目要求由第二位审核人核实：记录 r_9 由 张三 创建，张三 不能核实它');
    expect(refusalText(wire, inEnglish, 'en')).toBe(wire.message);
    const bulk = Object.assign(new Error('…'), {
      refused: [{ recordId: 'r_9', reason: wire.message, code: wire.code, reasonCode: wire.reason }, { recordId: 'r_2', reason: 'other words' }],
    });
    expect(refusalText(bulk, inChinese, 'zh-CN')).toBe('本项目要求由第二位审核人核实：记录 r_9 由 张三 创建，张三 不能核实它; other words');
  });

  it('says what is wrong with a codebook in the reviewer\'s language, naming the entry', () => {
    const problem = (json: string): unknown => {
      try {
        codebookFromJson(json);
      } catch (e) {
        return deserializeError(serializeError(e));
      }
      throw new Error('expected a refusal');
    };
    const shared = problem(JSON.stringify([{ name: '快递业务量', synonyms: ['快递量'] }, { name: '快递件数', synonyms: ['快递量'] }]));
    expect(refusalText(shared, inChinese, 'zh-CN')).toBe('词表：“快递量”同时被“快递业务量”和“快递件数”使用');
    expect(refusalText(shared, inEnglish, 'en')).toBe('codebook: "快递量" is used by both "快递业务量" and "快递件数"');
    expect(refusalText(problem(JSON.stringify([{ name: '快递业务量', units: ['furlongs'] }])), inChinese, 'zh-CN'))
      .toBe('词表：第 1 条（快递业务量）的单位无法识别：“furlongs”');
  });
});
