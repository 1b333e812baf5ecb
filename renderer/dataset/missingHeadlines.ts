import type { DocumentSummary, RecordView } from '../../shared/api/views.ts';
import type { Codebook } from '../../shared/codebook/index.ts';

export interface MissingHeadlines {
  docId: string;
  title: string;
  missing: string[];
}

/**
 * Per document, the headline indicators of the codebook (flagged `headline`: the figures nearly every work report
 * states) that no record, other than a rejected one, covers yet.
 */
export function missingHeadlines(
  docs: readonly DocumentSummary[], records: readonly RecordView[], codebook: Codebook, canonical: (name: string) => string,
): MissingHeadlines[] {
  const headlines = codebook.filter((e) => e.headline).map((e) => e.name);
  const covered = new Map<string, Set<string>>();
  for (const r of records) {
    if (r.status === 'rejected') continue;
    let names = covered.get(r.docId);
    if (!names) covered.set(r.docId, (names = new Set()));
    names.add(canonical(r.indicator));
  }
  return docs
    .map((d) => ({ docId: d.docId, title: d.title || d.fileName, missing: headlines.filter((h) => !covered.get(d.docId)?.has(h)) }))
    .filter((m) => m.missing.length > 0);
}
