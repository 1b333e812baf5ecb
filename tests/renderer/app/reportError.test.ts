import { describe, expect, it } from 'vitest';
import { MAX_REPORTS_PER_MINUTE, clipForLog, errorReporter } from '../../../renderer/app/reportError.ts';

describe('reporting the window\'s errors to the log', () => {
  it('clips long texts to the API\'s limit without cutting a surrogate pair', () => {
    expect(clipForLog('short', 10)).toBe('short');
    const clipped = clipForLog('𠀀'.repeat(10), 6);
    expect(clipped.length).toBeLessThanOrEqual(6);
    expect(clipped).toBe('𠀀𠀀…');
    expect(clipForLog('abcdefgh', 5)).toBe('abcd…');
  });

  it('sends each error once, and at most a bounded number a minute, so a loop cannot flood the log', async () => {
    const sent: string[] = [];
    let clock = 0;
    const report = errorReporter(async (message) => {
      sent.push(message);
      return { file: '/logs/workbench.log' };
    }, () => clock);
    report('boom');
    report('boom');
    for (let i = 0; i < 100; i++) report(`error ${i}`);
    expect(sent).toHaveLength(MAX_REPORTS_PER_MINUTE);
    expect(sent[0]).toBe('boom');
    clock += 61_000;
    report('after a minute');
    expect(sent.at(-1)).toBe('after a minute');
  });

  it('never throws when the log cannot be reached', async () => {
    const report = errorReporter(() => Promise.reject(new Error('offline')));
    await expect(report('x')).resolves.toBeNull();
  });

  it('answers the log file the error went to, and the last one known for a report it did not send', async () => {
    const report = errorReporter(async () => ({ file: '/home/张/logs/workbench.log' }));
    expect(await report('boom')).toBe('/home/张/logs/workbench.log');
    expect(await report('boom')).toBe('/home/张/logs/workbench.log');
  });
});
