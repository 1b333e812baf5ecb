import { describe, expect, it } from 'vitest';
import { ERROR_REASONS_EN, errorReason, errorReasonInEnglish } from '../../../shared/errors/errorReasons.ts';
import { ERROR_REASONS_ZH_CN } from '../../../shared/errors/errorReasonsZhCN.ts';
import { WorkbenchError, deserializeError, refusal, serializeError } from '../../../shared/errors/workbenchError.ts';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('refusal reasons', () => {
  it('exist in English and 简体中文 for the same codes, each naming the same facts', () => {
    expect(Object.keys(ERROR_REASONS_ZH_CN).sort()).toEqual(Object.keys(ERROR_REASONS_EN).sort());
    for (const [code, english] of Object.entries(ERROR_REASONS_EN)) {
      expect([...new Set(placeholders(ERROR_REASONS_ZH_CN[code as keyof typeof ERROR_REASONS_EN]))], code).toEqual([...new Set(placeholders(english))]);
      // No English sentence slipped into the Chinese table: its words are CJK, whatever the placeholders hold.
      expect(ERROR_REASONS_ZH_CN[code as keyof typeof ERROR_REASONS_EN].replace(/\{\w+\}/g, ''), code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('fill their facts into the English message; an unknown code is shown as it is', () => {
    expect(errorReasonInEnglish(errorReason('source.tooLarge', { sizeMb: '210.5', limitMb: 200 }))).toBe('the file is 210.5 MB, over the 200 MB limit');
    expect(errorReasonInEnglish({ code: 'from.a.newer.version' })).toBe('from.a.newer.version');
  });

  it('travel with the error across a transport, its message the English of the reason', () => {
    const error = refusal('NOT_FOUND', errorReason('record.notFound', { recordId: 'r_1' }));
    expect(error.message).toBe('no record r_1 in this project');
    const back = deserializeError(serializeError(error));
    expect(back).toBeInstanceOf(WorkbenchError);
    expect(back.reason).toEqual({ code: 'record.notFound', params: { recordId: 'r_1' } });
    expect(serializeError(new WorkbenchError('IO_ERROR', 'disk'))).toEqual({ code: 'IO_ERROR', message: 'disk' });
  });
});
