import type { SuggestionView } from '../../shared/api/views.ts';
import type { RecordDraft, RecordFieldsInput } from '../extraction/recordDraft.ts';
import type { Span } from '../text/evidenceSpans.ts';

/** What accepting a suggestion records: its fields as the API takes them, and its evidence span (raw code points). */
export function suggestionFields(s: SuggestionView): RecordFieldsInput {
  return {
    indicator: s.indicator, region: s.region, year: s.year, kind: s.kind, measure: s.measure,
    value: s.value, unit: s.unit, qualifier: s.qualifier, note: '',
  };
}

export function suggestionSpan(s: SuggestionView): Span {
  return { start: s.evidence.start, end: s.evidence.end };
}

/** The record form prefilled with a suggestion, for "edit, then accept". */
export function suggestionToDraft(s: SuggestionView): RecordDraft {
  return {
    indicator: s.indicator, region: s.region, year: s.year === null ? '' : String(s.year), kind: s.kind, measure: s.measure,
    value: s.value, unit: s.unit, qualifier: s.qualifier, note: '',
  };
}

/** The words the suggestion cites, as the reviewer reads them (the corrected ones when there are any). */
export function suggestionQuote(s: SuggestionView): string {
  return s.evidence.correctedQuote || s.evidence.quote;
}
