import type { ApiMethod } from './contract.ts';

/**
 * Long operations: the methods whose work (decoding a big import, suggestions, defects, the re-import diff,
 * checks, export) runs in a worker thread. A caller may name the call with an `operationId` of its choosing; while
 * the call is under way, `operations.progress` reports its step and `operations.cancel` stops it. Every transport
 * carries both as ordinary methods (the window polls them over IPC or the HTTP bridge; the CLI calls them
 * directly), so progress needs no second channel.
 */
export const OPERATION_METHODS = [
  'docs.importFiles', 'docs.importBytes', 'docs.replaceSourceFile', 'docs.replaceSourceBytes',
  'suggestions.list', 'defects.list', 'checks.list', 'export.dataset',
] as const satisfies readonly ApiMethod[];

export type OperationMethod = (typeof OPERATION_METHODS)[number];

export function isOperationMethod(method: string): method is OperationMethod {
  return (OPERATION_METHODS as readonly string[]).includes(method);
}

/** The steps an operation goes through, in the order they usually come; each has a text in the window's languages. */
export const OPERATION_STEPS = [
  'waiting', // queued behind other analyses (worker threads busy)
  'reading', // reading files or gathering the project's records
  'decoding', // decoding a source file's bytes
  'analysing', // suggestions: reading the text for indicators and values
  'detecting', // defects: running the detectors
  'checking', // consistency and plausibility checks
  'comparing', // re-import: the exact diff of the old and the new source
  'encoding', // export: building the file
  'saving', // writing the result; no longer cancellable
] as const;

export type OperationStep = (typeof OPERATION_STEPS)[number];

export interface OperationProgress {
  operationId: string;
  method: OperationMethod;
  step: OperationStep;
  /** Units of work done and in all (files of an import); absent when the step cannot tell. */
  done?: number;
  total?: number;
  /** Milliseconds since the operation began. */
  elapsedMs: number;
  /** False once the operation writes its result: a cancel then would leave a half-written project. */
  cancellable: boolean;
}

/** How long an operation may run before the window and the CLI show its progress. */
export const PROGRESS_AFTER_MS = 300;
