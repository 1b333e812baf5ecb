import { refusal } from '../errors/workbenchError.ts';
import { errorReason } from '../errors/errorReasons.ts';
import type { DocumentFile } from './documentFile.ts';
import { migrateDocumentFile } from './migrate.ts';

/** Migrates a document file read from disk and checks its shape, so damage is reported where it is found. */
export function validateDocumentFile(data: unknown, path: string): DocumentFile {
  const file = migrateDocumentFile(data, path);
  const fail = (what: string) => {
    throw refusal('CORRUPT_FILE', errorReason('document.corrupt', { path, what }));
  };
  if (file.offsetUnit !== 'utf16') fail('unknown offsetUnit');
  const meta = file.document as unknown as Record<string, unknown> | undefined;
  if (!meta || typeof meta.id !== 'string' || typeof meta.source !== 'object' || meta.source === null) fail('missing document metadata');
  // Added after the first files were written: absent means empty.
  file.reanchor ??= {};
  for (const key of ['records', 'corrections', 'dismissed', 'reanchor'] as const) {
    const v = file[key] as unknown;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(`"${key}" must be an object keyed by id`);
  }
  if (!Number.isInteger(file.lastSeq) || file.lastSeq < 0) fail('"lastSeq" must be a whole number');
  for (const [id, r] of Object.entries(file.records)) {
    if (r.id !== id || !Array.isArray(r.evidence) || r.evidence.length === 0) fail(`record ${id} is malformed`);
    if (!Array.isArray(r.reviewedText)) fail(`record ${id} has no reviewedText`);
  }
  for (const [id, c] of Object.entries(file.corrections)) {
    if (c.id !== id || typeof c.start !== 'number' || typeof c.end !== 'number' || typeof c.after !== 'string') fail(`correction ${id} is malformed`);
  }
  return file;
}
