import type { Codebook } from '../../../shared/codebook/index.ts';
import { canonicalIndicatorName } from '../../../shared/codebook/index.ts';
import type { IndicatorRecord } from '../../../shared/records/indicatorRecord.ts';
import { suggestRecords, type Suggestion } from '../../../shared/suggest/index.ts';
import type { LoadedDocument } from '../project/loadedDocument.ts';

/**
 * The suggestions of a document, computed once per version of what they read: the corrected text (a new
 * view object whenever corrections change), the document metadata and the codebook. Saving a record changes
 * none of these, so it never re-runs the analysis.
 */
interface Analysis {
  view: LoadedDocument['view'];
  meta: LoadedDocument['db']['data']['document'];
  book: Codebook;
  suggestions: Suggestion[];
}

const analyses = new WeakMap<LoadedDocument, Analysis>();

export function analysedSuggestions(doc: LoadedDocument, book: Codebook): Suggestion[] {
  const meta = doc.db.data.document;
  const cached = analyses.get(doc);
  if (cached && cached.view === doc.view && cached.meta === meta && cached.book === book) return cached.suggestions;
  const suggestions = suggestRecords(doc.view.text, meta, book);
  analyses.set(doc, { view: doc.view, meta, book, suggestions });
  return suggestions;
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
