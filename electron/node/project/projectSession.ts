import { mkdir, readdir, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Low } from 'lowdb';
import { WorkbenchError, refusal } from '../../../shared/errors/workbenchError.ts';
import { errorReason } from '../../../shared/errors/errorReasons.ts';
import { PROJECT_SCHEMA, type DocumentFile, type ProjectFile } from '../../../shared/project/documentFile.ts';
import { migrateProjectFile } from '../../../shared/project/migrate.ts';
import type { AuditEntry } from '../../../shared/audit/auditEntry.ts';
import { appendToLog } from '../store/appendOnlyLog.ts';
import { openJsonFile } from '../store/atomicJsonFile.ts';
import { removeStaleTempFiles, writeFileAtomic } from '../store/atomicWrite.ts';
import { acquireProjectLock, type ProjectLock } from '../store/projectLock.ts';
import { DEFAULT_CHECKPOINT_OPTIONS, type CheckpointOptions } from './documentCheckpoint.ts';
import { loadDocument } from './loadDocument.ts';
import type { LoadedDocument } from './loadedDocument.ts';
import { sourceDecoder, type SourceDecoder, type SourceDecoderOptions } from './sourceDecoder.ts';
import { projectLayout, type ProjectLayout } from './projectLayout.ts';

/**
 * An open project: holds the lock (one writer at a time), caches loaded documents, and runs each
 * document's mutations one after another so concurrent requests never interleave a save.
 */
export interface ProjectSession {
  readonly layout: ProjectLayout;
  readonly project: Low<ProjectFile>;
  docIds(): Promise<string[]>;
  document(docId: string): Promise<LoadedDocument>;
  /** Forgets the loaded document, so the next access reads it from disk (after its source was replaced). */
  evict(docId: string): void;
  /** Runs `fn` with exclusive access to the document; `fn` saves through commitChanges. */
  withDocument<T>(docId: string, fn: (doc: LoadedDocument) => Promise<T> | T): Promise<T>;
  /**
   * Writes a new document: its source bytes, its audit log, then its state file (in that order, so a state
   * file never lacks its source or its log).
   */
  createDocument(file: DocumentFile, bytes: Uint8Array, audit: AuditEntry[]): Promise<LoadedDocument>;
  writeSource(sha256: string, bytes: Uint8Array): Promise<void>;
  /** Runs `fn` exclusively among project-wide operations (imports), so docIds and duplicates are decided once. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** Why loaded documents are read-only (a damaged audit log), for a front end to show; empty when none is. */
  readOnlyReasons(): Promise<string[]>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Create the folder and project.json when missing (import does; read-only commands do not). */
  create?: boolean;
  /** Who holds the lock, shown to a second process ("workbench app", "cli import" …). */
  owner?: string;
  /** When the state files are rewritten as checkpoints of the audit logs (tests and benches tune it). */
  checkpoint?: Partial<CheckpointOptions>;
  /** Where opened documents' sources are decoded (big ones in a worker thread; tests name their pool). */
  sourceDecoding?: SourceDecoderOptions;
}

export async function openProjectSession(dir: string, options: OpenOptions = {}): Promise<ProjectSession> {
  const layout = projectLayout(dir);
  const exists = await readFile(layout.projectFile).then(() => true, () => false);
  if (!exists && !options.create) {
    throw new WorkbenchError('NOT_FOUND', `${dir} is not a project folder (no project.json); import a file into it to create one`);
  }
  await mkdir(layout.documentsDir, { recursive: true });
  await mkdir(layout.sourcesDir, { recursive: true });
  const lock: ProjectLock = await acquireProjectLock(dir, options.owner ?? `pid ${process.pid}`);
  try {
    const defaults: ProjectFile = {
      schema: PROJECT_SCHEMA, name: basename(dir), createdAt: new Date().toISOString(),
      settings: { requireSecondReviewer: false },
    };
    const project = await openJsonFile<ProjectFile>(layout.projectFile, defaults, (d) => migrateProjectFile(d, layout.projectFile));
    if (!exists) await project.write();
    // Temp files left by a save that was killed midway: the real files are intact, these are garbage.
    await removeStaleTempFiles(layout.documentsDir);
    await removeStaleTempFiles(layout.sourcesDir);
    await removeStaleTempFiles(layout.dir);
    const checkpointOptions: CheckpointOptions = {
      ...DEFAULT_CHECKPOINT_OPTIONS,
      onError: (e) => process.stderr.write(`warning: a checkpoint could not be written (every save is safe in its audit log): ${e instanceof Error ? e.message : String(e)}\n`),
      ...options.checkpoint,
    };
    return createSession(layout, project, lock, checkpointOptions, sourceDecoder(options.sourceDecoding));
  } catch (e) {
    await lock.release();
    throw e;
  }
}

