import { Buffer, isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { decodeAs, type SourceEncoding } from '../../../shared/text/decodeSource.ts';
import { sha256Hex } from './sha256.ts';

/**
 * A stored source read, checked against the sha256 its document names and decoded as the encoding it was
 * imported in. It only reads, so the same function runs in-process (small sources) and in a worker thread (big
 * ones: hashing and decoding 30 MB takes the main thread 0.3–1 s, which would stall every other request). The
 * worker reads the file itself: sending it 30 MB of bytes would cost the main thread a copy of them.
 */
export type StoredSourceText =
  | { ok: true; text: string; encoding: SourceEncoding }
  | { ok: false; problem: { kind: 'missing' } | { kind: 'modified'; actualSha256: string } | { kind: 'undecodable'; reason: string } };

export interface StoredSourceInput {
  path: string;
  sha256: string;
  /** The encoding it was imported in; 'sniff' when it is not known yet (see sniffedEncoding). */
  encoding: SourceEncoding | 'sniff';
}

export async function readStoredSource(input: StoredSourceInput): Promise<StoredSourceText> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input.path);
  } catch {
    return { ok: false, problem: { kind: 'missing' } };
  }
  return decodeStoredSource(bytes, input.sha256, input.encoding);
}

export function decodeStoredSource(bytes: Uint8Array, sha256: string, given: StoredSourceInput['encoding']): StoredSourceText {
  const actualSha256 = sha256Hex(bytes);
  if (actualSha256 !== sha256) return { ok: false, problem: { kind: 'modified', actualSha256 } };
  const encoding = given === 'sniff' ? sniffedEncoding(bytes) : given;
  const known = decodeKnownUtf8(bytes, encoding);
  if (known !== null) return { ok: true, text: known, encoding };
  const decoded = decodeAs(bytes, encoding);
  return decoded.ok ? { ok: true, text: decoded.text, encoding } : { ok: false, problem: { kind: 'undecodable', reason: decoded.reason } };
}

/**
 * The encoding an import would have found for these bytes (byte-order mark, then UTF-8, else GB18030), for a
 * source decoded before its document's state names the encoding; the caller checks the two agree.
 */
function sniffedEncoding(bytes: Uint8Array): SourceEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return isUtf8(bytes) ? 'utf-8' : 'gb18030';
}

/**
 * The stored bytes (their sha256 just matched) decoded as the UTF-8 they were when imported, by Node's own
 * UTF-8 routines: checked and decoded in a fraction of the time a strict TextDecoder takes (0.8 s for 30 MB),
 * with the same text (a U+FEFF after the mark stays text). Null for other encodings or bytes that are not UTF-8,
 * which take the strict path and its message.
 */
function decodeKnownUtf8(bytes: Uint8Array, encoding: SourceEncoding): string | null {
  const bomLength = encoding === 'utf-8-bom' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (encoding !== 'utf-8' && bomLength === 0) return null;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + bomLength, bytes.byteLength - bomLength);
  return body.length > 0 && isUtf8(body) ? body.toString('utf8') : null;
}
