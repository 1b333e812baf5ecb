import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Codebook } from '../../../../shared/codebook/index.ts';
import type { LoadedDocument } from '../../../../electron/node/project/loadedDocument.ts';
import { createOperationRegistry } from '../../../../electron/node/services/operations.ts';
import { analysedSuggestions } from '../../../../electron/node/services/suggestionAnalysis.ts';
import { sharedWorkerPool } from '../../../../electron/node/workers/workerPool.ts';
import { REPORTS_DIR, tempProject, type TestProject } from '../../../helpers/tempProject.ts';
import { rawCodePoint } from '../../../../shared/text/offsets.ts';

const DOC = 'yangquan-jiaoqu-2023';
let p: TestProject;
beforeEach(async () => {
  p = await tempProject();
  await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}${DOC}.txt`], by: 'a' });
});
afterEach(() => p.dispose());

/** The analysis as a service gets it, inside an operation (its promise, so the test can compare identities). */
async function analysed(doc: LoadedDocument, book: Codebook) {
  const registry = createOperationRegistry(sharedWorkerPool);
  let analysis!: ReturnType<typeof analysedSuggestions>;
  await registry.track('suggestions.list', undefined, async (op) => {
    analysis = analysedSuggestions(doc, book, op);
    await analysis;
  });
  return analysis;
}

describe('suggestions.list costs its own work', () => {
  it('runs the text analysis once per corrected-text version: a saved record reuses it, a correction renews it', async () => {
    const book = await p.call('codebook.get', {});
    const doc = await p.session.document(DOC);
    const first = await analysed(doc, book);
    const listed = await p.call('suggestions.list', { docId: DOC });
    const target = listed.find((s) => s.recordedAs === null)!;
    await p.call('records.add', {
      docId: DOC, evidence: [{ start: target.evidence.start, end: target.evidence.end }],
      fields: { indicator: target.indicator, value: target.value, unit: target.unit, kind: target.kind, measure: target.measure, year: target.year },
      by: 'a', valueDiffers: 'test: the suggestion as given',
    });
    expect(await analysed(doc, book)).toBe(first);
    // The keyed join still finds the record that states the suggestion.
    const after = await p.call('suggestions.list', { docId: DOC });
    expect(after.find((s) => s.id === target.id)?.recordedAs).toMatch(/^r_/);
    expect(after.filter((s) => s.recordedAs !== null)).toHaveLength(listed.filter((s) => s.recordedAs !== null).length + 1);

    await p.call('corrections.add', { docId: DOC, start: rawCodePoint(0), end: rawCodePoint(0), replace: '前言', by: 'a' });
    expect(await analysed(doc, book)).not.toBe(first);
    await p.call('docs.updateMeta', { docId: DOC, region: '某地', by: 'a' });
    const afterMeta = await analysed(doc, book);
    expect(await analysed(doc, book)).toBe(afterMeta);
  });
});
