import { deserializeError, serializeError, type SerializedError } from '../errors/workbenchError.ts';

/**
 * What every transport carries back: a result or a serialized error. Electron IPC mangles thrown errors
 * and HTTP has only status codes, so both send this envelope and the client unwraps it the same way.
 */
export type Envelope<T> = { ok: true; result: T } | { ok: false; error: SerializedError };

export async function toEnvelope<T>(run: () => Promise<T>): Promise<Envelope<T>> {
  try {
    return { ok: true, result: await run() };
  } catch (e) {
    return { ok: false, error: serializeError(e) };
  }
}

export function unwrapEnvelope<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.result;
  throw deserializeError(envelope.error);
}
