/**
 * Bytes → base64 for docs.importBytes. btoa takes a "binary string"; building it in chunks keeps
 * String.fromCharCode under the engine's argument limit for multi-megabyte reports.
 */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
