/**
 * The lowdb adapter for project files: sorted-key JSON written atomically, and a damaged file reported,
 * never silently replaced by defaults (which would destroy whatever the user could still recover from it).
 */
import { readFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { Adapter } from 'lowdb';
import { WorkbenchError, isWorkbenchError, refusal } from '../../../shared/errors/workbenchError.ts';
import { errorReason } from '../../../shared/errors/errorReasons.ts';
import { stableJsonChunks } from '../../../shared/format/stableJsonChunks.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { describeCause, errnoCode } from './fsErrors.ts';

export class AtomicJsonFile<T> implements Adapter<T> {
  /** Set once a read found the file corrupt: from then on this adapter refuses to write over it. */
  private foundCorrupt = false;

  constructor(readonly path: string) {}

  /** The parsed file, or null when it does not exist (lowdb then uses its default data). */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (cause) {
      if (errnoCode(cause) === 'ENOENT') return null;
      throw refusal('IO_ERROR', errorReason('file.cannotRead', { path: this.path, cause: describeCause(cause) }), { path: this.path });
    }
    try {
      // A byte-order mark is what some editors add when a user hand-edits the file; it is not damage.
      const parsed = JSON.parse(text.replace(/^\uFEFF/, '')) as T;
      this.foundCorrupt = false;
      return parsed;
    } catch (cause) {
      this.foundCorrupt = true;
      throw refusal('CORRUPT_FILE', errorReason('file.notJson', { path: this.path, cause: describeCause(cause) }), { path: this.path });
    }
  }

  async write(data: T): Promise<void> {
    if (this.foundCorrupt) {
      throw refusal('CORRUPT_FILE', errorReason('file.refuseOverwrite', { path: this.path }), { path: this.path });
    }
    // The state as of now, written in pieces (see stableJsonChunks): its tables are copied at once, and their
    // values are immutable (a save replaces what it changes), so saves made while it is written are not in it.
    await writeFileAtomic(this.path, stableJsonChunks(tablesCopied(data)));
  }
}

/** The object with each of its plain-object members copied one level deep: what a save can add to or replace. */
function tablesCopied<T>(data: T): T {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const [key, value] of Object.entries(copy)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) copy[key] = { ...value };
  }
  return copy as T;
}

/**
 * Opens a JSON file as a Low<T>: the file's contents, checked by `validate` (which may also migrate or
 * normalise them), or a copy of `defaultData` when the file does not exist yet. `validate` is not run on
 * the defaults. A validator's WorkbenchError (e.g. UNSUPPORTED_SCHEMA) keeps its code; anything else it
 * throws becomes CORRUPT_FILE naming the path.
 */
export async function openJsonFile<T>(
  path: string,
  defaultData: T,
  validate?: (data: unknown) => T,
): Promise<Low<T>> {
  const adapter = new AtomicJsonFile<T>(path);
  // A copy, so edits to db.data never leak into the caller's (often module-level) default object.
  const db = new Low<T>(adapter, structuredClone(defaultData));
  const stored = await adapter.read();
  if (stored === null) return db;
  db.data = validate ? runValidator(path, validate, stored) : stored;
  return db;
}

function runValidator<T>(path: string, validate: (data: unknown) => T, data: unknown): T {
  try {
    return validate(data);
  } catch (cause) {
    if (isWorkbenchError(cause)) {
      const message = cause.message.includes(path) ? cause.message : `${path}: ${cause.message}`;
      throw new WorkbenchError(cause.code, message, { ...cause.details, path }, cause.reason);
    }
    throw refusal('CORRUPT_FILE', errorReason('file.unexpectedContents', { path, what: describeValidationError(cause) }), { path });
  }
}

/** Schema libraries such as zod put a JSON dump in `message`; their `issues` read better as "where: what". */
function describeValidationError(e: unknown): string {
  if (e !== null && typeof e === 'object' && 'issues' in e && Array.isArray(e.issues)) {
    const issues = e.issues as { path?: unknown; message?: unknown }[];
    return issues
      .slice(0, 3)
      .map((issue) => {
        const where = Array.isArray(issue.path) && issue.path.length > 0 ? issue.path.join('.') : '(root)';
        return `${where}: ${String(issue.message)}`;
      })
      .join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '');
  }
  return describeCause(e);
}