function createSession(layout: ProjectLayout, project: Low<ProjectFile>, lock: ProjectLock, checkpointOptions: CheckpointOptions, decode: SourceDecoder): ProjectSession {
  const cache = new Map<string, Promise<LoadedDocument>>();
  const queues = new Map<string, Promise<unknown>>();
  let projectQueue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const load = (docId: string): Promise<LoadedDocument> => loadDocument(layout, docId, checkpointOptions, decode, onlySourceOf(project.data, docId));

  const ensureOpen = () => {
    if (closed) throw new WorkbenchError('INVALID_INPUT', 'the project is closed');
  };

  return {
    layout,
    project,
    async docIds() {
      ensureOpen();
      const names = await readdir(layout.documentsDir).catch(() => [] as string[]);
      return names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).map((n) => n.slice(0, -5)).sort();
    },
    document(docId: string) {
      ensureOpen();
      if (!isValidDocId(docId)) return Promise.reject(refusal('NOT_FOUND', errorReason('document.notFound', { docId })));
      let p = cache.get(docId);
      if (!p) {
        p = load(docId);
        cache.set(docId, p);
        p.catch(() => cache.delete(docId));
      }
      return p;
    },
    evict(docId: string) {
      // Its saves are all in the log; the next load replays them onto whatever checkpoint is on disk.
      void cache.get(docId)?.then((doc) => doc.checkpoint.dispose(), () => undefined);
      cache.delete(docId);
    },
    /** Writes a source version's bytes (content-addressed, so writing twice is harmless). */
    async writeSource(sha256: string, bytes: Uint8Array) {
      await writeFileAtomic(layout.sourcePath(sha256), bytes);
    },
    withDocument<T>(docId: string, fn: (doc: LoadedDocument) => Promise<T> | T): Promise<T> {
      const previous = queues.get(docId) ?? Promise.resolve();
      const run = previous.catch(() => undefined).then(async () => fn(await this.document(docId)));
      queues.set(docId, run.catch(() => undefined));
      return run;
    },
    async createDocument(file: DocumentFile, bytes: Uint8Array, audit: AuditEntry[]) {
      ensureOpen();
      const docId = file.document.id;
      await writeFileAtomic(layout.sourcePath(file.document.source.sha256), bytes);
      await writeFileAtomic(layout.auditPath(docId), '');
      await appendToLog(layout.auditPath(docId), audit);
      const db = await openJsonFile<DocumentFile>(layout.documentPath(docId), file);
      await db.write();
      cache.delete(docId);
      return this.document(docId);
    },
    exclusive<T>(fn: () => Promise<T>): Promise<T> {
      const run = projectQueue.catch(() => undefined).then(fn);
      projectQueue = run.catch(() => undefined);
      return run;
    },
    async readOnlyReasons() {
      const docs = await Promise.allSettled(cache.values());
      return docs.flatMap((d) => (d.status === 'fulfilled' && d.value.readOnly ? [d.value.readOnly] : []));
    },
    async close() {
      if (closed) return;
      // Let saves under way finish before the lock goes.
      await Promise.allSettled([...queues.values(), projectQueue]);
      closed = true;
      // Checkpoints, so the next open has nothing to replay; a failure loses nothing (the logs hold every save).
      for (const loaded of await Promise.allSettled(cache.values())) {
        if (loaded.status !== 'fulfilled' || loaded.value.readOnly) continue;
        await loaded.value.checkpoint.flush().catch(checkpointOptions.onError);
        loaded.value.checkpoint.dispose();
      }
      cache.clear();
      await lock.release();
    },
  };
}

/** docIds are file names too: letters, digits, '-', '_' and '.', never a path. */
export function isValidDocId(docId: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,99}$/u.test(docId) && !docId.includes('..');
}

/** The one source version the project's source index names for a document; undefined when it names none or several. */
function onlySourceOf(project: ProjectFile, docId: string): string | undefined {
  let found: string | undefined;
  for (const [sha256, holder] of Object.entries(project.sourceIndex ?? {})) {
    if (holder !== docId) continue;
    if (found !== undefined) return undefined;
    found = sha256;
  }
  return found;
}
