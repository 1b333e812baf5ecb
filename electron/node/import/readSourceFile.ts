import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { MAX_SOURCE_BYTES } from '../../../shared/api/sourceLimits.ts';
import { explained, type ErrorReasonCode } from '../../../shared/errors/errorReasons.ts';
import type { Reason, ReasonParams } from '../../../shared/explain/reason.ts';

export { MAX_SOURCE_BYTES };
const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];

/** The same checks for bytes that arrive without a path (browser-mode uploads). */
export function sourceFromUpload(fileName: string, base64: string, maxBytes = MAX_SOURCE_BYTES): SourceFileResult {
  const name = basename(fileName);
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
  if (!ACCEPTED_EXTENSIONS.includes(ext)) return wrongExtension(name, ext);
  // Strictly: Buffer.from would skip any character outside the alphabet and import whatever is left.
  if (!isStrictBase64(base64)) return refused(name, 'source.badBase64');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) return refused(name, 'source.empty');
  if (bytes.length > maxBytes) return tooLarge(name, bytes.length, maxBytes);
  return { ok: true, fileName: name, bytes };
}

function isStrictBase64(s: string): boolean {
  return s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s);
}

export type SourceFileResult =
  | { ok: true; fileName: string; bytes: Uint8Array }
  | { ok: false; fileName: string; reason: string; reasonCode: Reason };

function refused(fileName: string, code: ErrorReasonCode, params?: ReasonParams): SourceFileResult {
  return { ok: false, fileName, ...explained(code, params) };
}

const wrongExtension = (fileName: string, ext: string): SourceFileResult =>
  (ext ? refused(fileName, 'source.extension', { extension: ext }) : refused(fileName, 'source.noExtension'));

const tooLarge = (fileName: string, size: number, maxBytes: number): SourceFileResult =>
  refused(fileName, 'source.tooLarge', { sizeMb: (size / 1048576).toFixed(1), limitMb: maxBytes / 1048576 });

/**
 * Reads a file offered for import, refusing with a reason a person understands: missing, a directory,
 * not .txt/.md, empty, or over the size limit. Decoding is checked afterwards by decodeSource.
 */
export async function readSourceFile(path: string, maxBytes = MAX_SOURCE_BYTES): Promise<SourceFileResult> {
  const fileName = basename(path);
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) {
    if (info.code === 'ENOENT') return refused(fileName, 'source.noSuchFile');
    if (info.code === 'EACCES') return refused(fileName, 'source.permissionDenied');
    return refused(fileName, 'source.unreadable', { cause: info.message });
  }
  if (info.isDirectory()) return refused(fileName, 'source.directory');
  if (!info.isFile()) return refused(fileName, 'source.notRegularFile');
  const ext = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.')).toLowerCase() : '';
  if (!ACCEPTED_EXTENSIONS.includes(ext)) return wrongExtension(fileName, ext);
  if (info.size === 0) return refused(fileName, 'source.empty');
  if (info.size > maxBytes) return tooLarge(fileName, info.size, maxBytes);
  const handle = await open(path, 'r');
  try {
    const bytes = await handle.readFile();
    return { ok: true, fileName, bytes };
  } finally {
    await handle.close();
  }
}
