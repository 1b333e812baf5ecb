import { errorReason } from '../errors/errorReasons.ts';
import { WorkbenchError, refusal } from '../errors/workbenchError.ts';
import { DOCUMENT_SCHEMA, PROJECT_SCHEMA, type DocumentFile, type ProjectFile } from './documentFile.ts';

/**
 * Brings a project file read from disk up to the current schema. Each step takes schema N to N+1, so old
 * projects open in new versions; a file from a newer version is refused rather than damaged.
 */
type Step = (data: Record<string, unknown>) => Record<string, unknown>;

// Index N holds the step from schema N to N+1. None yet: schema 1 is the first.
const documentSteps: Step[] = [];
const projectSteps: Step[] = [];

export function migrateDocumentFile(data: unknown, path: string): DocumentFile {
  return migrate(data, path, DOCUMENT_SCHEMA, documentSteps) as unknown as DocumentFile;
}

export function migrateProjectFile(data: unknown, path: string): ProjectFile {
  return migrate(data, path, PROJECT_SCHEMA, projectSteps) as unknown as ProjectFile;
}

function migrate(data: unknown, path: string, current: number, steps: Step[]): Record<string, unknown> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new WorkbenchError('CORRUPT_FILE', `${path} does not hold a JSON object`);
  }
  let obj = data as Record<string, unknown>;
  const schema = obj.schema;
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) {
    throw new WorkbenchError('CORRUPT_FILE', `${path} has no valid "schema" number`);
  }
  if (schema > current) {
    throw refusal('UNSUPPORTED_SCHEMA', errorReason('document.newerSchema', { path, schema, current }));
  }
  for (let v = schema; v < current; v++) {
    const step = steps[v];
    if (!step) throw new WorkbenchError('UNSUPPORTED_SCHEMA', `no migration from schema ${v} for ${path}`);
    obj = { ...step(obj), schema: v + 1 };
  }
  return obj;
}
