import type { Codebook } from '../../../shared/codebook/index.ts';
import { isWorkbenchError } from '../../../shared/errors/workbenchError.ts';
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
  /** The operation whose worker computes it: cancelling that one stops it for every request sharing it. */
  owner: Operation;
  suggestions: Promise<Suggestion[]>;
}

const analyses = new WeakMap<LoadedDocument, Analysis>();

export async function analysedSuggestions(doc: LoadedDocument, book: Codebook, op: Operation): Promise<Suggestion[]> {
  const analysis = sharedAnalysis(doc, book, op);
  try {
    return await analysis.suggestions;
  } catch (e) {
    // Another request's cancel stopped the analysis this one was sharing: it runs its own.
    if (analysis.owner !== op && isWorkbenchError(e) && e.code === 'CANCELLED') return sharedAnalysis(doc, book, op).suggestions;
    throw e;
  }
}

function sharedAnalysis(doc: LoadedDocument, book: Codebook, op: Operation): Analysis {
  const meta = doc.db.data.document;
  const cached = analyses.get(doc);
  if (cached && cached.view === doc.view && cached.meta === meta && cached.book === book) return cached;
  const analysis: Analysis = { view: doc.view, meta, book, owner: op, suggestions: op.run('suggest', { text: doc.view.text, meta, codebook: book }) };
  analyses.set(doc, analysis);
  analysis.suggestions.catch(() => {
    if (analyses.get(doc) === analysis) analyses.delete(doc);
  });
  return analysis;
}

/**
 * Which record already states a suggestion: a keyed join (indicator normalised once per name, then measure, kind
 * and value) instead of comparing every suggestion with every record; evidence overlap decides within a key, by a
 * binary search over the key's spans sorted by start, so one statement recorded 20,000 times stays n log n.
 */
export function recordedLookup(records: readonly IndicatorRecord[], book: Codebook) {
  const names = new Map<string, string>();
  const canonical = (name: string): string => {
    let known = names.get(name);
    if (known === undefined) names.set(name, (known = canonicalIndicatorName(name, book)));
    return known;
  };
  const byKey = new Map<string, SpanRecord[]>();
  for (const [order, r] of records.entries()) {
    if (r.status === 'rejected') continue;
    const key = statementKey(canonical(r.indicator), r.measure, r.kind, r.value);
    const list = byKey.get(key) ?? [];
    if (list.length === 0) byKey.set(key, list);
    for (const e of r.evidence) list.push({ start: e.start, end: e.end, order, record: r, reach: 0 });
  }
  for (const spans of byKey.values()) {
    spans.sort((a, b) => a.start - b.start);
    // reach: the furthest end among this span and every span starting before it.
    spans.forEach((span, i) => (span.reach = Math.max(span.end, i > 0 ? spans[i - 1]!.reach : -Infinity)));
  }
  return (s: Suggestion, raw: { start: number; end: number }): IndicatorRecord | undefined => {
    const spans = byKey.get(statementKey(canonical(s.indicator), s.measure, s.kind, s.value));
    return spans ? firstOverlapping(spans, raw) : undefined;
  };
}

interface SpanRecord {
  start: number;
  end: number;
  /** The record's place in the list given: of several records overlapping, the earliest is named. */
  order: number;
  record: IndicatorRecord;
  reach: number;
}

/** How many overlapping spans are compared for the earliest record; beyond them any overlapping one will do. */
const OVERLAPS_COMPARED = 16;

function firstOverlapping(spans: readonly SpanRecord[], raw: { start: number; end: number }): IndicatorRecord | undefined {
  // The last span starting before raw.end; spans before it that reach past raw.start overlap.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < raw.end) lo = mid + 1;
    else hi = mid;
  }
  let best: SpanRecord | undefined;
  let seen = 0;
  for (let i = lo - 1; i >= 0 && spans[i]!.reach > raw.start && seen < OVERLAPS_COMPARED; i--) {
    const span = spans[i]!;
    if (span.end <= raw.start) continue;
    seen++;
    if (!best || span.order < best.order) best = span;
  }
  return best?.record;
}

function statementKey(indicator: string, measure: string, kind: string, value: string): string {
  return JSON.stringify([indicator, measure, kind, value]);
}
