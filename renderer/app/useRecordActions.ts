import { useMemo } from 'react';
import type { ApiClient } from '../../shared/api/contract.ts';
import type { RecordView } from '../../shared/api/views.ts';
import type { RecordStatus } from '../../shared/records/indicatorRecord.ts';
import { fieldsOfRecord, type RecordFormFields } from '../extraction/recordDraft.ts';
import { splitValueDiffers } from '../extraction/splitValueDiffers.ts';
import type { SaveStatus } from '../state/useSaveStatus.ts';
import type { Span } from '../text/evidenceSpans.ts';

export type SettableStatus = Extract<RecordStatus, 'draft' | 'verified' | 'rejected'>;

export interface RecordActions {
  add(docId: string, evidence: Span[], fields: RecordFormFields, verify: boolean): Promise<RecordView | undefined>;
  update(record: RecordView, change: { fields?: Partial<RecordFormFields>; evidence?: Span[] }): Promise<RecordView | undefined>;
  setStatus(record: RecordView, status: SettableStatus): Promise<RecordView | undefined>;
  /** One API call, one undo step per document. */
  setStatusOfMany(records: readonly RecordView[], status: SettableStatus): Promise<void>;
  undo(docId: string): Promise<void>;
  redo(docId: string): Promise<void>;
}

/**
 * Every change the reviewer can make, each sent with the reviewer's name and tracked by the save indicator.
 * What is shown follows from the answer through the query cache (renderer/api/cacheEffects.ts). Returns
 * undefined when the change failed (the banner says why).
 */
export function useRecordActions(api: ApiClient, reviewer: string | null, save: SaveStatus): RecordActions {
  const { track } = save;
  return useMemo<RecordActions>(() => {
    const by = () => {
      if (!reviewer) throw new Error('a reviewer name is required');
      return reviewer;
    };
    return {
      add: async (docId, evidence, formFields, verify) => {
        const { fields, override } = splitValueDiffers(formFields);
        return track(() => api['records.add']({ docId, evidence, fields, verify, by: by(), ...override }));
      },
      // Always every field: the API fills fields left out with their defaults (a partial update would
      // clear the unit, year, region… of the record).
      update: async (record, { fields: formFields, evidence }) => {
        const { fields, override } = formFields ? splitValueDiffers(formFields, record) : { fields: undefined, override: {} };
        return track(() => api['records.update']({
          recordId: record.id, by: by(), ...(evidence ? { evidence } : {}), ...(fields ? { fields: { ...fieldsOfRecord(record), ...fields } } : {}), ...override,
        }));
      },
      setStatus: (record, status) => track(() => api['records.setStatus']({ recordId: record.id, status, by: by() })),
      async setStatusOfMany(records, status) {
        const pending = records.filter((r) => r.status !== status);
        if (pending.length === 0) return;
        // One request, one undo step per document; records that may not take the status are named in the banner.
        await track(async () => {
          const result = await api['records.setStatusMany']({ recordIds: pending.map((r) => r.id), status, by: by() });
          if (result.refused.length) throw Object.assign(new Error(result.refused.map((r) => r.reason).join('; ')), { refused: result.refused });
        });
      },
      async undo(docId) {
        await track(() => api['history.undo']({ docId, by: by() }));
      },
      async redo(docId) {
        await track(() => api['history.redo']({ docId, by: by() }));
      },
    };
  }, [api, reviewer, track]);
}
