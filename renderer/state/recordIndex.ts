import type { RecordView } from '../../shared/api/views.ts';
import { followList, type ListChanges } from './listChanges.ts';

/** Records by id, as the window looks them up (a check's records, a hovered highlight, a notice's records). */
export interface RecordLookup {
  get(id: string): RecordView | undefined;
  readonly size: number;
}

/** Changes kept beside the shared map before it is built again: lookups stay two map reads. */
const OVERLAY_LIMIT = 2048;

/**
 * An index by id that a save changes in proportion to the records it changed: a map built once from a whole list
 * and shared by every later version, plus a small map of what changed since (a record, or null for one that
 * went). Each version is a new object and none is ever mutated, so React sees a change and an older version
 * stays right for whoever still holds it. Building a map of 20,000 records costs milliseconds; this, microseconds.
 */
export class RecordIndex implements RecordLookup {
  private constructor(
    private readonly base: ReadonlyMap<string, RecordView>,
    private readonly overlay: ReadonlyMap<string, RecordView | null>,
    readonly size: number,
  ) {}

  static of(records: readonly RecordView[]): RecordIndex {
    const base = new Map<string, RecordView>();
    for (const r of records) base.set(r.id, r);
    return new RecordIndex(base, new Map(), base.size);
  }

  get(id: string): RecordView | undefined {
    const changed = this.overlay.get(id);
    if (changed !== undefined) return changed ?? undefined;
    return this.base.get(id);
  }

  /** This index after the list lost `removed` and gained `added` (the same id in both: a record replaced). */
  with({ removed, added }: ListChanges<RecordView>): RecordIndex {
    const overlay = new Map(this.overlay);
    let size = this.size;
    for (const r of removed) {
      if (this.get(r.id) !== r) continue;
      overlay.set(r.id, null);
      size--;
    }
    for (const r of added) {
      const had = overlay.has(r.id) ? overlay.get(r.id) !== null : this.base.has(r.id);
      overlay.set(r.id, r);
      if (!had) size++;
    }
    if (overlay.size <= OVERLAY_LIMIT) return new RecordIndex(this.base, overlay, size);
    const base = new Map(this.base);
    for (const [id, r] of overlay) {
      if (r) base.set(id, r);
      else base.delete(id);
    }
    return new RecordIndex(base, new Map(), base.size);
  }
}

/** A RecordIndex that follows one list from version to version (one per component, kept in state or a ref). */
export function recordIndexer(): (records: readonly RecordView[]) => RecordIndex {
  return followList(RecordIndex.of, (index, changes) => index.with(changes));
}

/** The open document's records first, then the project's: the document on screen has the newest versions. */
export function layeredLookup(first: RecordLookup, then: RecordLookup): RecordLookup {
  return {
    get: (id) => first.get(id) ?? then.get(id),
    // The project's records include the document's (until the project's list is loaded, only those are known).
    size: Math.max(first.size, then.size),
  };
}
