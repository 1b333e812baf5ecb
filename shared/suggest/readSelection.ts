import { DEFAULT_CODEBOOK, findTerms, type Codebook } from '../codebook/index.ts';
import { findQualifier, findQuantities, isAmount, type Quantity } from '../numbers/index.ts';
import type { RecordKind, RecordMeasure } from '../records/indicatorRecord.ts';
import { detectSections, sectionAt, type SectionMark } from './sections.ts';
import type { SuggestMeta } from './suggestion.ts';
import { suggestRecords } from './suggestRecords.ts';
import { sentenceAround } from './textSpans.ts';

/** What a selected passage says, read as the assistant reads the report: the manual form's defaults. */
export interface SelectionReading {
  indicator: string;
  kind: RecordKind;
  year: number | null;
  measure: RecordMeasure | null;
  value: string;
  unit: string;
  qualifier: string;
}

/** How much of the text before the selection the reading may use (the name of a value often stands there). */
const LEAD = 120;
/** Beyond this a selection is not one figure's evidence: no guessing from it. */
export const MAX_SELECTION = 2000;

let sectionCache: { text: string; meta: string; marks: SectionMark[] } | null = null;

/** Sections of the whole text, computed once per text (a selection changes far more often than the text). */
function sectionsOf(text: string, meta: SuggestMeta): SectionMark[] {
  const key = `${meta.yearsReviewed.join(',')}/${meta.yearsPlanned.join(',')}`;
  if (sectionCache?.text !== text || sectionCache.meta !== key) sectionCache = { text, meta: key, marks: detectSections(text, meta) };
  return sectionCache.marks;
}

/**
 * Reads [from, to) of `text` with the assistant's own functions: a statement it would suggest whose value lies
 * in the selection gives every field; otherwise the first amount gives value and unit, a codebook term in or
 * just before the selection the indicator, and the report's structure (a plan section makes a target of the
 * planned year) kind and year.
 */
export function readSelection(
  text: string, from: number, to: number, meta: SuggestMeta, codebook: Codebook = DEFAULT_CODEBOOK,
): SelectionReading | null {
  if (to <= from || to - from > MAX_SELECTION) return null;
  const start = Math.max(0, Math.min(from - LEAD, sentenceAround(text, from).start));
  const end = Math.max(to, sentenceAround(text, Math.max(from, to - 1)).end);
  const sectionBefore = sectionAt(sectionsOf(text, meta), start) ?? undefined;
  const excerpt = text.slice(start, end);
  const local = { from: from - start, to: to - start };
  const inside = suggestRecords(excerpt, meta, codebook, { sectionBefore: sectionBefore && { ...sectionBefore, start: 0 } })
    .filter((s) => s.end > local.from && s.start < local.to && valueInside(excerpt, s.end, local));
  const best = inside.sort((a, b) => b.confidence - a.confidence)[0];
  if (best) {
    return {
      indicator: best.indicator, kind: best.kind, year: best.year, measure: best.measure,
      value: best.value, unit: best.unit, qualifier: best.qualifier,
    };
  }
  const amount = findQuantities(excerpt.slice(local.from, local.to)).find(isAmount);
  const section = sectionAt(sectionsOf(text, meta), from);
  const kind: RecordKind = section?.kind === 'plan' || section?.kind === 'outlook' ? 'target' : 'actual';
  return {
    indicator: termNear(excerpt, local, codebook),
    kind,
    year: section?.kind === 'outlook' ? section.until ?? null : yearFor(meta, kind),
    measure: null,
    value: amount ? valueOf(amount) : '',
    unit: amount?.unit ?? '',
    qualifier: amount ? findQualifier(excerpt, local.from + amount.start, local.from + amount.end) ?? '' : '',
  };
}

/** The suggestion's value (its evidence ends at the value or its qualifier) falls in the selection. */
function valueInside(excerpt: string, evidenceEnd: number, local: { from: number; to: number }): boolean {
  let valueEnd = evidenceEnd;
  while (valueEnd > local.from && /[以上左右下内多余]/.test(excerpt[valueEnd - 1]!)) valueEnd--;
  return valueEnd > local.from && valueEnd <= local.to + 2;
}

/** The last codebook term inside the selection, else the nearest before it in the same sentence. */
function termNear(excerpt: string, local: { from: number; to: number }, codebook: Codebook): string {
  const terms = findTerms(excerpt, codebook).filter((t) => t.start < local.to);
  const inside = terms.filter((t) => t.end > local.from);
  const sentenceStart = sentenceAround(excerpt, local.from).start;
  const pick = inside[0] ?? terms.filter((t) => t.start >= sentenceStart).at(-1);
  return pick?.entry.name ?? '';
}

function yearFor(meta: SuggestMeta, kind: RecordKind): number | null {
  const years = kind === 'actual' ? meta.yearsReviewed : meta.yearsPlanned;
  if (years.length) return kind === 'actual' ? Math.max(...years) : Math.min(...years);
  return kind === 'target' && meta.yearsReviewed.length ? Math.max(...meta.yearsReviewed) + 1 : null;
}

function valueOf(q: Quantity): string {
  if (q.value !== null) return q.value;
  return q.range ? `${q.range.low}-${q.range.high}` : '';
}
