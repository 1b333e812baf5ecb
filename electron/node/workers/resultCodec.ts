import { deserialize, serialize } from 'node:v8';

/**
 * How a task's result crosses from a worker to the main thread, always as transferred buffers (moved, not
 * copied), so the pool can end a worker a big task left large before the main thread reads the result:
 * - `v8`: any structured-clone value, serialized (node:v8) into one buffer.
 * - `jsonArray`: an array of plain data (strings, finite numbers, booleans, null, arrays and plain objects, no
 *   undefined), as JSON in UTF-8 chunks of a few thousand items. Reading 110,000 suggestions back this way costs
 *   the main thread about half what v8's deserializing does, and no chunk is ever the size of the whole.
 * - `columns`: an object whose fields are typed arrays (moved as they are) or plain data (JSON chunks as above),
 *   such as packed defect findings: nothing is serialized twice, and no one buffer holds them all.
 * JSON keeps every string exactly, lone surrogates included (JSON.stringify escapes them).
 */
export type ResultForm = 'v8' | 'jsonArray' | 'columns';

export type EncodedResult =
  | { form: 'v8'; bytes: ArrayBuffer }
  | { form: 'jsonArray'; chunks: Uint8Array[] }
  | { form: 'columns'; typed: Record<string, ArrayBufferView>; arrays: Record<string, Uint8Array[]>; others: Uint8Array };

/** Items stringified per chunk: small enough that no chunk weighs much, large enough that there are few. */
const ITEMS_PER_CHUNK = 4096;

export function encodeResult(value: unknown, form: ResultForm): { encoded: EncodedResult; transfer: ArrayBuffer[] } {
  if (form === 'jsonArray' && Array.isArray(value)) {
    const chunks = jsonChunks(value);
    return { encoded: { form, chunks }, transfer: chunks.map(ownBuffer) };
  }
  if (form === 'columns' && isPlainObject(value)) {
    const typed: Record<string, ArrayBufferView> = {};
    const arrays: Record<string, Uint8Array[]> = {};
    const others: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (ArrayBuffer.isView(field)) typed[key] = ownView(field);
      else if (Array.isArray(field)) arrays[key] = jsonChunks(field);
      else others[key] = field;
    }
    const transfer = new Set([...Object.values(typed), ...Object.values(arrays).flat()].map(ownBuffer));
    const encodedOthers = new TextEncoder().encode(JSON.stringify(others));
    transfer.add(ownBuffer(encodedOthers));
    return { encoded: { form, typed, arrays, others: encodedOthers }, transfer: [...transfer] };
  }
  const bytes = ownBuffer(serialize(value));
  return { encoded: { form: 'v8', bytes }, transfer: [bytes] };
}

export function decodeResult(encoded: EncodedResult): unknown {
  const decoder = new TextDecoder();
  const parse = (chunks: Uint8Array[]): unknown[] => chunks.flatMap((c) => JSON.parse(decoder.decode(c)) as unknown[]);
  switch (encoded.form) {
    case 'v8':
      return deserialize(new Uint8Array(encoded.bytes));
    case 'jsonArray':
      return parse(encoded.chunks);
    case 'columns': {
      const value = JSON.parse(decoder.decode(encoded.others)) as Record<string, unknown>;
      for (const [key, chunks] of Object.entries(encoded.arrays)) value[key] = parse(chunks);
      return Object.assign(value, encoded.typed);
    }
  }
}

function jsonChunks(items: readonly unknown[]): Uint8Array[] {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (let from = 0; from < items.length; from += ITEMS_PER_CHUNK) {
    chunks.push(encoder.encode(JSON.stringify(items.slice(from, from + ITEMS_PER_CHUNK))));
  }
  return chunks;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** A view that alone fills its buffer (a copy otherwise), so moving the buffer moves nothing else. */
function ownView<V extends ArrayBufferView>(view: V): V {
  if (view.byteOffset === 0 && view.byteLength === view.buffer.byteLength && view.buffer instanceof ArrayBuffer) return view;
  const Kind = view.constructor as new (buffer: ArrayBuffer) => V;
  return new Kind(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength) as ArrayBuffer);
}

/** The buffer of bytes that fill it (v8.serialize and TextEncoder give such), else a copy of the bytes. */
function ownBuffer(bytes: ArrayBufferView): ArrayBuffer {
  return ownView(bytes).buffer as ArrayBuffer;
}
