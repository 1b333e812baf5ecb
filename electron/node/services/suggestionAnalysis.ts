import type { Codebook } from '../../../shared/codebook/index.ts';
import { canonicalIndicatorName } from '../../../shared/codebook/index.ts';
import type { IndicatorRecord } from '../../../shared/records/indicatorRecord.ts';
import type { Suggestion } from '../../../shared/suggest/index.ts';
import type { LoadedDocument } from '../project/loadedDocument.ts';
import type { Operation } from './operations.ts';

/**
 * The suggestions of a document, computed once per version of what they read: the corrected text (a new
 * view object whenever corrections change), the document metadata and the codebook. Saving a record changes
 * none of these, so it never re-runs the analysis. The analysis runs in a worker thread; a second request
 * while it runs shares it. A failed or cancelled analysis is not kept.
 */
interface Analysis {
  view: LoadedDocument['view'];
  meta: LoadedDocument['db']['data']['document'];
  book: Codebook;
  suggestions: Promise<Suggestion[]>;
}

const analyses = new WeakMap<LoadedDocument, Analysis>();

export function analysedSuggestions(doc: LoadedDocument, book: Codebook, op: Operation): Promise<Suggestion[]> {
  const meta = doc.db.data.document;
  const cached = analyses.get(doc);
  if (cached && cached.view === doc.view && cached.meta === meta && cached.book === book) return cached.suggestions;
  const analysis: Analysis = { view: doc.view, meta, book, suggestions: op.run('suggest', { text: doc.view.text, meta, codebook: book }) };
  analyses.set(doc, analysis);
  analysis.suggestions.catch(() => {
    if (analyses.get(doc) === analysis) analyses.delete(doc);
  });
  return analysis.suggestions;
}

/**
 * Which record already states a suggestion: a keyed join (indicator normalised once per record, then measure,
 * kind and value) instead of comparing every suggestion with every record; evidence overlap decides within a key.
 */
export function recordedLookup(records: readonly IndicatorRecord[], book: Codebook) {
  const byKey = new Map<string, IndicatorRecord[]>();
  for (const r of records) {
    if (r.status === 'rejected') continue;
    const key = statementKey(canonicalIndicatorName(r.indicator, book), r.measure, r.kind, r.value);
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  return (s: Suggestion, raw: { start: number; end: number }): IndicatorRecord | undefined =>
    byKey.get(statementKey(canonicalIndicatorName(s.indicator, book), s.measure, s.kind, s.value))
      ?.find((r) => r.evidence.some((e) => e.start < raw.end && raw.start < e.end));
}

function statementKey(indicator: string, measure: string, kind: string, value: string): string {
  return JSON.stringify([indicator, measure, kind, value]);
}
