import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { MAX_SOURCE_BYTES } from '../../../shared/api/sourceLimits.ts';

export { MAX_SOURCE_BYTES };
const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];

/** The same checks for bytes that arrive without a path (browser-mode uploads). */
export function sourceFromUpload(fileName: string, base64: string, maxBytes = MAX_SOURCE_BYTES): SourceFileResult {
  const name = basename(fileName);
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
  if (!ACCEPTED_EXTENSIONS.includes(ext)) return { ok: false, fileName: name, reason: `only .txt and .md files can be imported (this is "${ext || 'no extension'}")` };
  // Strictly: Buffer.from would skip any character outside the alphabet and import whatever is left.
  if (!isStrictBase64(base64)) return { ok: false, fileName: name, reason: 'the upload is not valid base64' };
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) return { ok: false, fileName: name, reason: 'the file is empty' };
  if (bytes.length > maxBytes) return { ok: false, fileName: name, reason: `the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${maxBytes / 1048576} MB limit` };
  return { ok: true, fileName: name, bytes };
}

function isStrictBase64(s: string): boolean {
  return s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s);
}

export type SourceFileResult = { ok: true; fileName: string; bytes: Uint8Array } | { ok: false; fileName: string; reason: string };

/**
 * Reads a file offered for import, refusing with a reason a person understands: missing, a directory,
 * not .txt/.md, empty, or over the size limit. Decoding is checked afterwards by decodeSource.
 */
export async function readSourceFile(path: string, maxBytes = MAX_SOURCE_BYTES): Promise<SourceFileResult> {
  const fileName = basename(path);
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) {
    const reason = info.code === 'ENOENT' ? 'no such file' : info.code === 'EACCES' ? 'permission denied' : info.message;
    return { ok: false, fileName, reason };
  }
  if (info.isDirectory()) return { ok: false, fileName, reason: 'it is a directory, not a file' };
  if (!info.isFile()) return { ok: false, fileName, reason: 'it is not a regular file' };
  const ext = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.')).toLowerCase() : '';
  if (!ACCEPTED_EXTENSIONS.includes(ext)) {
    return { ok: false, fileName, reason: `only .txt and .md files can be imported (this is "${ext || 'no extension'}")` };
  }
  if (info.size === 0) return { ok: false, fileName, reason: 'the file is empty' };
  if (info.size > maxBytes) {
    return { ok: false, fileName, reason: `the file is ${(info.size / 1048576).toFixed(1)} MB, over the ${maxBytes / 1048576} MB limit` };
  }
  const handle = await open(path, 'r');
  try {
    const bytes = await handle.readFile();
    return { ok: true, fileName, bytes };
  } finally {
    await handle.close();
  }
}
