import type { Page } from 'playwright-core';

export interface TextBox {
  startX: number;
  startY: number;
  endX: number;
  endY: number;
}

/**
 * Screen coordinates of the first occurrence of `needle` in the CodeMirror content, found with a DOM Range
 * over the rendered text nodes (the line must be on screen; search scrolls it there first).
 */
export function locateText(page: Page, needle: string): Promise<TextBox | null> {
  return locateMatch(page, new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
}

/** The same for the first match of `pattern` on the `nth` rendered line it matches (lines, not strings: equal lines differ). */
export function locateMatch(page: Page, pattern: RegExp, nth = 0): Promise<TextBox | null> {
  return page.evaluate(([source, flags, n]) => {
    const find = new RegExp(source, flags.replace('g', ''));
    const line = [...document.querySelectorAll<HTMLElement>('.cm-content .cm-line')].filter((l) => find.test(l.textContent ?? ''))[n];
    const match = line && find.exec(line.textContent ?? '');
    if (!line || !match) return null;
    const at = match.index;
    const end = at + match[0].length;
    // Walk the line's text nodes (highlights split them) to the start and end offsets.
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    let startSet = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (!startSet && at < seen + length) {
        range.setStart(node, at - seen);
        startSet = true;
      }
      if (startSet && end <= seen + length) {
        range.setEnd(node, end - seen);
        break;
      }
      seen += length;
    }
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (!first || !last) return null;
    return { startX: first.left + 1, startY: first.top + first.height / 2, endX: last.right - 1, endY: last.top + last.height / 2 };
  }, [pattern.source, pattern.flags, nth] as const);
}

/** Drags the mouse across a box, as a reviewer selects. */
export async function dragAcross(page: Page, box: TextBox): Promise<void> {
  await page.mouse.move(box.startX, box.startY);
  await page.mouse.down();
  await page.mouse.move((box.startX + box.endX) / 2, (box.startY + box.endY) / 2, { steps: 4 });
  await page.mouse.move(box.endX, box.endY, { steps: 4 });
  await page.mouse.up();
}

/** Selects `needle` by dragging the mouse across it, as a reviewer would. */
export async function selectWithMouse(page: Page, needle: string): Promise<void> {
  const box = await locateText(page, needle);
  if (!box) throw new Error(`"${needle}" is not on screen in the report text`);
  await dragAcross(page, box);
}
