import { join } from 'node:path';

/**
 * A project is a folder:
 *   project.json              name, settings, schema version
 *   codebook.json             the project's indicator codebook (absent: the default one)
 *   .lock                     the process that has it open
 *   sources/<sha256>          each imported file's bytes, unchanged, stored by content hash
 *   documents/<docId>.json    one document: metadata, records, corrections (a save touches one document)
 *   documents/<docId>.audit.jsonl   its audit log, append-only (who, when, before and after of every change)
 */
export function projectLayout(dir: string) {
  return {
    dir,
    projectFile: join(dir, 'project.json'),
    codebookFile: join(dir, 'codebook.json'),
    sourcesDir: join(dir, 'sources'),
    documentsDir: join(dir, 'documents'),
    sourcePath: (sha256: string) => join(dir, 'sources', sha256),
    documentPath: (docId: string) => join(dir, 'documents', `${docId}.json`),
    auditPath: (docId: string) => join(dir, 'documents', `${docId}.audit.jsonl`),
  };
}

export type ProjectLayout = ReturnType<typeof projectLayout>;
