import { LOG_DETAIL_MAX, LOG_MESSAGE_MAX, type ApiClient } from '../../shared/api/contract.ts';

/**
 * The window's errors go to the main process's log file (`log.error`), beside its own: what failed to draw
 * (the error boundary), uncaught errors and rejected promises. Texts are clipped to the API's limits and a
 * burst is cut short, so a loop that throws on every frame cannot flood the log or the channel. Reporting
 * never throws and never reports its own failure (that would loop).
 */
/** Resolves to the log file the error went to (or the last one known when this report was not sent); never rejects. */
export type ErrorReport = (message: string, detail?: string) => Promise<string | null>;

export const MAX_REPORTS_PER_MINUTE = 20;

/** At most `max` UTF-16 units, never cutting a surrogate pair (the API refuses lone halves). */
export function clipForLog(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

export function errorReporter(send: (message: string, detail: string) => Promise<{ file: string }>, now: () => number = Date.now): ErrorReport {
  let windowStart = 0;
  let sent = 0;
  let last = '';
  let logFile: string | null = null;
  return async (message, detail = '') => {
    const t = now();
    if (t - windowStart > 60_000) {
      windowStart = t;
      sent = 0;
      last = '';
    }
    const key = `${message}\n${detail}`;
    if (sent >= MAX_REPORTS_PER_MINUTE || key === last) return logFile;
    sent += 1;
    last = key;
    const answer = await send(clipForLog(message, LOG_MESSAGE_MAX), clipForLog(detail, LOG_DETAIL_MAX)).catch(() => null);
    if (answer) logFile = answer.file;
    return logFile;
  };
}

let report: ErrorReport = () => Promise.resolve(null);

/** Reports an error of the window (after reportWindowErrors installed the API's reporter): the log file it went to. */
export function reportError(message: string, detail?: string): Promise<string | null> {
  return report(message, detail);
}

export function reportWindowErrors(api: ApiClient): void {
  report = errorReporter((message, detail) => api['log.error']({ message, detail }));
  window.addEventListener('error', (event) => {
    const error: unknown = event.error;
    void report(`uncaught error: ${event.message}`, error instanceof Error ? error.stack ?? '' : `${event.filename}:${event.lineno}`);
  });
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    void report(`unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`, reason instanceof Error ? reason.stack ?? '' : '');
  });
}
