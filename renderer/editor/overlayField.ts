import { StateEffect, StateField, type EditorState, type Range } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';

/**
 * A generic mark drawn over the shown text (UTF-16 positions) by features other than records: findings,
 * suggestions, diff marks. Kept in its own decoration layer so record highlights and overlays never
 * replace each other.
 */
export interface Overlay {
  from: number;
  to: number;
  className: string;
  title?: string;
  /** Reported to onOverlayClick when the overlay is clicked; overlays without an id are not clickable. */
  id?: string;
  /**
   * A small sign drawn at `from` with the same class, for spans that have nothing visible to mark (a stray
   * line break between two paragraphs is an empty line on screen).
   */
  marker?: string;
}

class MarkerWidget extends WidgetType {
  constructor(readonly text: string, readonly className: string, readonly title: string, readonly id: string) {
    super();
  }
  override eq(other: MarkerWidget): boolean {
    return other.text === this.text && other.className === this.className && other.title === this.title && other.id === this.id;
  }
  toDOM(): HTMLElement {
    const el = document.createElement('span');
    el.className = `overlay overlay-marker ${this.className}`;
    el.textContent = this.text;
    if (this.title) el.title = this.title;
    if (this.id) el.dataset.overlayId = this.id;
    return el;
  }
  override ignoreEvent(): boolean {
    return false;
  }
}

export const setOverlays = StateEffect.define<readonly Overlay[]>();

interface OverlayState {
  overlays: readonly Overlay[];
  decorations: DecorationSet;
}

// One Decoration per distinct (class, title, id): thousands of overlays of one kind share one object.
function markFor(overlay: Overlay, cache: Map<string, Decoration>): Decoration {
  const key = `${overlay.className}\u0000${overlay.title ?? ''}\u0000${overlay.id ?? ''}`;
  let mark = cache.get(key);
  if (!mark) {
    const attributes: Record<string, string> = {};
    if (overlay.title) attributes.title = overlay.title;
    if (overlay.id) attributes['data-overlay-id'] = overlay.id;
    mark = Decoration.mark({ class: `overlay ${overlay.className}`, attributes });
    cache.set(key, mark);
  }
  return mark;
}

export function buildOverlayDecorations(overlays: readonly Overlay[], docLength: number): DecorationSet {
  const cache = new Map<string, Decoration>();
  const ranges: Range<Decoration>[] = [];
  for (const o of overlays) {
    if (o.to <= o.from || o.to > docLength) continue;
    ranges.push(markFor(o, cache).range(o.from, o.to));
    if (o.marker) ranges.push(Decoration.widget({ widget: new MarkerWidget(o.marker, o.className, o.title ?? '', o.id ?? ''), side: -1 }).range(o.from));
  }
  // Decoration.set sorts (marks and widgets at one position have an order RangeSetBuilder would insist on).
  return Decoration.set(ranges, true);
}

function mapOverlays(overlays: readonly Overlay[], tr: { changes: { mapPos(pos: number, assoc?: number): number } }): Overlay[] {
  return overlays
    .map((o) => ({ ...o, from: tr.changes.mapPos(o.from, 1), to: tr.changes.mapPos(o.to, -1) }))
    .filter((o) => o.to > o.from);
}

export const overlayField = StateField.define<OverlayState>({
  create: () => ({ overlays: [], decorations: Decoration.none }),
  update(value, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setOverlays)) return { overlays: effect.value, decorations: buildOverlayDecorations(effect.value, tr.newDoc.length) };
    }
    if (!tr.docChanged) return value;
    // The reviewer typing in edit mode: the overlays follow the text until the app sends fresh ones.
    const overlays = mapOverlays(value.overlays, tr);
    return { overlays, decorations: value.decorations.map(tr.changes) };
  },
  provide: (field) => EditorView.decorations.from(field, (value) => value.decorations),
});

/** The clickable overlays covering `pos`, innermost (shortest) first. */
export function overlaysAt(state: EditorState, pos: number): Overlay[] {
  return state.field(overlayField).overlays
    .filter((o) => o.id !== undefined && o.from <= pos && pos < o.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from));
}
