import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { isWorkbenchError, type ErrorCode } from '../../../shared/errors/workbenchError.ts';

/**
 * The error log: `<userData>/logs/workbench.log`, one line per event, written by electron-log (synchronous
 * appends, so the line is on disk when the call returns, even if the process dies next; rotated at 1 MB to
 * workbench.old.log, so it never grows without bound). Main-process (or serve) errors and the window's errors
 * (through the API's `log.error`) land in the same file, each line saying where it came from. The Node build of
 * electron-log is used everywhere, so the Electron app and browser mode share this one module.
 */
export interface WorkbenchLogger {
  readonly dir: string;
  readonly file: string;
  error(source: LogSource, message: string, detail?: string): void;
  info(source: LogSource, message: string): void;
  /** Logs uncaught exceptions and unhandled rejections of this process (without a dialog). */
  catchProcessErrors(source: LogSource): void;
}

export type LogSource = 'main' | 'serve' | 'renderer' | 'cli';

export const LOG_FILE_NAME = 'workbench.log';
export const MAX_LOG_BYTES = 1024 * 1024;

let loggers = 0;

export function logsDirIn(userDataDir: string): string {
  return join(userDataDir, 'logs');
}

export function fileLoggerIn(userDataDir: string, options: { echo?: boolean } = {}): WorkbenchLogger {
  const dir = logsDirIn(userDataDir);
  const file = join(dir, LOG_FILE_NAME);
  loggers += 1;
  const log = electronLog.create({ logId: `workbench-${process.pid}-${loggers}` });
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = MAX_LOG_BYTES;
  log.transports.file.sync = true;
  log.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  log.transports.file.level = 'info';
  log.transports.console.level = options.echo ? 'warn' : false;
  const line = (source: LogSource, message: string, detail?: string) =>
    `[${source}] ${message}${detail ? `\n    ${detail.replace(/\n/g, '\n    ')}` : ''}`;
  return {
    dir,
    file,
    error: (source, message, detail) => log.error(line(source, message, detail)),
    info: (source, message) => log.info(line(source, message)),
    catchProcessErrors(source) {
      log.errorHandler.startCatching({
        showDialog: false,
        onError: ({ error, errorName }) => {
          log.error(line(source, `${errorName || 'uncaught error'}: ${error.message}`, error.stack));
          return false;
        },
      });
    },
  };
}

/** An error as one message and its stack (for the log's detail line). */
export function describeForLog(error: unknown): { message: string; detail?: string } {
  if (error instanceof Error) return { message: error.message, ...(error.stack ? { detail: error.stack } : {}) };
  return { message: String(error) };
}

/**
 * Logs what a service call failed with when it is a failure rather than a refusal: an unexpected error, the file
 * system refusing, a damaged file. Refusals (bad input, a value not in its evidence, a lock held elsewhere) are
 * the reviewer's to read in the window and would only bury the failures.
 */
export function logServiceFailure(logger: WorkbenchLogger | undefined, source: LogSource, method: string, e: unknown): void {
  if (!logger) return;
  if (isWorkbenchError(e) && !LOGGED_CODES.has(e.code)) return;
  const { message, detail } = describeForLog(e);
  logger.error(source, `${method} failed: ${message}`, isWorkbenchError(e) ? undefined : detail);
}

const LOGGED_CODES = new Set<ErrorCode>(['IO_ERROR', 'CORRUPT_FILE', 'UNSUPPORTED_SCHEMA']);
