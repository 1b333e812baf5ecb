import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../../shared/api/contract.ts';
import type { SuggestionView } from '../../shared/api/views.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import type { RecordActions } from '../app/useRecordActions.ts';
import { draftToFields, type RecordDraft } from '../extraction/recordDraft.ts';
import type { SaveStatus } from '../state/useSaveStatus.ts';
import { pendingSuggestions, placeOf, resolveCurrent, stepFrom, type QueuePlace } from './suggestionQueue.ts';
import { suggestionFields, suggestionSpan, suggestionToDraft } from './suggestionRecord.ts';

export interface SuggestionQueueDeps {
  api: ApiClient;
  docId: string | null;
  reviewer: string | null;
  /** Asks for the reviewer's name when there is none; false means "not now". */
  requireReviewer(): boolean;
  add: RecordActions['add'];
  save: Pick<SaveStatus, 'track' | 'showError'>;
}

export interface SuggestionEdit {
  suggestion: SuggestionView;
  draft: RecordDraft;
}

export interface SuggestionQueue {
  /** False until the suggestions of the open document have been read. */
  loaded: boolean;
  queue: SuggestionView[];
  current: SuggestionView | null;
  /** Suggestions the reviewer rejected in this document (they can be restored). */
  rejected: SuggestionView[];
  /** How many suggestions already stand as records. */
  recordedCount: number;
  editing: SuggestionEdit | null;
  select(id: string): void;
  step(step: 1 | -1): void;
  accept(verify: boolean): void;
  reject(): void;
  restore(id: string): void;
  startEdit(): void;
  changeDraft(draft: RecordDraft): void;
  saveEdit(verify: boolean): void;
  cancelEdit(): void;
  /** After an edit renamed a suggestion's indicator: the offer to learn the report's phrase as a synonym. */
  synonymOffer: SynonymOffer | null;
  acceptSynonym(): void;
  dismissSynonym(): void;
}

export interface SynonymOffer {
  phrase: string;
  indicator: string;
}

const without = (set: ReadonlySet<string>, id: string) => {
  const next = new Set(set);
  next.delete(id);
  return next;
};

/**
 * The suggestion queue of the open document. Acting on a suggestion takes it out of the queue at once (so
 * one key press per suggestion can follow another without waiting for the services) and moves to the next;
 * if the change is refused, the suggestion comes back as the current one and the banner says why.
 */
