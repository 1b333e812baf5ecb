import { readFile } from 'node:fs/promises';
import type { ProjectSession } from './projectSession.ts';

/**
 * Which document holds which source bytes: sha256 → docId for every source version, kept in project.json so
 * the duplicate check on import reads one map instead of opening every document (one of which may be
 * corrupt). Rebuilt from the document files when missing; an entry whose document never landed (an import
 * killed midway) is ignored.
 */
export async function documentHoldingSource(session: ProjectSession, sha256: string): Promise<string | undefined> {
  const index = await ensureSourceIndex(session);
  const docId = Object.hasOwn(index, sha256) ? index[sha256] : undefined;
  if (docId === undefined || !(await session.docIds()).includes(docId)) return undefined;
  // The one candidate is opened to confirm (an undone source replacement leaves a stale entry); if it cannot
  // be opened, the bytes are still reported as a duplicate rather than imported twice.
  const doc = await session.document(docId).catch(() => undefined);
  if (doc === undefined) return docId;
  const meta = doc.db.data.document;
  return meta.source.sha256 === sha256 || meta.versions.some((v) => v.sha256 === sha256) ? docId : undefined;
}

/** Records that `docId` holds `sha256` (written before the document itself, so a crash leaves no gap). */
export async function addToSourceIndex(session: ProjectSession, sha256: string, docId: string): Promise<void> {
  const index = await ensureSourceIndex(session);
  if (index[sha256] === docId) return;
  session.project.data.sourceIndex = { ...index, [sha256]: docId };
  await session.project.write();
}

async function ensureSourceIndex(session: ProjectSession): Promise<Record<string, string>> {
  const stored = session.project.data.sourceIndex;
  if (isIndex(stored)) return stored;
  const index: Record<string, string> = {};
  for (const docId of await session.docIds()) {
    for (const sha256 of await sourcesNamedBy(session.layout.documentPath(docId))) index[sha256] = docId;
  }
  session.project.data.sourceIndex = index;
  await session.project.write();
  return index;
}

/** The source versions a document file names; none when it cannot be read (it is reported where it is opened). */
async function sourcesNamedBy(path: string): Promise<string[]> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as { document?: { source?: { sha256?: unknown }; versions?: { sha256?: unknown }[] } };
    const shas = [data.document?.source?.sha256, ...(data.document?.versions ?? []).map((v) => v.sha256)];
    return shas.filter((s): s is string => typeof s === 'string');
  } catch {
    return [];
  }
}

function isIndex(value: unknown): value is Record<string, string> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    && Object.values(value).every((v) => typeof v === 'string');
}
