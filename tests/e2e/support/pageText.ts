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
  return page.evaluate((text) => {
    const content = document.querySelector('.cm-content');
    if (!content) return null;
    for (const line of content.querySelectorAll<HTMLElement>('.cm-line')) {
      const lineText = line.textContent ?? '';
      const at = lineText.indexOf(text);
      if (at < 0) continue;
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
        if (startSet && at + text.length <= seen + length) {
          range.setEnd(node, at + text.length - seen);
          break;
        }
        seen += length;
      }
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const first = rects[0];
      const last = rects[rects.length - 1];
      if (!first || !last) return null;
      return { startX: first.left + 1, startY: first.top + first.height / 2, endX: last.right - 1, endY: last.top + last.height / 2 };
    }
    return null;
  }, needle);
}

/** Selects `needle` by dragging the mouse across it, as a reviewer would. */
export async function selectWithMouse(page: Page, needle: string): Promise<void> {
  const box = await locateText(page, needle);
  if (!box) throw new Error(`"${needle}" is not on screen in the report text`);
  await page.mouse.move(box.startX, box.startY);
  await page.mouse.down();
  await page.mouse.move((box.startX + box.endX) / 2, (box.startY + box.endY) / 2, { steps: 4 });
  await page.mouse.move(box.endX, box.endY, { steps: 4 });
  await page.mouse.up();
}
