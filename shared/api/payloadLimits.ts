import { MAX_SOURCE_MB } from './sourceLimits.ts';
import type { ApiMethod } from './contract.ts';

/**
 * How big one request may be, per method, on every transport (HTTP bridge, IPC). Only the methods that carry a
 * file get room for one (base64 of the largest importable source, plus slack); every other method gets a much
 * lower limit, so a runaway or hostile caller cannot make the main process buffer and parse hundreds of MB.
 */
export const FILE_METHODS: readonly ApiMethod[] = ['docs.importBytes', 'docs.replaceSourceBytes'];
export const MAX_FILE_PAYLOAD_BYTES = Math.ceil((MAX_SOURCE_MB * 1024 * 1024 * 4) / 3) + 1024 * 1024;
export const MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;

export function maxPayloadBytes(method: ApiMethod): number {
  return FILE_METHODS.includes(method) ? MAX_FILE_PAYLOAD_BYTES : MAX_PAYLOAD_BYTES;
}

export function payloadTooLargeMessage(method: ApiMethod, limit: number): string {
  return `${method}: the request is over the ${Math.round(limit / (1024 * 1024))} MB limit for this method`
    + (FILE_METHODS.includes(method) ? ` (files of up to ${MAX_SOURCE_MB} MB can be imported)` : '');
}

/**
 * Whether a payload is bigger than `limit`, counting roughly its JSON length in characters, without serialising
 * it and stopping as soon as it passes (for transports such as IPC that hand over values, not bytes).
 */
export function payloadExceeds(value: unknown, limit: number): boolean {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') size += item.length + 2;
    else if (item !== null && typeof item === 'object') {
      if (Array.isArray(item)) {
        size += 2 + item.length;
        for (const x of item) stack.push(x);
      } else {
        for (const [k, v] of Object.entries(item)) {
          size += k.length + 4;
          stack.push(v);
        }
      }
    } else size += 24;
    if (size > limit) return true;
  }
  return false;
}
