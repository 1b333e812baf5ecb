/**
 * Where the window opens: the saved bounds when they are still on a screen, moved and shrunk to fit that
 * screen's work area; centred on the primary screen otherwise (a monitor was unplugged, the resolution
 * shrank, the file was edited by hand). Pure: the displays are passed in.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindow extends Rect {
  maximized: boolean;
}

export interface Placement {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1360, height: 860 } as const;
export const MIN_SIZE = { width: 720, height: 480 } as const;
/** How much of the window must overlap a screen for the saved position to count as visible. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

export function placeWindow(saved: SavedWindow | undefined, workAreas: readonly Rect[], primary: Rect): Placement {
  const screens = workAreas.length > 0 ? workAreas : [primary];
  if (saved && isFiniteRect(saved)) {
    let best: Rect | undefined;
    let bestArea = 0;
    for (const area of screens) {
      const overlap = intersection(saved, area);
      if (overlap && overlap.width >= MIN_VISIBLE.width && overlap.height >= MIN_VISIBLE.height && overlap.width * overlap.height > bestArea) {
        best = area;
        bestArea = overlap.width * overlap.height;
      }
    }
    if (best) return { bounds: fitInto(saved, best), maximized: saved.maximized === true };
  }
  const width = clamp(DEFAULT_SIZE.width, Math.min(MIN_SIZE.width, primary.width), primary.width);
  const height = clamp(DEFAULT_SIZE.height, Math.min(MIN_SIZE.height, primary.height), primary.height);
  return {
    bounds: {
      x: Math.round(primary.x + (primary.width - width) / 2), y: Math.round(primary.y + (primary.height - height) / 2),
      width, height,
    },
    maximized: saved?.maximized === true && isFiniteRect(saved),
  };
}

/** The rect shrunk to the area (never below the minimum unless the area itself is smaller) and moved inside it. */
export function fitInto(rect: Rect, area: Rect): Rect {
  const width = Math.round(clamp(rect.width, Math.min(MIN_SIZE.width, area.width), area.width));
  const height = Math.round(clamp(rect.height, Math.min(MIN_SIZE.height, area.height), area.height));
  const x = Math.round(clamp(rect.x, area.x, area.x + area.width - width));
  const y = Math.round(clamp(rect.y, area.y, area.y + area.height - height));
  return { x, y, width, height };
}

function intersection(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

function isFiniteRect(r: Rect): boolean {
  return [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n)) && r.width > 0 && r.height > 0;
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(n, min), max);
}
