import { isDeepStrictEqual } from 'node:util';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { decodeResult, encodeResult, type ResultForm } from '../../../../electron/node/workers/resultCodec.ts';
import { RESULT_FORMS } from '../../../../electron/node/workers/analysisTasks.ts';
import { detectDefectsPacked } from '../../../../shared/detectors/index.ts';
import { suggestRecords } from '../../../../shared/suggest/index.ts';
import { guessMetadata } from '../../../../shared/document/guessMetadata.ts';
import { loadCorpus } from '../../../helpers/corpus.ts';

/** What the main thread gets: the encoded result after a real transfer through a message port. */
async function roundTrip(value: unknown, form: ResultForm): Promise<unknown> {
  const { encoded, transfer } = encodeResult(value, form);
  const { port1, port2 } = new MessageChannel();
  const received = new Promise<unknown>((resolve) => port2.once('message', resolve));
  port1.postMessage(encoded, transfer);
  const back = decodeResult((await received) as typeof encoded);
  port1.close();
  return back;
}

describe('results crossing from a worker', () => {
  it('a JSON array keeps every item across chunks, strings exactly (lone surrogates, Chinese, NUL)', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      i, text: i % 3 === 0 ? `\ud840 ${i}` : `第${i}项\u0000`, nested: { list: [i, null, 'x'], ok: i % 2 === 0 }, value: i / 7,
    }));
    expect(await roundTrip(items, 'jsonArray')).toStrictEqual(items);
    expect(await roundTrip([], 'jsonArray')).toStrictEqual([]);
  });

  it('columns move typed arrays as they are (a view into a larger buffer copied first) and keep the rest', async () => {
    const big = new Int32Array([9, 1, 2, 3, 9]);
    const value = {
      count: 3, spans: big.subarray(1, 4), confidences: new Float64Array([0.5, -0, 1e-9]), flags: new Uint8Array(0),
      names: ['a', '\udc00b', '乙'], empty: [] as string[], label: null,
    };
    const expected = { ...structuredClone(value), spans: new Int32Array([1, 2, 3]) };
    const back = (await roundTrip(value, 'columns')) as typeof value;
    // The whole-buffer arrays moved (the worker's copies are gone); the subarray's larger buffer stayed.
    expect(value.confidences.length).toBe(0);
    expect(back).toStrictEqual(expected);
    expect(Object.is(back.confidences[1], -0)).toBe(true);
    expect(Array.from(big)).toEqual([9, 1, 2, 3, 9]);
  });

  it('anything else travels serialized, as before', async () => {
    const value = { map: new Map([['a', 1]]), missing: undefined, date: new Date(0) };
    expect(await roundTrip(value, 'v8')).toStrictEqual(value);
    expect(await roundTrip(value, 'jsonArray')).toStrictEqual(value);
  });

  it('the corpus: suggestions and packed findings come back equal to what the worker computed', async () => {
    expect(RESULT_FORMS).toEqual({ suggest: 'jsonArray', defects: 'columns' });
    for (const [name, text] of loadCorpus()) {
      const m = guessMetadata(text, name);
      const suggestions = suggestRecords(text, { region: m.region, yearsReviewed: m.yearsReviewed, yearsPlanned: m.yearsPlanned });
      // Deep strict equality: a key holding undefined, a NaN or a -0 (which JSON would not keep) would show here.
      expect(isDeepStrictEqual(await roundTrip(suggestions, 'jsonArray'), suggestions), name).toBe(true);
      const packed = detectDefectsPacked(text);
      const expected = structuredClone(packed);
      expect(await roundTrip(packed, 'columns'), name).toStrictEqual(expected);
    }
  });
});
