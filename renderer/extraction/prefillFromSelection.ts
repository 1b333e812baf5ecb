import { findQualifier, findQuantities, isAmount, type Quantity } from '../../shared/numbers/index.ts';
import type { RecordKind, RecordMeasure } from '../../shared/records/indicatorRecord.ts';
import { yearForKind, type DocumentYears, type RecordDraft } from './recordDraft.ts';

/** The selected passage and a little of the text around it (qualifiers such as 左右 often follow it). */
export interface SelectedPassage {
  quote: string;
  before: string;
  after: string;
}

/** Beyond this many characters a selection is not one figure's evidence: no guessing from it. */
export const MAX_PREFILL_LENGTH = 2000;
/** How much text around the selection the qualifier search may look at. */
export const CONTEXT_LENGTH = 12;

const TARGET_WORDS = ['目标', '预期', '力争', '计划'];
const GROWTH_WORDS = ['增长', '增速', '下降', '提高', '减少', '增加', '同比', '年均'];
const SHARE_WORDS = ['占', '比重', '比例'];
const COUNT_UNITS = /^(个|家|人|户|项|座|所|名|套|台|辆|条|次|处|件|万人|万户|万个|万家|万名|万套)$/;

/**
 * A new record's fields guessed from the selected text, for the reviewer to check:
 * value and unit from the first amount in the selection (findQuantities), the qualifier around it
 * (findQualifier), kind and year from a year written in the selection or else from words like 目标,
 * region from the document. What the reviewer already typed as indicator and note is kept.
 */
export function prefillFromSelection(passage: SelectedPassage, doc: DocumentYears, previous: RecordDraft): RecordDraft {
  const quote = passage.quote;
  const quantities = quote.length <= MAX_PREFILL_LENGTH ? findQuantities(quote) : [];
  const amount = quantities.find(isAmount);
  const writtenYear = yearWritten(quantities);
  const kind = guessKind(quote, writtenYear, doc);
  const year = writtenYear ?? yearForKind(doc, kind);
  return {
    ...previous,
    region: doc.region,
    kind,
    year: year === null ? '' : String(year),
    value: amount ? valueOf(amount) : '',
    unit: amount?.unit ?? '',
    qualifier: amount ? qualifierAround(passage, amount) : '',
    measure: amount ? guessMeasure(quote.slice(0, amount.start), amount) : previous.measure,
  };
}

/** The number as written; a range keeps both ends (the API stores it as text, unnormalised). */
function valueOf(amount: Quantity): string {
  if (amount.value !== null) return amount.value;
  return amount.range ? `${amount.range.low}-${amount.range.high}` : '';
}

function yearWritten(quantities: readonly Quantity[]): number | null {
  const year = quantities.find((q) => q.isYear && q.value !== null);
  return year ? Number(year.value) : null;
}

/** A year the report plans, or target words, make a target; otherwise an actual figure. */
export function guessKind(quote: string, writtenYear: number | null, doc: DocumentYears): RecordKind {
  if (writtenYear !== null) {
    if (doc.yearsPlanned.includes(writtenYear)) return 'target';
    if (doc.yearsReviewed.includes(writtenYear)) return 'actual';
  }
  return TARGET_WORDS.some((w) => quote.includes(w)) ? 'target' : 'actual';
}

/** 增长 3.8% is growth; a bare % is a rate (or a share after 占/比重); 个/家/人… count; else a level. */
export function guessMeasure(textBefore: string, amount: Quantity): RecordMeasure {
  const lead = textBefore.slice(-8);
  if (amount.unit === '%' || amount.unit === '个百分点' || amount.unit === '‰') {
    if (GROWTH_WORDS.some((w) => lead.includes(w))) return 'growth';
    if (SHARE_WORDS.some((w) => lead.includes(w))) return 'share';
    return 'rate';
  }
  if (GROWTH_WORDS.some((w) => lead.endsWith(w) || lead.endsWith(`${w} `))) return 'growth';
  if (COUNT_UNITS.test(amount.unit)) return 'count';
  return 'level';
}

function qualifierAround(passage: SelectedPassage, amount: Quantity): string {
  const text = passage.before + passage.quote + passage.after;
  const offset = passage.before.length;
  return findQualifier(text, offset + amount.start, offset + amount.end) ?? '';
}
