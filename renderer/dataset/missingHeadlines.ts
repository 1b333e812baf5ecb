import type { DocumentSummary, RecordView } from '../../shared/api/views.ts';
import type { Codebook } from '../../shared/codebook/index.ts';

/**
 * The headline indicators of the codebook: the figures nearly every work report states and a dataset is
 * expected to carry. A project codebook that lacks one of these names simply has fewer headlines.
 */
export const HEADLINE_INDICATORS = [
  '地区生产总值', '一般公共预算收入', '固定资产投资', '社会消费品零售总额', '规模以上工业增加值',
  '城镇居民人均可支配收入', '农村居民人均可支配收入',
] as const;

export interface MissingHeadlines {
  docId: string;
  title: string;
  missing: string[];
}

/** Per document, the headline indicators no record (other than a rejected one) covers yet. */
export function missingHeadlines(
  docs: readonly DocumentSummary[], records: readonly RecordView[], codebook: Codebook, canonical: (name: string) => string,
): MissingHeadlines[] {
  const known = new Set(codebook.map((e) => e.name));
  const headlines = HEADLINE_INDICATORS.filter((name) => known.has(name));
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
