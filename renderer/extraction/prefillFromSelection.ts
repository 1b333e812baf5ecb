import type { Codebook } from '../../shared/codebook/index.ts';
import { findQuantities, type Quantity } from '../../shared/numbers/index.ts';
import type { RecordMeasure } from '../../shared/records/indicatorRecord.ts';
import { MAX_SELECTION, readSelection } from '../../shared/suggest/index.ts';
import type { DocumentYears, RecordDraft } from './recordDraft.ts';

/** Beyond this many characters a selection is not one figure's evidence: no guessing from it. */
export const MAX_PREFILL_LENGTH = MAX_SELECTION;

const GROWTH_WORDS = ['增长', '增速', '下降', '提高', '减少', '增加', '同比', '年均'];
const SHARE_WORDS = ['占', '比重', '比例'];
const COUNT_UNITS = /^(个|家|人|户|项|座|所|名|套|台|辆|条|次|处|件|万人|万户|万个|万家|万名|万套)$/;

/**
 * A new record's fields read from the selection [from, to) of the shown text, for the reviewer to check, with
 * the functions the assistant uses (shared/suggest/readSelection): indicator, measure, kind and year as the
 * assistant would suggest them — a passage in the plan part of a report is a target of the planned year —
 * value, unit and qualifier from the selected figure. A note the reviewer typed is kept, and so is an indicator
 * when the selection names none.
 */
export function prefillFromSelection(
  text: string, from: number, to: number, doc: DocumentYears, previous: RecordDraft, codebook?: Codebook,
): RecordDraft {
  const meta = { region: doc.region, yearsReviewed: [...doc.yearsReviewed], yearsPlanned: [...doc.yearsPlanned] };
  const reading = readSelection(text, from, to, meta, codebook);
  if (!reading) return { ...previous, region: doc.region };
  const amount = findQuantities(text.slice(from, to)).find((q) => !q.isYear && !q.isDate && !q.isCode);
  return {
    ...previous,
    region: doc.region,
    indicator: reading.indicator || previous.indicator,
    kind: reading.kind,
    year: reading.year === null ? '' : String(reading.year),
    value: reading.value,
    unit: reading.unit,
    qualifier: reading.qualifier,
    measure: reading.measure ?? (amount ? guessMeasure(text.slice(Math.max(0, from - 8), from + amount.start), amount) : previous.measure),
  };
}

/** For a figure the assistant would not state: 增长 3.8% is growth; a bare % a rate (a share after 占); 个/家… count. */
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
