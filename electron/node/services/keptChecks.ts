import { canonicalIndicatorName, type Codebook } from '../../../shared/codebook/index.ts';
import type { CheckedRecord, ConsistencyFinding } from '../../../shared/checks/index.ts';
import { inReadingOrder } from '../../../shared/checks/readingOrder.ts';
import type { CorrectedView } from '../../../shared/corrections/correctionSet.ts';
import type { IndicatorRecord } from '../../../shared/records/indicatorRecord.ts';
import { correctedQuotes } from '../../../shared/records/reviewAfterCorrections.ts';
import type { LoadedDocument } from '../project/loadedDocument.ts';
import { tableTracker, type TableTracker } from './tableChanges.ts';

/** What the checks read, for the records given: titles and corrected quotes come along (see analysisTasks.checks). */
export interface ChecksInput {
  records: CheckedRecord[];
  codebook: Codebook;
  correctedQuotes: Map<string, string[]>;
  documentTitles: Map<string, string>;
}

/**
 * The project's consistency and plausibility findings, kept between requests per indicator and recomputed only for
 * the indicators whose records changed since the last look (a save, a delete, an undo; a correction changing a
 * record's corrected words; a document's new title). Every check compares records of one indicator only (as the
 * codebook names it), so the findings of the other indicators stand. The first call computes them all.
 */
export interface KeptChecks {
  findings(docs: readonly LoadedDocument[], book: Codebook, run: (input: ChecksInput) => Promise<ConsistencyFinding[]>): Promise<ConsistencyFinding[]>;
}

interface KeptRecord {
  docId: string;
  record: IndicatorRecord;
  checked: CheckedRecord;
  quotes: string[];
  indicator: string;
  order: number;
}

interface KeptDocument {
  doc: LoadedDocument;
  records: TableTracker<IndicatorRecord>;
  view: CorrectedView;
  title: string;
  ids: Set<string>;
}

