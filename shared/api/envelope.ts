import { deserializeError, serializeError, type SerializedError } from '../errors/workbenchError.ts';

/**
 * What every transport carries back: a result or a serialized error. Electron IPC mangles thrown errors
 * and HTTP has only status codes, so both send this envelope and the client unwraps it the same way.
 */
export type Envelope<T> = { ok: true; result: T } | { ok: false; error: SerializedError };

/** `onError` sees every error before it is serialized (its stack is lost on the wire): the transports log failures. */
export async function toEnvelope<T>(run: () => Promise<T>, onError?: (e: unknown) => void): Promise<Envelope<T>> {
  try {
    return { ok: true, result: await run() };
  } catch (e) {
    onError?.(e);
    return { ok: false, error: serializeError(e) };
  }
}

export function unwrapEnvelope<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.result;
  throw deserializeError(envelope.error);
}
