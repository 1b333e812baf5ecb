import type { Codebook } from '../../../shared/codebook/index.ts';
import type { SuggestionView } from '../../../shared/api/views.ts';
import type { CorrectedView } from '../../../shared/corrections/correctionSet.ts';
import type { DocumentFile } from '../../../shared/project/documentFile.ts';
import { patternKeys, rankedByCounts, type Decisions, type Suggestion } from '../../../shared/suggest/index.ts';
import type { CodePointIndex } from '../../../shared/text/codePoints.ts';
import { correctedUtf16 } from '../../../shared/text/offsets.ts';
import type { LoadedDocument } from '../project/loadedDocument.ts';
import { recordedJoin, type RecordedJoin } from './recordedJoin.ts';
import { tableTracker, type TableTracker } from './tableChanges.ts';

/**
 * A document's suggestion views, kept between requests and patched with what changed since: a save re-views
 * the suggestions stating what its records state (their `recordedAs`), of the patterns whose decision counts it
 * moved (their rank) and those it dismissed or restored, so listing after a save costs the save. Everything is
 * made again when what the suggestions were analysed from changes (corrected text, document details, codebook).
 */
export interface AnalysedAs {
  suggestions: readonly Suggestion[];
  /** The corrected view and its index the suggestions were analysed against. */
  view: CorrectedView;
  correctedIndex: CodePointIndex<'corrected'>;
  book: Codebook;
}

interface Kept {
  from: AnalysedAs;
  meta: DocumentFile['document'];
  join: RecordedJoin;
  dismissals: TableTracker<unknown>;
  /** Each suggestion's view before ranking, dismissal and join, with its raw span (UTF-16). */
  base: { view: SuggestionView; raw: { start: number; end: number }; pattern: string; statement: string }[];
  views: SuggestionView[];
  byStatement: Map<string, number[]>;
  byPattern: Map<string, number[]>;
  byId: Map<string, number[]>;
  /** The counts each pattern was ranked with. */
  rankedWith: Map<string, string>;
}

const kept = new WeakMap<LoadedDocument, Kept>();

export function suggestionViews(doc: LoadedDocument, analysed: AnalysedAs, decisions: Decisions, includeDismissed: boolean): SuggestionView[] {
  let k = kept.get(doc);
  const meta = doc.db.data.document;
  const same = k && k.from.suggestions === analysed.suggestions && k.from.view === analysed.view && k.from.book === analysed.book && k.meta === meta;
  if (!k || !same) {
    const join = k && k.from.book === analysed.book ? k.join : recordedJoin(analysed.book);
    k = build(doc, analysed, meta, join);
    kept.set(doc, k);
  }
  const state = k;
  const affected = new Set<number>();
  const mark = (list: readonly number[] | undefined) => list?.forEach((i) => affected.add(i));
  for (const key of state.join.update(doc.db.data.records)) mark(state.byStatement.get(key));
  for (const { id } of state.dismissals.changes(doc.db.data.dismissed)) mark(state.byId.get(id));
  for (const [pattern, counts] of state.rankedWith) {
    const now = countsOf(decisions, pattern);
    if (now === counts) continue;
    state.rankedWith.set(pattern, now);
    mark(state.byPattern.get(pattern));
  }
  // A fresh build re-views everything once; afterwards only what the changes reach.
  const all = state.views.length === 0;
  for (let i = 0; i < state.base.length; i++) if (all || affected.has(i)) state.views[i] = viewOf(doc, state, i, decisions);
  return includeDismissed ? state.views.slice() : state.views.filter((v) => !v.dismissed);
}

function build(doc: LoadedDocument, from: AnalysedAs, meta: DocumentFile['document'], join: RecordedJoin): Kept {
  const patternOf = patternKeys(from.book);
  const { map } = from.view;
  const k: Kept = {
    from, meta, join, dismissals: tableTracker(), base: [], views: [],
    byStatement: new Map(), byPattern: new Map(), byId: new Map(), rankedWith: new Map(),
  };
  const index = (m: Map<string, number[]>, key: string, i: number) => {
    const list = m.get(key);
    if (list) list.push(i);
    else m.set(key, [i]);
  };
  // The dismissals as of now are read by viewOf directly; the tracker reports later changes only.
  k.dismissals.changes(doc.db.data.dismissed);
  from.suggestions.forEach((s, i) => {
    // The suggestions read the corrected text: their offsets are UTF-16 units of it; evidence is anchored in raw.
    const corrected = { start: correctedUtf16(s.start), end: correctedUtf16(s.end) };
    const raw = map.correctedSpanToRaw(corrected.start, corrected.end);
    const view: SuggestionView = {
      id: s.id, docId: doc.docId, indicator: s.indicator, region: s.region || meta.region, year: s.year, kind: s.kind, measure: s.measure,
      value: s.value, unit: s.unit, qualifier: s.qualifier, valueNormalized: s.valueNormalized, baseUnit: s.baseUnit,
      confidence: s.confidence, reason: s.reason, reasons: s.reasons,
      evidence: {
        start: doc.rawIndex.toCodePoint(raw.start), end: doc.rawIndex.toCodePoint(raw.end), quote: doc.raw.slice(raw.start, raw.end),
        correctedStart: from.correctedIndex.toCodePoint(corrected.start), correctedEnd: from.correctedIndex.toCodePoint(corrected.end), correctedQuote: s.quote,
      },
      dismissed: false, recordedAs: null,
    };
    const entry = { view, raw, pattern: patternOf(s), statement: k.join.keyOf(s) };
    k.base.push(entry);
    index(k.byStatement, entry.statement, i);
    index(k.byPattern, entry.pattern, i);
    index(k.byId, s.id, i);
  });
  return k;
}

function viewOf(doc: LoadedDocument, k: Kept, i: number, decisions: Decisions): SuggestionView {
  const { view, raw, pattern } = k.base[i]!;
  const s = k.from.suggestions[i]!;
  const counts = countsOf(decisions, pattern);
  k.rankedWith.set(pattern, counts);
  const ranked = rankedByCounts(s, decisions.accepted.get(pattern) ?? 0, decisions.rejected.get(pattern) ?? 0);
  const dismissed = Object.prototype.hasOwnProperty.call(doc.db.data.dismissed, s.id);
  const recordedAs = k.join.lookup(s, raw)?.id ?? null;
  return { ...view, confidence: ranked.confidence, reasons: ranked.reasons, dismissed, recordedAs };
}

function countsOf(decisions: Decisions, pattern: string): string {
  return `${decisions.accepted.get(pattern) ?? 0},${decisions.rejected.get(pattern) ?? 0}`;
}
