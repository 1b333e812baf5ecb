import type { CodebookEntry } from '../../../shared/codebook/index.ts';
import type { RecordMeasure } from '../../../shared/records/indicatorRecord.ts';

/** A codebook entry as the reviewer edits it: lists as text ("GDP、生产总值"), measures as checkboxes. */
export interface EntryDraft {
  name: string;
  synonyms: string;
  measures: RecordMeasure[];
  units: string;
  group: string;
  parts: string;
  headline: boolean;
}

export const EMPTY_ENTRY_DRAFT: EntryDraft = { name: '', synonyms: '', measures: [], units: '', group: '', parts: '', headline: false };

const LIST_SEPARATOR = '、';

/** Splits a typed list on the separators people use (、 , ， ; ； and new lines), dropping blanks. */
export function splitList(text: string): string[] {
  return text.split(/[、,，;；\n]/).map((s) => s.trim()).filter((s) => s !== '');
}

export function joinList(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}

export function entryToDraft(entry: CodebookEntry): EntryDraft {
  return {
    name: entry.name, synonyms: joinList(entry.synonyms), measures: [...entry.measures], units: joinList(entry.units),
    group: entry.group ?? '', parts: joinList(entry.parts ?? []), headline: entry.headline === true,
  };
}

/** The draft as an entry; the codebook's own validation (on apply and on save) says what is wrong with it. */
export function draftToEntry(draft: EntryDraft): CodebookEntry {
  const parts = splitList(draft.parts);
  const group = draft.group.trim();
  return {
    name: draft.name.trim(), synonyms: splitList(draft.synonyms), measures: [...draft.measures], units: splitList(draft.units),
    ...(group ? { group } : {}),
    ...(parts.length ? { parts } : {}),
    ...(draft.headline ? { headline: true } : {}),
  };
}
