import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../renderer/i18n/messages.ts';
import { en } from '../../../renderer/i18n/en.ts';
import { zhCN } from '../../../renderer/i18n/zhCN.ts';

describe('UI messages', () => {
  it('choose plural forms by Intl.PluralRules: 1 error, 2 errors', () => {
    const summary = en['checks.summary'];
    expect(formatMessage(summary, { errors: 1, warnings: 2, notes: 0 }, 'en')).toBe('1 error · 2 warnings · 0 notes');
    expect(formatMessage(en['export.done'], { n: 1, file: 'a.csv' }, 'en')).toBe('1 record saved as a.csv.');
    expect(formatMessage(en['export.done'], { n: 3, file: 'a.csv' }, 'en')).toBe('3 records saved as a.csv.');
    // Chinese has one form and writes its counts plainly.
    expect(formatMessage(zhCN['checks.summary'], { errors: 1, warnings: 2, notes: 0 }, 'zh-CN')).not.toMatch(/plural|[a-z]/);
  });

  it('leave an unknown placeholder visible', () => {
    expect(formatMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(formatMessage('{k, plural, one {#} other {#s}}', { n: 1 })).toBe('{k, plural, one {#} other {#s}}');
  });
});
