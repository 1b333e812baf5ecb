import type { Codebook } from '../../../shared/codebook/index.ts';
import { isWorkbenchError } from '../../../shared/errors/workbenchError.ts';
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