export function keptChecks(): KeptChecks {
  let book: Codebook | null = null;
  let canonical = (name: string) => name;
  const documents = new Map<string, KeptDocument>();
  const records = new Map<string, KeptRecord>();
  const byIndicator = new Map<string, Set<string>>();
  const findingsOf = new Map<string, ConsistencyFinding[]>();
  const stale = new Set<string>();
  let queue: Promise<unknown> = Promise.resolve();

  const reset = (next: Codebook) => {
    book = next;
    const names = new Map<string, string>();
    canonical = (name) => {
      let known = names.get(name);
      if (known === undefined) names.set(name, (known = canonicalIndicatorName(name, next)));
      return known;
    };
    documents.clear();
    records.clear();
    byIndicator.clear();
    findingsOf.clear();
    stale.clear();
  };
  const remove = (id: string) => {
    const kept = records.get(id);
    if (!kept) return;
    records.delete(id);
    documents.get(kept.docId)?.ids.delete(id);
    byIndicator.get(kept.indicator)?.delete(id);
    stale.add(kept.indicator);
  };
  const put = (doc: LoadedDocument, r: IndicatorRecord, order: number) => {
    remove(r.id);
    const indicator = canonical(r.indicator);
    records.set(r.id, { docId: doc.docId, record: r, checked: checkedRecord(r), quotes: correctedQuotes(doc.view, r.evidence), indicator, order });
    documents.get(doc.docId)!.ids.add(r.id);
    let ids = byIndicator.get(indicator);
    if (!ids) byIndicator.set(indicator, (ids = new Set()));
    ids.add(r.id);
    stale.add(indicator);
  };

  /** Takes in what changed in each document since the last look; marks the indicators it touches as stale. */
  const takeChanges = (docs: readonly LoadedDocument[]) => {
    const listed = new Set(docs.map((d) => d.docId));
    for (const [docId, kept] of documents) {
      if (listed.has(docId)) continue;
      for (const id of [...kept.ids]) remove(id);
      documents.delete(docId);
    }
    for (const doc of docs) {
      let kept = documents.get(doc.docId);
      if (kept && kept.doc !== doc) {
        for (const id of [...kept.ids]) remove(id);
        kept = undefined;
      }
      const title = doc.db.data.document.title || doc.db.data.document.fileName;
      if (!kept) documents.set(doc.docId, (kept = { doc, records: tableTracker(), view: doc.view, title, ids: new Set() }));
      const changed = new Set<string>();
      for (const { id, after, order } of kept.records.changes(doc.db.data.records)) {
        changed.add(id);
        if (after) put(doc, after, order);
        else remove(id);
      }
      if (kept.view !== doc.view) {
        // A correction: records whose corrected words it changed are checked again.
        kept.view = doc.view;
        for (const id of kept.ids) {
          if (changed.has(id)) continue;
          const r = records.get(id)!;
          const quotes = correctedQuotes(doc.view, r.record.evidence);
          if (quotes.join('\u0000') === r.quotes.join('\u0000')) continue;
          r.quotes = quotes;
          stale.add(r.indicator);
        }
      }
      if (kept.title !== title) {
        kept.title = title;
        for (const id of kept.ids) stale.add(records.get(id)!.indicator);
      }
    }
  };

  const compute = async (docs: readonly LoadedDocument[], next: Codebook, run: (input: ChecksInput) => Promise<ConsistencyFinding[]>) => {
    if (book !== next) reset(next);
    takeChanges(docs);
    const place = new Map(docs.map((d, i) => [d.docId, i]));
    const position = (id: string): [number, number] => {
      const r = records.get(id);
      return r ? [place.get(r.docId) ?? Infinity, r.order] : [Infinity, Infinity];
    };
    if (stale.size > 0) {
      const recomputed = [...stale];
      const input: ChecksInput = { records: [], codebook: next, correctedQuotes: new Map(), documentTitles: new Map() };
      const members = recomputed.flatMap((indicator) => [...(byIndicator.get(indicator) ?? [])]);
      // In the project's order (documents as listed, records as each holds them), as a check over all would read them.
      members.sort((a, b) => {
        const [da, oa] = position(a);
        const [db, ob] = position(b);
        return da - db || oa - ob;
      });
      for (const id of members) {
        const r = records.get(id)!;
        input.records.push(r.checked);
        input.correctedQuotes.set(id, r.quotes);
      }
      for (const [docId, kept] of documents) input.documentTitles.set(docId, kept.title);
      stale.clear();
      let found: ConsistencyFinding[];
      try {
        found = await run(input);
      } catch (e) {
        for (const indicator of recomputed) stale.add(indicator);
        throw e;
      }
      for (const indicator of recomputed) findingsOf.set(indicator, []);
      for (const f of found) findingsOf.get(records.get(f.recordIds[0]!)!.indicator)!.push(f);
      for (const indicator of recomputed) if (findingsOf.get(indicator)!.length === 0 || !byIndicator.get(indicator)?.size) findingsOf.delete(indicator);
    }
    const ordinal = (id: string) => {
      const [d, o] = position(id);
      return d * 2 ** 32 + o;
    };
    return inReadingOrder([...findingsOf.values()].flat(), ordinal);
  };

  return {
    findings(docs, next, run) {
      // One at a time: each call takes in the changes since the one before it.
      const result = queue.then(() => compute(docs, next, run));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}

/**
 * What the checks read of a record, and nothing else: the records are copied to the worker, and copying 20,000
 * whole records (evidence context, reviewed text, review) held the main process for most of a second.
 */
function checkedRecord(r: IndicatorRecord): CheckedRecord {
  const { id, docId, indicator, region, year, kind, measure, value, unit, valueNormalized, baseUnit, qualifier, status, valueDiffers } = r;
  return {
    id, docId, indicator, region, year, kind, measure, value, unit, valueNormalized, baseUnit, qualifier, status,
    ...(valueDiffers ? { valueDiffers } : {}), evidence: r.evidence.map((e) => ({ quote: e.quote })),
  };
}
