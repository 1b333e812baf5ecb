import dmp from 'diff-match-patch';
import type { CorrectionView } from '../../shared/api/views.ts';
import { spanOnScreen, type ShownText } from '../text/shownText.ts';
import type { DiffMarks } from '../editor/diffField.ts';

// A correction region is small (a line break, a caption, a paragraph); a bound keeps a huge one responsive.
const REGION_TIMEOUT_S = 0.2;

/**
 * The diff view's marks, raw text against corrected text. The active corrections ARE the exact diff (the
 * corrected text is the raw text with them applied), so the whole text is never diffed: only each
 * correction's own before → after is refined with diff-match-patch (diff_main + diff_cleanupSemantic), so a
 * replacement that changes one character shows that character, not the whole region. Cost: proportional to
 * the corrections, not to a 5 MB text.
 */
export function diffMarksFromCorrections(shown: ShownText, corrections: readonly CorrectionView[]): DiffMarks {
  // The marks are drawn over the raw text only.
  if (shown.view !== 'raw') return { deletions: [], insertions: [] };
  const raw = shown.text;
  const differ = new dmp.diff_match_patch();
  differ.Diff_Timeout = REGION_TIMEOUT_S;
  const deletions: { from: number; to: number }[] = [];
  const insertions: { at: number; text: string }[] = [];
  const active = corrections.filter((c) => c.state === 'active').sort((a, b) => a.start - b.start || a.end - b.end);
  for (const c of active) {
    const range = spanOnScreen(shown, { raw: { start: c.start, end: c.end } });
    if (!range) continue;
    const { from, to } = range;
    const before = raw.slice(from, to);
    // A pure deletion or insertion needs no refining; a list that disagrees with the text is shown whole.
    if (!before || !c.after || before !== c.before) {
      if (to > from) deletions.push({ from, to });
      if (c.after) insertions.push({ at: to, text: c.after });
      continue;
    }
    const runs = differ.diff_main(before, c.after);
    differ.diff_cleanupSemantic(runs);
    let pos = from;
    for (const [op, text] of runs) {
      if (op === dmp.DIFF_EQUAL) pos += text.length;
      else if (op === dmp.DIFF_DELETE) {
        deletions.push({ from: pos, to: pos + text.length });
        pos += text.length;
      } else insertions.push({ at: pos, text });
    }
  }
  return { deletions, insertions };
}
