import { describe, expect, it } from 'vitest';
import { reason } from '../../../shared/explain/reason.ts';
import { reasonText, type ReasonTable } from '../../../renderer/i18n/reasons/reasonText.ts';

const table: ReasonTable = {
  en: { 'test.count': { one: '{count} error in {doc}', other: '{count} errors in {doc}' }, 'test.plain': 'plain' },
  'zh-CN': { 'test.count': { other: '{doc} 中有 {count} 处错误' }, 'test.plain': '普通' },
};

describe('reasonText', () => {
  it('translates a code with its parameters, choosing the plural form', () => {
    expect(reasonText([table], 'en', reason('test.count', { count: 1, doc: 'a' }))).toBe('1 error in a');
    expect(reasonText([table], 'en', reason('test.count', { count: 2, doc: 'a' }))).toBe('2 errors in a');
    expect(reasonText([table], 'zh-CN', reason('test.count', { count: 1, doc: 'a' }))).toBe('a 中有 1 处错误');
    expect(reasonText([table], 'zh-CN', reason('test.plain'))).toBe('普通');
  });

  it('shows an unknown code rather than nothing', () => {
    expect(reasonText([table], 'en', reason('nobody.knows'))).toBe('nobody.knows');
  });
});