export function useSuggestionQueue(deps: SuggestionQueueDeps): SuggestionQueue {
  const { api, docId, requireReviewer, add, reviewer } = deps;
  // The two callbacks are stable; the save object itself changes with every save state.
  const { track, showError } = deps.save;
  const [handled, setHandled] = useState<ReadonlySet<string>>(new Set());
  const [place, setPlace] = useState<QueuePlace | null>(null);
  const [editing, setEditing] = useState<SuggestionEdit | null>(null);
  const [synonymOffer, setSynonymOffer] = useState<SynonymOffer | null>(null);

  // Cached per document; re-read when a change makes it stale (a record added, a rejection, a codebook edit, undo).
  const read = useApiQuery('suggestions.list', docId === null ? null : { docId, includeDismissed: true });
  const suggestions = docId === null ? null : read.data ?? null;
  useEffect(() => {
    if (read.error) showError(read.error);
  }, [read.error, showError]);

  useEffect(() => {
    setPlace(null);
    setHandled(new Set());
    setEditing(null);
  }, [docId]);

  // Once the list itself says a handled suggestion is recorded or rejected, the list speaks for it; should
  // an undo bring it back, it then shows again.
  useEffect(() => {
    if (!suggestions) return;
    setHandled((h) => {
      const settled = suggestions.filter((x) => h.has(x.id) && (x.recordedAs !== null || x.dismissed));
      if (settled.length === 0) return h;
      const next = new Set(h);
      for (const x of settled) next.delete(x.id);
      return next;
    });
  }, [suggestions]);
  const queue = useMemo(() => pendingSuggestions(suggestions ?? [], handled), [suggestions, handled]);
  const current = resolveCurrent(queue, place);
  const rejected = useMemo(() => (suggestions ?? []).filter((s) => s.dismissed), [suggestions]);
  const recordedCount = useMemo(() => (suggestions ?? []).filter((s) => s.recordedAs !== null).length, [suggestions]);

  /** Takes a suggestion out of the queue while `change` runs; it returns when the change failed. */
  const handle = useCallback(async (s: SuggestionView, change: () => Promise<boolean>) => {
    setPlace(placeOf(s));
    setHandled((h) => new Set(h).add(s.id));
    const ok = await change();
    // Refused: it comes back. Done: it stays out of the queue until a fresh list (re-read because the change
    // made it stale) shows it recorded or rejected (pruned above).
    if (!ok) setHandled((h) => without(h, s.id));
  }, []);


  // While the form is open for a suggestion, its keys are the form's: nothing else is accepted behind it.
  const accept = useCallback((verify: boolean) => {
    if (!current || editing || !requireReviewer()) return;
    const s = current;
    void handle(s, async () => (await add(s.docId, [suggestionSpan(s)], suggestionFields(s), verify)) !== undefined);
  }, [current, editing, requireReviewer, handle, add]);

  const setDismissed = useCallback(async (s: SuggestionView, dismissed: boolean): Promise<boolean> => {
    const by = reviewer;
    if (!by) return false;
    // A rejection carries the suggestion's pattern, so the assistant ranks suggestions like it lower.
    const pattern = { indicator: s.indicator, measure: s.measure };
    const result = await track(() => api['dismissals.set']({ docId: s.docId, itemId: s.id, dismissed, by, pattern }));
    return result !== undefined;
  }, [api, reviewer, track]);

  const reject = useCallback(() => {
    if (!current || editing || !requireReviewer()) return;
    const s = current;
    void handle(s, () => setDismissed(s, true));
  }, [current, editing, requireReviewer, handle, setDismissed]);

  const restore = useCallback((id: string) => {
    const s = suggestions?.find((x) => x.id === id);
    if (!s || !requireReviewer()) return;
    void setDismissed(s, false).then((ok) => {
      if (ok) setPlace(placeOf(s));
    });
  }, [suggestions, requireReviewer, setDismissed]);

  const select = useCallback((id: string) => {
    const s = queue.find((x) => x.id === id);
    if (s) setPlace(placeOf(s));
  }, [queue]);

  const step = useCallback((direction: 1 | -1) => {
    const next = stepFrom(queue, current?.id ?? null, direction);
    if (next) setPlace(placeOf(next));
  }, [queue, current]);

  const startEdit = useCallback(() => {
    if (current) setEditing({ suggestion: current, draft: suggestionToDraft(current) });
  }, [current]);

  const changeDraft = useCallback((draft: RecordDraft) => setEditing((e) => (e ? { ...e, draft } : e)), []);
  const cancelEdit = useCallback(() => setEditing(null), []);

  const saveEdit = useCallback((verify: boolean) => {
    if (!editing || !requireReviewer()) return;
    const { suggestion: s, draft } = editing;
    void handle(s, async () => {
      const record = await add(s.docId, [suggestionSpan(s)], draftToFields(draft), verify);
      // Refused: the form stays open with what the reviewer typed, so it can be fixed.
      if (record) setEditing((e) => (e?.suggestion.id === s.id ? null : e));
      // A name as written renamed by the reviewer: the report's phrase may teach the assistant (the service
      // ignores a new name the codebook does not know).
      const renamed = draft.indicator.trim();
      const asWritten = s.reasons.some((r) => r.code === 'suggestion.name.asWritten');
      if (record && asWritten && renamed !== '' && renamed !== s.indicator) setSynonymOffer({ phrase: s.indicator, indicator: renamed });
      return record !== undefined;
    });
  }, [editing, requireReviewer, handle, add]);

  const acceptSynonym = useCallback(() => {
    const offer = synonymOffer;
    setSynonymOffer(null);
    if (!offer || !reviewer) return;
    void track(() => api['codebook.addSynonym']({ ...offer, by: reviewer }));
  }, [synonymOffer, reviewer, track, api]);
  const dismissSynonym = useCallback(() => setSynonymOffer(null), []);

  return {
    synonymOffer, acceptSynonym, dismissSynonym,
    loaded: suggestions !== null, queue, current, rejected, recordedCount, editing,
    select, step, accept, reject, restore, startEdit, changeDraft, saveEdit, cancelEdit,
  };
}
