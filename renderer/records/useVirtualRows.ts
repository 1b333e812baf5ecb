import { useCallback, useEffect, useState, type RefObject } from 'react';

export interface VisibleRows {
  first: number;
  last: number;
  padTop: number;
  padBottom: number;
}

// Rows drawn above and below the visible ones, so fast scrolling does not flash blank space.
const OVERSCAN = 8;

/** Computes which visible rows to draw; drawing 20,000 rows at once would freeze the table. */
export function visibleRows(count: number, rowHeight: number, scrollTop: number, viewportHeight: number): VisibleRows {
  // Rows sit below a header that is shorter than one row: the overscan covers that offset.
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight) + OVERSCAN);
  return { first, last, padTop: first * rowHeight, padBottom: Math.max(0, (count - last) * rowHeight) };
}

/** Fixed-height row windowing for a scrolling container. */
export function useVirtualRows(container: RefObject<HTMLElement | null>, count: number, rowHeight: number): VisibleRows {
  const [viewport, setViewport] = useState({ scrollTop: 0, height: 800 });

  const measure = useCallback(() => {
    const el = container.current;
    if (el) setViewport({ scrollTop: el.scrollTop, height: el.clientHeight || 800 });
  }, [container]);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', measure);
      resize.disconnect();
    };
  }, [container, measure]);

  return visibleRows(count, rowHeight, viewport.scrollTop, viewport.height);
}

/**
 * Scrolls the container just enough to show row `index` in full below the sticky header (used when j/k
 * moves the selection). Rows start right after the header in the scrolled content.
 */
export function scrollRowIntoView(el: HTMLElement, index: number, rowHeight: number, headerHeight: number): void {
  const top = headerHeight + index * rowHeight;
  const bottom = top + rowHeight;
  if (top < el.scrollTop + headerHeight) el.scrollTop = top - headerHeight;
  else if (bottom > el.scrollTop + el.clientHeight) el.scrollTop = bottom - el.clientHeight;
}
