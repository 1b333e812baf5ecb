import { explained, type ErrorReasonCode } from '../errors/errorReasons.ts';
import type { Reason, ReasonParams } from '../explain/reason.ts';

/**
 * Turns a source file's bytes into its raw text without changing anything else: the BOM is removed, nothing is
 * normalised, line endings stay as they are. The encoding is detected (BOM first, then strict UTF-8, then
 * GB18030, the superset of GBK/GB2312 used by Chinese government files) and reported.
 * Uses TextDecoder, which Node and browsers both provide.
 */
export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult =
  | { ok: true; text: string; encoding: SourceEncoding; bomLength: number }
  | { ok: false; reason: string; reasonCode: Reason };

/** A refusal: its reason in English and as data for the reviewer's language. */
function refused(code: ErrorReasonCode, params?: ReasonParams): { ok: false; reason: string; reasonCode: Reason } {
  return { ok: false, ...explained(code, params) };
}

/** Formats that are not text, by their first bytes; `name` reads the same in both languages (PNG, PDF, ZIP …). */
const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'ZIP (.docx/.xlsx)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'Word 97-2003 (OLE)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'WebP/RIFF', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
];

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return refused('source.empty');
  const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) return refused('source.binary', { kind: signature.name });

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strict(bytes.subarray(3), 'utf-8', 'utf-8-bom', 3);
  if (startsWith(bytes, [0xff, 0xfe])) return strict(bytes.subarray(2), 'utf-16le', 'utf-16le', 2);
  if (startsWith(bytes, [0xfe, 0xff])) return strict(bytes.subarray(2), 'utf-16be', 'utf-16be', 2);

  // Without a BOM, NUL bytes mean binary (or BOM-less UTF-16, which we do not guess at).
  if (bytes.includes(0)) {
    return refused('source.nulBytes');
  }
  const utf8 = strict(bytes, 'utf-8', 'utf-8', 0);
  if (utf8.ok) return utf8;
  const gb = strict(bytes, 'gb18030', 'gb18030', 0);
  if (gb.ok && looksLikeText(gb.text)) return gb;
  return refused('source.unknownEncoding');
}

function strict(bytes: Uint8Array, label: string, encoding: SourceEncoding, bomLength: number): DecodeResult {
  try {
    // ignoreBOM: true so the decoder keeps any further U+FEFF as text; we removed the leading BOM ourselves.
    const text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
    if (text.length === 0) return refused('source.onlyBom');
    if (text.includes('\u0000')) return refused('source.nulCharacters');
    if (!looksLikeText(text)) return refused('source.controlCharacters');
    return { ok: true, text, encoding, bomLength };
  } catch {
    return refused('source.invalidEncoding', { encoding: label });
  }
}

/** Rejects decodings dominated by control characters (GB18030 decodes almost any byte soup). */
function looksLikeText(text: string): boolean {
  let control = 0;
  const sample = Math.min(text.length, 65536);
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  return control <= sample * 0.01;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Decodes bytes with a known, previously recorded encoding (verification must not re-guess). */
export function decodeAs(bytes: Uint8Array, encoding: SourceEncoding): DecodeResult {
  switch (encoding) {
    case 'utf-8':
      return strict(bytes, 'utf-8', 'utf-8', 0);
    case 'utf-8-bom':
      return startsWith(bytes, [0xef, 0xbb, 0xbf]) ? strict(bytes.subarray(3), 'utf-8', 'utf-8-bom', 3) : refused('source.missingBom', { encoding: 'UTF-8' });
    case 'utf-16le':
      return startsWith(bytes, [0xff, 0xfe]) ? strict(bytes.subarray(2), 'utf-16le', 'utf-16le', 2) : refused('source.missingBom', { encoding: 'UTF-16LE' });
    case 'utf-16be':
      return startsWith(bytes, [0xfe, 0xff]) ? strict(bytes.subarray(2), 'utf-16be', 'utf-16be', 2) : refused('source.missingBom', { encoding: 'UTF-16BE' });
    case 'gb18030':
      return strict(bytes, 'gb18030', 'gb18030', 0);
  }
}
