import type { Reason } from '../explain/reason.ts';
import { errorReasonInEnglish } from './errorReasons.ts';

/**
 * The one error type that crosses layers and transports (IPC, HTTP bridge, CLI).
 * `code` is stable and machine-readable; `message` is plain words for a person, naming the file or id at fault;
 * `reason`, where a reviewer can meet the error in the window, is the same as data to say in their language.
 */
export type ErrorCode =
  | 'INVALID_INPUT' // a request did not match the API contract, or a value is out of range
  | 'NOT_FOUND' // a project, document, record or correction that does not exist
  | 'PROJECT_LOCKED' // another live process has the project open
  | 'CORRUPT_FILE' // a project file that cannot be parsed or fails its schema
  | 'UNSUPPORTED_SCHEMA' // a project file written by a newer version
  | 'IMPORT_REJECTED' // a source file that cannot be imported (empty, binary, too large, undecodable …)
  | 'VALUE_NOT_IN_EVIDENCE' // a record's value and unit are not written in its evidence, and no reason says why
  | 'CONFLICT' // an operation that would contradict later work (e.g. reverting a superseded correction)
  | 'CANCELLED' // a long operation stopped by its caller (operations.cancel) before it wrote anything
  | 'IO_ERROR'; // the file system refused

export class WorkbenchError extends Error {
  override readonly name = 'WorkbenchError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly reason?: Reason,
  ) {
    super(message);
  }
}

/** A refusal a reviewer can meet in the window: its message is the reason in English. */
export function refusal(code: ErrorCode, why: Reason, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(code, errorReasonInEnglish(why), details, why);
}

export interface SerializedError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
  reason?: Reason;
}

export function isWorkbenchError(e: unknown): e is WorkbenchError {
  return e instanceof WorkbenchError;
}

/** What a transport sends over the wire: unknown errors are reported without their stack. */
export function serializeError(e: unknown): SerializedError {
  if (isWorkbenchError(e)) return { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}), ...(e.reason ? { reason: e.reason } : {}) };
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'IO_ERROR', message };
}

export function deserializeError(s: SerializedError): WorkbenchError {
  return new WorkbenchError(s.code, s.message, s.details, s.reason);
}
